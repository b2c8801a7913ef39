import { isSuppressed, suppressedFigure, type Figure } from "./figure-value";
import type { PerceptionGap } from "./perception-gap";
import { pinsSmallCell } from "./pinned-cells";
import { suppressTable } from "./suppress-table";
import { RATINGS, type ViewSummary } from "./rating-views";

const RATING_WEIGHTS: readonly number[] = RATINGS;

/** A count of people: 0 or at least k is shown; 1..k−1 becomes "fewer than k". */
export function suppressSmallCount(count: Figure, k: number): Figure {
  return typeof count === "number" && count > 0 && count < k ? suppressedFigure(k) : count;
}

/** The sum of 1..5 ratings behind a mean, or null when the ratings were not whole numbers. */
function ratingSum(mean: number, n: number): number | null {
  const sum = mean * n;
  return Math.abs(sum - Math.round(sum)) < 1e-6 ? Math.round(sum) : null;
}

/**
 * May a mean of 1..5 ratings be shown? Only with n ≥ k, and only when n and the mean alone do not
 * pin how many gave some rating to 1..k−1 (n = 6, mean 29/6 says "exactly one person gave a 4").
 * The same rule hides the mean in a distribution, in the accuracy figures and in every trend point,
 * so a mean hidden in one place never shows in another.
 */
export function meanIsShowable(mean: Figure, n: Figure, k: number): boolean {
  if (typeof mean !== "number" || typeof n !== "number" || n < k) return false;
  const sum = ratingSum(mean, n);
  return sum === null || !pinsSmallCell(RATING_WEIGHTS, n, sum, k);
}

/** Why a mean that is not showable is hidden. */
function hiddenMean(n: Figure, k: number) {
  return typeof n === "number" && n >= k ? suppressedFigure(k, "complementary") : suppressedFigure(k);
}

export function suppressMean(mean: Figure, n: Figure, k: number): Figure {
  if (mean === null || isSuppressed(mean)) return mean;
  return meanIsShowable(mean, n, k) ? mean : hiddenMean(n, k);
}

/** One side's view: distribution cells with complementary suppression against n and the mean. */
export function suppressView(view: ViewSummary, k: number): ViewSummary {
  const n = view.n;
  const counts = view.distribution.map((cell) => cell.count);
  const dontKnow = suppressSmallCount(view.dontKnow, k);
  // Already suppressed (or not a raw view): leave it, suppression is applied once.
  if (typeof n !== "number" || !counts.every((count): count is number => typeof count === "number")) {
    return { ...view, dontKnow };
  }
  const sum = typeof view.mean === "number" ? ratingSum(view.mean, n) : null;
  const table = suppressTable(
    view.distribution.map((cell, index) => ({ key: cell.rating, count: counts[index], value: counts[index] })),
    n,
    k,
    sum === null ? undefined : { weightOf: (rating) => rating, total: sum },
  );
  return {
    distribution: table.cells.map((cell) => ({ rating: cell.key, count: cell.value })),
    dontKnow,
    mean: table.linkedSum === "shown" ? view.mean : table.linkedSum,
    n: table.total,
  };
}

/** A gap shows only when both means show: one mean and the gap would give away the other. */
export function suppressGap(gap: PerceptionGap, k: number): PerceptionGap {
  const community = suppressView(gap.community, k);
  const ingoSelf = suppressView(gap.ingoSelf, k);
  if (gap.gap === null || isSuppressed(gap.gap)) return { ...gap, community, ingoSelf };
  const shown = typeof community.mean === "number" && typeof ingoSelf.mean === "number";
  if (shown) return { ...gap, community, ingoSelf };
  const tooFew = [community.n, ingoSelf.n].some((n) => !(typeof n === "number" && n >= k));
  return {
    ...gap,
    community,
    ingoSelf,
    gap: suppressedFigure(k, tooFew ? "fewer_than_k" : "complementary"),
    // A flag on a hidden gap would tell the reader it is at least 1.33.
    flagged: false,
  };
}
