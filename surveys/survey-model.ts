import "./custom-properties";
import { SurveyModel, type Question } from "survey-core";
import { NA_SUFFIX, type Instrument, type Locale } from "./types";

export interface SurveyOptions {
  locale?: Locale;
  answers?: Record<string, unknown>;
  variables?: Record<string, string>;
}

// One way to build the server-side model, so locale, variables ({INGO}, {CLO}, {ORG}) and answers are
// applied alike in paging, validation and derivation.
export function createSurvey(instrument: Instrument, options: SurveyOptions = {}): SurveyModel {
  const survey = new SurveyModel(instrument.json);
  // survey-core treats "" as its default locale, which holds our English texts.
  survey.locale = options.locale === "sw" ? "sw" : "";
  for (const [name, value] of Object.entries(options.variables ?? {})) survey.setVariable(name, value);
  // A copy: survey-core writes into the data it is given (STACK.md pitfall 5).
  survey.data = structuredClone(options.answers ?? {});
  return survey;
}

/** Visible itself and inside a visible panel and page, given the answers the model holds. */
export function isShown(question: Question): boolean {
  return question.isVisibleInSurvey;
}

/** The `<rating>_na` boolean that records "don't know / not applicable" for a rating, if any. */
export function naCompanionOf(survey: SurveyModel, question: Question): Question | null {
  if (question.getType() !== "rating") return null;
  const companion = survey.getQuestionByName(question.name + NA_SUFFIX);
  return companion && companion.getType() === "boolean" ? companion : null;
}

/** Names of booleans that are folded into their rating and never shown or parsed on their own. */
export function foldedCompanionNames(survey: SurveyModel): Set<string> {
  const names = new Set<string>();
  for (const question of survey.getAllQuestions()) {
    const companion = naCompanionOf(survey, question);
    if (companion) names.add(companion.name);
  }
  return names;
}

export function hasAnswer(value: unknown): boolean {
  return value !== undefined && value !== null;
}
