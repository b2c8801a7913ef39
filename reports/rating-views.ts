import type { Dimension } from "../surveys/dimensions";
import type { Figure } from "./figure-value";
import type { MetricRow, Perspective } from "./types";

export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

/**
 * The 1–5 scale in three groups. A distribution with a small cell is published in these groups
 * (docs/decisions/012): a group of five people hides who gave 1 and who gave 2, so a small community
 * organisation still sees where its members stand without anyone's exact rating showing.
 */
export const RATING_GROUPS = [
  { group: "disagree", ratings: [1, 2] },
  { group: "neither", ratings: [3] },
  { group: "agree", ratings: [4, 5] },
] as const satisfies readonly { group: string; ratings: readonly Rating[] }[];
export type RatingGroup = (typeof RATING_GROUPS)[number]["group"];

/** Respondents per group, from respondents per rating 1..5. */
export function groupCounts(counts: readonly number[]): { group: RatingGroup; count: number }[] {
  return RATING_GROUPS.map(({ group, ratings }) => ({
    group,
    count: ratings.reduce((sum, rating) => sum + counts[rating - 1], 0),
  }));
}

/** One side's answers on one dimension in one round. */
export interface ViewSummary {
  /** Respondents per rating 1..5. */
  distribution: { rating: Rating; count: Figure }[];
  /** Respondents per group (disagree 1–2, neither 3, agree 4–5): shown when single ratings are hidden. */
  groups: { group: RatingGroup; count: Figure }[];
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

const groupKey = (roundId: number, dimension: string, perspective: Perspective) => `${roundId}|${dimension}|${perspective}`;

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
    groups: groupCounts(counts),
    dontKnow,
    mean: n === 0 ? null : sum / n,
    n,
  };
}

/** Respondents per round, dimension, side and answer (value null = "don't know"), counted by the database. */
export interface ViewCountRow {
  roundId: number;
  dimension: string;
  perspective: Perspective;
  value: number | null;
  respondents: number;
}

/**
 * The same index from counts the database made (GROUP BY round, dimension, side, value). Equal to
 * indexViews over the rows because each respondent has at most one row per round, dimension and side
 * (one response per person, round and instrument; each instrument asks a dimension once per side).
 */
export function indexViewCounts(rows: readonly ViewCountRow[]): ViewIndex {
  const groups = new Map<string, { counts: number[]; dontKnow: number }>();
  for (const row of rows) {
    const key = groupKey(row.roundId, row.dimension, row.perspective);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { counts: [0, 0, 0, 0, 0], dontKnow: 0 }));
    if (row.value !== null && isRating(row.value)) group.counts[row.value - 1] += row.respondents;
    else group.dontKnow += row.respondents;
  }
  const empty = summariseAnswers([]);
  return {
    view(roundId, dimension, perspective) {
      const group = groups.get(groupKey(roundId, dimension, perspective));
      if (!group) return empty;
      const n = group.counts.reduce((a, b) => a + b, 0);
      const sum = group.counts.reduce((a, count, i) => a + count * (i + 1), 0);
      return {
        distribution: RATINGS.map((rating) => ({ rating, count: group.counts[rating - 1] })),
        groups: groupCounts(group.counts),
        dontKnow: group.dontKnow,
        mean: n === 0 ? null : sum / n,
        n,
      };
    },
  };
}
