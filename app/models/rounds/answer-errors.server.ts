// A refused page, explained in the person's language: each fault as a message shown next to its question,
// and the page's answers as typed, so nothing the person wrote is lost by the refusal.
import type { ItemValue, Question } from "survey-core";
import { plainText } from "../../../surveys/describe-question";
import { createSurvey, foldedCompanionNames } from "../../../surveys/survey-model";
import { NA_SUFFIX, type Locale, type ValidationError } from "../../../surveys/types";
import { translatorFor } from "~/i18n/catalogues.server";
import type { Answering } from "./answer-page.server";
import type { Refusal } from "./types";

type Message = { key: string; params?: Record<string, string | number> };

// One catalogue key per fault kind; a fault kind without its own message reads as "not valid".
type Explain = (error: ValidationError, answer: unknown, question: Question | null) => Message;

// A rating answered with something that is no number gets the rating's own words: pick from min to max.
const rangeOf = (question: Question | null) => {
  const rating = question as (Question & { rateMin?: number; rateMax?: number }) | null;
  return { min: rating?.rateMin ?? 1, max: rating?.rateMax ?? 5 };
};

function choiceText(question: Question | null, value: unknown): string | null {
  const select = question as (Question & { choicesFromQuestion?: string; choices?: ItemValue[] }) | null;
  if (!select) return null;
  const source = select.choicesFromQuestion
    ? (select.survey?.getQuestionByName(select.choicesFromQuestion) as (Question & { choices?: ItemValue[] }) | null)
    : null;
  const item = ((source ?? select).choices ?? []).find((choice) => String(choice.value) === String(value));
  return item ? plainText(item.locText.renderedHtml) : null;
}

const MESSAGES: Record<ValidationError["code"], Explain> = {
  required: () => ({ key: "answer.error.required" }),
  range: (_error, _answer, question) => ({ key: "answer.error.range", params: rangeOf(question) }),
  // A choice its own page's answers rule out (surveys/value-checks.ts) is named in the person's language.
  choice: (error, _answer, question) =>
    error.params?.hidden
      ? {
          key: "answer.error.choice_hidden",
          params: { choice: choiceText(question, error.params.value) ?? String(error.params.text ?? "") },
        }
      : { key: "answer.error.choice" },
  too_long: (error, answer) => ({
    key: "answer.error.too_long",
    params: { max: error.params?.max ?? 10_000, length: typeof answer === "string" ? answer.length : 0 },
  }),
  unknown: (error) => ({ key: "answer.error.unknown", params: { name: error.question } }),
  type: (_error, _answer, question) =>
    question?.getType() === "rating" ? { key: "answer.error.range", params: rangeOf(question) } : { key: "answer.error.type" },
  invalid: (error) => ({
    key: error.params?.conflict ? "answer.error.both" : error.params?.none ? "answer.error.none" : "answer.error.invalid",
  }),
  number: () => ({ key: "answer.error.number" }),
  date: () => ({ key: "answer.error.date" }),
  min_selected: (error) => ({ key: "answer.error.min_selected", params: { min: error.params?.min ?? 1 } }),
  max_selected: (error) => ({ key: "answer.error.max_selected", params: { max: error.params?.max ?? 1 } }),
  other_text: () => ({ key: "answer.error.other_text" }),
  ranking: () => ({ key: "answer.error.ranking" }),
};

/**
 * The author's own message for a fault survey-core found (a validator's text, "the value should not be greater
 * than 120"), in the respondent's language when the instrument has it: the question is checked again on the
 * localized model, which holds the merged answers.
 */
function authorsWords(question: Question | null, fault: ValidationError): string | null {
  if (!question || fault.code !== "invalid" || !fault.params?.type) return null;
  question.validate(true);
  const error = question.errors.find((candidate) => candidate.getErrorType() !== "required");
  return error ? error.getText() : null;
}

export function translate(locale: Locale, key: string, params?: Record<string, string | number>): string {
  return translatorFor(locale)(key, params);
}

/**
 * Messages keyed by the name of the question they belong to (a "don't know" companion speaks through its
 * rating). A fault on another page (found on sending) names that question and its page; an unknown field
 * names itself. `values` holds only this page's answers: the page shows what was typed, nothing more.
 */
export function explainRefusal(
  answering: Answering,
  pageIndex: number,
  merged: Record<string, unknown>,
  faults: ValidationError[],
): Refusal {
  const { instrument, variables } = answering.target;
  const survey = createSurvey(instrument, { locale: answering.locale, answers: merged, variables });
  const folded = foldedCompanionNames(survey);
  const page = survey.pages[pageIndex];
  const errors: Record<string, string> = {};
  for (const fault of faults) {
    const name = folded.has(fault.question) ? fault.question.slice(0, -NA_SUFFIX.length) : fault.question;
    const question = survey.getQuestionByName(name);
    const { key, params } = MESSAGES[question ? fault.code : "unknown"](fault, merged[fault.question], question);
    const message = authorsWords(question, fault) ?? translate(answering.locale, key, params);
    if (name in errors) continue;
    if (!question || question.page === page) {
      errors[name] = message;
    } else {
      const place = survey.visiblePages.findIndex((visible) => visible === question.page) + 1;
      errors[name] = translate(answering.locale, "answer.error.other_page", {
        title: question.locTitle.renderedHtml,
        page: place,
        message,
      });
    }
  }
  const onPage = new Set(page.questions.flatMap((question) => [question.name, `${question.name}-Comment`]));
  const values = Object.fromEntries(Object.entries(merged).filter(([name]) => onPage.has(name)));
  return { errors, values };
}
