import type { Question, SurveyModel } from "survey-core";
import { createSurvey, hasAnswer, isShown, naCompanionOf, shownQuestions } from "./survey-model";
import type { Instrument, ValidationError, ValidationResult } from "./types";
import { VALUE_CHECKS } from "./value-checks";

export interface ValidateOptions {
  /** Check only this page's visible questions; unknown names are still refused for the whole instrument. */
  pageIndex?: number;
  variables?: Record<string, string>;
}

/**
 * Checks answers against an instrument and returns error codes (the app translates them). Our own
 * checks run first, because survey-core's validate() drops answers that are not among the choices,
 * ignores rating ranges and keeps unknown keys (docs/stack.md); then survey-core checks required
 * answers and any validators the instrument declares, on a copy of the answers.
 */
export function validateAnswers(instrument: Instrument, answers: Record<string, unknown>, options: ValidateOptions = {}): ValidationResult {
  return validateOn(createSurvey(instrument, { answers, variables: options.variables }), instrument, answers, options.pageIndex);
}

/**
 * validateAnswers on a model that already holds `answers` (and the variables). survey-core's validate()
 * may change the model's data (docs/stack.md): read anything else from the model before this. `shown`: the
 * model's shownQuestions, when already known (the whole instrument only, not with `pageIndex`).
 */
export function validateOn(
  survey: SurveyModel,
  instrument: Instrument,
  answers: Record<string, unknown>,
  pageIndex?: number,
  shown?: readonly Question[],
): ValidationResult {
  const errors: ValidationError[] = [];

  const known = knownNames(survey);
  for (const name of Object.keys(answers)) {
    if (!known.has(name)) errors.push({ question: name, code: "unknown" });
  }

  const page = pageIndex === undefined ? null : survey.pages[pageIndex];
  if (pageIndex !== undefined && !page) throw new RangeError(`${instrument.name} has no page ${pageIndex}`);
  const questions = page ? page.questions.filter(isShown) : (shown ?? shownQuestions(survey));

  const flagged = new Set<string>();
  for (const question of questions) {
    const error = checkValue(question, answers[question.name]) ?? checkNotApplicable(question, answers, survey);
    if (error) {
      errors.push(error);
      flagged.add(question.name);
    }
  }

  if (page) page.validate(true, false);
  else survey.validate(true, false);
  for (const question of questions) {
    if (flagged.has(question.name)) continue;
    for (const error of question.errors) {
      const type = error.getErrorType();
      // The author's own words (a validator's text) are found again in the respondent's language by the page.
      errors.push(
        type === "required"
          ? { question: question.name, code: "required" }
          : type === "otherempty"
            ? { question: question.name, code: "other_text" }
            : { question: question.name, code: "invalid", params: { type } },
      );
    }
  }
  return { ok: errors.length === 0, errors };
}

// The names answers may carry (each question, and an "other" text beside its question) depend on the structure only.
const knownOf = new WeakMap<SurveyModel, Set<string>>();
function knownNames(survey: SurveyModel): Set<string> {
  let known = knownOf.get(survey);
  if (!known) {
    known = new Set(
      survey
        .getAllQuestions()
        .flatMap((question) =>
          (question as { hasOther?: boolean }).hasOther ? [question.name, `${question.name}-Comment`] : [question.name],
        ),
    );
    knownOf.set(survey, known);
  }
  return known;
}

function checkValue(question: Question, value: unknown): ValidationError | null {
  if (!hasAnswer(value)) return null;
  const check = VALUE_CHECKS[question.getType() as keyof typeof VALUE_CHECKS];
  const error = check ? check(question, value) : { code: "type" as const };
  return error && { question: question.name, ...error };
}

// A rating and its "don't know" cannot both be answered: the metric would be a number and null at once.
function checkNotApplicable(question: Question, answers: Record<string, unknown>, survey: SurveyModel): ValidationError | null {
  const companion = naCompanionOf(survey, question);
  if (!companion || answers[companion.name] !== true || !hasAnswer(answers[question.name])) return null;
  return { question: question.name, code: "invalid", params: { conflict: companion.name } };
}
