import { isSuppressed, suppressedFigure, type Figure } from "./figure-value";
import type { PerceptionGap } from "./perception-gap";
import { pinsSmallCell } from "./pinned-cells";
import { RATINGS, type ViewSummary } from "./rating-views";
import { suppressCoarsenedView } from "./suppress-coarsened-view";

const RATING_WEIGHTS: readonly number[] = RATINGS;

/** A count of people: 0 or at least k is shown; 1..k−1 is hidden. */
export function suppressSmallCount(count: Figure, k: number): Figure {
  return typeof count === "number" && count > 0 && count < k ? suppressedFigure(k) : count;
}

/** The sum of 1..5 ratings behind a mean, or null when the ratings were not whole numbers. */
function ratingSum(mean: number, n: number): number | null {
  const sum = mean * n;
  return Math.abs(sum - Math.round(sum)) < 1e-6 ? Math.round(sum) : null;
}

/**
 * May a mean of 1..5 ratings whose distribution is not published be shown (the INGO's prediction,
 * how heard tellers felt)? Only with n ≥ k, and only when n and the mean alone do not pin how many
 * gave some rating to 1..k−1 (n = 6, mean 29/6 says "exactly one person gave a 4"). A mean beside a
 * published distribution follows suppressView instead, which also protects the hidden cells.
 */
export function meanIsShowable(mean: Figure, n: Figure, k: number): boolean {
  if (typeof mean !== "number" || typeof n !== "number" || n < k) return false;
  const sum = ratingSum(mean, n);
  return sum === null || !pinsSmallCell(RATING_WEIGHTS, n, sum, k);
}

export function suppressMean(mean: Figure, n: Figure, k: number): Figure {
  if (mean === null || isSuppressed(mean)) return mean;
  return meanIsShowable(mean, n, k) ? mean : suppressedFigure(k);
}

/**
 * One side's view (docs/decisions/012). n of 1..k−1: every figure but "don't know" hidden. No cell of
 * 1..k−1: everything shown, single ratings too (nothing is hidden, so nothing can be pinned). Otherwise
 * the view is published in groups (suppressCoarsenedView). "Don't know" is its own count, hidden at
 * 1..k−1; it is tied to nothing published (questions may be skipped, so submitted − n is no bound).
 */
export function suppressView(view: ViewSummary, k: number): ViewSummary {
  const n = view.n;
  const counts = view.distribution.map((cell) => cell.count);
  const dontKnow = suppressSmallCount(view.dontKnow, k);
  // Already suppressed (or not a raw view): leave it, suppression is applied once.
  if (typeof n !== "number" || !counts.every((count): count is number => typeof count === "number")) {
    return { ...view, dontKnow };
  }
  if (n > 0 && n < k) {
    const hidden = suppressedFigure(k);
    return {
      distribution: view.distribution.map((cell) => ({ ...cell, count: hidden })),
      groups: view.groups.map((cell) => ({ ...cell, count: hidden })),
      dontKnow,
      mean: hidden,
      n: hidden,
    };
  }
  if (counts.every((count) => count === 0 || count >= k)) return { ...view, dontKnow };
  return suppressCoarsenedView(view, counts, n, dontKnow, k);
}

/** A gap shows only when both means show: one mean and the gap would give away the other. */
export function suppressGap(gap: PerceptionGap, k: number): PerceptionGap {
  const community = suppressView(gap.community, k);
  const ingoSelf = suppressView(gap.ingoSelf, k);
  if (gap.gap === null || isSuppressed(gap.gap)) return { ...gap, community, ingoSelf };
  const shown = typeof community.mean === "number" && typeof ingoSelf.mean === "number";
  if (shown) return { ...gap, community, ingoSelf };
  // A flag on a hidden gap would tell the reader it is at least 1.33.
  return { ...gap, community, ingoSelf, gap: suppressedFigure(k), flagged: false };
}
