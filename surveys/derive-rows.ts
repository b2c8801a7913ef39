import type { Question, SurveyModel } from "survey-core";
import { isDimension, isPerspective, type Dimension, type Perspective } from "./dimensions";
import { createSurvey, hasAnswer, naCompanionOf, shownQuestions } from "./survey-model";
import type { Instrument } from "./types";

export interface MetricRow {
  question: string;
  dimension: Dimension;
  perspective: Perspective;
  /** null: "don't know / not applicable" — kept, but left out of means. */
  value: number | null;
}

export interface NarrativeRow {
  question: string;
  /** The dimension an example illustrates; null for open prompts such as the reflection questions. */
  dimension: Dimension | null;
  text: string;
  language: string;
}

export interface DerivedRows {
  metrics: MetricRow[];
  narratives: NarrativeRow[];
}

// Whether an instrument has a rating with a dimension depends on its structure only: found once per model.
const feedsReportOf = new WeakMap<SurveyModel, boolean>();
function feedsReport(survey: SurveyModel): boolean {
  let found = feedsReportOf.get(survey);
  if (found === undefined) {
    found = survey
      .getAllQuestions()
      .some((question) => question.getType() === "rating" && isDimension(question.getPropertyValue("dimension")));
    feedsReportOf.set(survey, found);
  }
  return found;
}

/**
 * What a validated response of the partnership-view or self-reflection instrument adds to the metric
 * and narrative tables. Not for story.json (stories are stored with their consent) nor the network.
 */
export function deriveRows(instrument: Instrument, answers: Record<string, unknown>, options: { language: string }): DerivedRows {
  return deriveRowsOn(createSurvey(instrument, { answers }), answers, options);
}

/** deriveRows on a model that already holds `answers`; `shown`: its shownQuestions, when already known. */
export function deriveRowsOn(
  survey: SurveyModel,
  answers: Record<string, unknown>,
  options: { language: string },
  shown?: readonly Question[],
): DerivedRows {
  const metrics: MetricRow[] = [];
  const narratives: NarrativeRow[] = [];
  // Only an instrument that feeds the report (a rating with a dimension) adds narratives: the free texts of any
  // other form (a phone number, an address) stay in its answers, for its owners' export alone.
  if (!feedsReport(survey)) return { metrics, narratives };
  for (const question of shown ?? shownQuestions(survey)) {
    const dimension: unknown = question.getPropertyValue("dimension");
    const value = answers[question.name];
    if (question.getType() === "rating") {
      const perspective: unknown = question.getPropertyValue("perspective");
      // check-instrument.ts refuses a rating without both, so this only guards the types.
      if (!isDimension(dimension) || !isPerspective(perspective)) continue;
      const companion = naCompanionOf(survey, question);
      const notApplicable = companion !== null && answers[companion.name] === true;
      if (typeof value === "number") metrics.push({ question: question.name, dimension, perspective, value });
      else if (notApplicable) metrics.push({ question: question.name, dimension, perspective, value: null });
    } else if ((question.getType() === "comment" || question.getType() === "text") && hasAnswer(value)) {
      if (typeof value === "string" && value.trim() !== "") {
        narratives.push({
          question: question.name,
          dimension: isDimension(dimension) ? dimension : null,
          text: value,
          language: options.language,
        });
      }
    }
  }
  return { metrics, narratives };
}
