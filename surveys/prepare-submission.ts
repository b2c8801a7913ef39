// Everything survey-core works out about one response, on one model: setting a model's answers re-runs every
// condition of the instrument, the costliest step of a submission, so it happens once (twice when the
// answers hide some of themselves) instead of once per view.
import type { SurveyModel } from "survey-core";
import { deriveRowsOn, type DerivedRows } from "./derive-rows";
import { createSurvey, setAnswers, shownQuestions } from "./survey-model";
import type { Instrument, ValidationResult } from "./types";
import { validateOn } from "./validate-answers";
import { visibleAnswersOn } from "./visible-answers";

export interface PrepareOptions {
  variables?: Record<string, string>;
  /** The language narratives are recorded in. */
  language: string;
}

export interface PreparedSubmission {
  /** keepVisibleAnswers(answers): what is stored. */
  kept: Record<string, unknown>;
  /** validateAnswers(kept) over the whole instrument. */
  validation: ValidationResult;
  /** deriveRows(kept); meaningful only when the validation is ok. */
  derived: DerivedRows;
}

// The model must hold exactly the kept answers before deriving and validating: a dropped answer can hide
// further questions (a condition on a hidden question's answer). True when the answers were set again.
function holdKept(survey: SurveyModel, answers: Record<string, unknown>, kept: Record<string, unknown>): boolean {
  if (Object.keys(kept).length === Object.keys(answers).length) return false;
  setAnswers(survey, kept);
  return true;
}

/** The same as keepVisibleAnswers, then validateAnswers and deriveRows on the kept answers. */
export function prepareSubmission(instrument: Instrument, answers: Record<string, unknown>, options: PrepareOptions): PreparedSubmission {
  const survey = createSurvey(instrument, { answers, variables: options.variables });
  // Which questions are shown is worked out once for the answers the model holds, and again only when
  // dropping hidden answers changed them.
  let shown = shownQuestions(survey);
  const kept = visibleAnswersOn(survey, answers, shown);
  if (holdKept(survey, answers, kept)) shown = shownQuestions(survey);
  // Derived first: survey-core's validate() may change the model's data (docs/stack.md).
  const derived = deriveRowsOn(survey, kept, options, shown);
  return { kept, validation: validateOn(survey, instrument, kept, undefined, shown), derived };
}

export interface PreparedPage {
  /** validateAnswers(answers, { pageIndex }): the page as posted, merged into the answers so far. */
  validation: ValidationResult;
  /** When asked for and the page is valid: keepVisibleAnswers(answers) and deriveRows of those. */
  submitted: { kept: Record<string, unknown>; derived: DerivedRows } | null;
}

/**
 * A saved page: its validation, and for a response that was already submitted (its derived rows follow
 * every edit) the kept answers and their rows, from one model.
 */
export function preparePage(
  instrument: Instrument,
  answers: Record<string, unknown>,
  pageIndex: number,
  options: PrepareOptions & { derive: boolean },
): PreparedPage {
  const survey = createSurvey(instrument, { answers, variables: options.variables });
  const kept = options.derive ? visibleAnswersOn(survey, answers) : null;
  const validation = validateOn(survey, instrument, answers, pageIndex);
  if (!kept || !validation.ok) return { validation, submitted: null };
  // validate() may have changed the model's data: the kept answers are set again.
  setAnswers(survey, kept);
  return { validation, submitted: { kept, derived: deriveRowsOn(survey, kept, options) } };
}
