import type { Question, SurveyModel } from "survey-core";
import { createSurvey, shownQuestions } from "./survey-model";
import type { Instrument } from "./types";

/**
 * The answers without those of questions the answers themselves now hide. A person who typed a name
 * and then chose to stay anonymous must not have that name stored (SurveyJS calls this clearing
 * invisible values); call it before saving a completed response.
 */
export function keepVisibleAnswers(instrument: Instrument, answers: Record<string, unknown>): Record<string, unknown> {
  return visibleAnswersOn(createSurvey(instrument, { answers }), answers);
}

/** keepVisibleAnswers on a model that already holds `answers`; `shown`: its shownQuestions, when already known. */
export function visibleAnswersOn(
  survey: SurveyModel,
  answers: Record<string, unknown>,
  shown: readonly Question[] = shownQuestions(survey),
): Record<string, unknown> {
  const visible = new Set(shown);
  const hidden = new Set(
    survey
      .getAllQuestions()
      .filter((question) => !visible.has(question))
      .map((question) => question.name),
  );
  return Object.fromEntries(Object.entries(answers).filter(([name]) => !hidden.has(name)));
}
