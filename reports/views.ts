import type { Dimension } from "./dimensions";
import type { Figure } from "./figure";
import type { MetricRow, Perspective } from "./types";

export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

/** One side's answers on one dimension in one round. */
export interface ViewSummary {
  /** Respondents per rating 1..5. */
  distribution: { rating: Rating; count: Figure }[];
  /** Respondents who answered "don't know": shown apart, left out of the mean and of n. */
  dontKnow: Figure;
  mean: Figure;
  /** Distinct respondents with a rating: the number small-number suppression is about. */
  n: Figure;
}

export interface ViewIndex {
  view(roundId: number, dimension: Dimension, perspective: Perspective): ViewSummary;
}

const isRating = (value: number): value is Rating => Number.isInteger(value) && value >= 1 && value <= 5;

const groupKey = (roundId: number, dimension: string, perspective: Perspective) =>
  `${roundId}|${dimension}|${perspective}`;

/**
 * Groups every metric row in one pass (alliance scale: ~100 000 rows). Each respondent counts once per
 * round, dimension and side; the item bank asks one question per dimension, so a second row for the
 * same respondent is a resubmission and the later row wins. That keeps n, the distribution and the
 * mean telling the same story, which suppression relies on.
 */
export function indexViews(metrics: readonly MetricRow[]): ViewIndex {
  const answersByGroup = new Map<string, Map<number, number | null>>();
  for (const row of metrics) {
    const key = groupKey(row.roundId, row.dimension, row.perspective);
    let answers = answersByGroup.get(key);
    if (!answers) answersByGroup.set(key, (answers = new Map()));
    // Ratings are validated at the edge (survey-core); anything off the 1..5 scale would skew the mean.
    answers.set(row.respondentId, row.value !== null && isRating(row.value) ? row.value : null);
  }
  const cache = new Map<string, ViewSummary>();
  return {
    view(roundId, dimension, perspective) {
      const key = groupKey(roundId, dimension, perspective);
      let summary = cache.get(key);
      if (!summary) cache.set(key, (summary = summariseAnswers(answersByGroup.get(key)?.values() ?? [])));
      return summary;
    },
  };
}

export function summariseAnswers(answers: Iterable<number | null>): ViewSummary {
  const counts = [0, 0, 0, 0, 0];
  let dontKnow = 0;
  let sum = 0;
  let n = 0;
  for (const value of answers) {
    if (value === null) {
      dontKnow += 1;
      continue;
    }
    counts[value - 1] += 1;
    sum += value;
    n += 1;
  }
  return {
    distribution: RATINGS.map((rating) => ({ rating, count: counts[rating - 1] })),
    dontKnow,
    mean: n === 0 ? null : sum / n,
    n,
  };
}
