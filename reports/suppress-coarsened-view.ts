import { suppressedFigure, type Figure } from "./figure-value";
import { everyHiddenFigureFree, type Block, type HiddenFigure } from "./pinned-groups";
import { RATING_GROUPS, RATINGS, type ViewSummary } from "./rating-views";
import { suppressTable } from "./suppress-table";

/**
 * One side's view with a small cell, published in groups (docs/decisions/012):
 * - the groups (disagree 1–2, neither 3, agree 4–5) go through suppressTable over n: a group of
 *   1..k−1 is hidden, with more groups until the hidden ones are two or more and hold ≥ k together;
 * - single ratings are hidden inside every group, except a group of zero (its ratings are 0) and
 *   "neither", which is the single rating 3;
 * - the mean (which gives the sum of all ratings) stays only if every hidden figure, single ratings
 *   included, can still take two values; more groups are hidden to keep it, and if even all groups
 *   hidden do not protect it, the mean is hidden instead;
 * - n stays shown (it is ≥ k here): with the groups it only bounds the hidden block.
 */
export function suppressCoarsenedView(view: ViewSummary, counts: readonly number[], n: number, dontKnow: Figure, k: number): ViewSummary {
  const groups = RATING_GROUPS.map(({ ratings }) => ratings.reduce((sum, rating) => sum + counts[rating - 1], 0));
  const ratingSum = counts.reduce((sum, count, index) => sum + (index + 1) * count, 0);
  const meanPins = (hiddenGroups: readonly number[]) => {
    const { blocks, hidden } = blocksOf(groups, new Set(hiddenGroups));
    return !everyHiddenFigureFree(blocks, hidden, ratingSum);
  };
  const table = suppressTable(
    groups.map((count, index) => ({ key: index, count, value: count })),
    n,
    k,
    view.mean === null ? undefined : meanPins,
  );
  const shownGroup = (index: number) => table.cells[index].count;
  return {
    distribution: RATINGS.map((rating) => {
      const index = RATING_GROUPS.findIndex((group) => (group.ratings as readonly number[]).includes(rating));
      const group = shownGroup(index);
      const single = RATING_GROUPS[index].ratings.length === 1;
      return { rating, count: group === 0 || (single && typeof group === "number") ? group : suppressedFigure(k) };
    }),
    groups: RATING_GROUPS.map(({ group }, index) => ({ group, count: shownGroup(index) })),
    dontKnow,
    mean: view.mean === null || table.linkedShown ? view.mean : suppressedFigure(k),
    n,
  };
}

/** The blocks a reader sees with these groups hidden, and the hidden figures the mean must not pin. */
function blocksOf(groups: readonly number[], hiddenGroups: ReadonlySet<number>): { blocks: Block[]; hidden: HiddenFigure[] } {
  const blocks: Block[] = [];
  const hidden: HiddenFigure[] = [];
  RATING_GROUPS.forEach(({ ratings }, index) => {
    if (hiddenGroups.has(index) || groups[index] === 0) return;
    const block = blocks.push({ weights: ratings, count: groups[index] }) - 1;
    if (ratings.length > 1) for (const rating of ratings) hidden.push({ block, weights: [rating] });
  });
  if (hiddenGroups.size > 0) {
    const members = [...hiddenGroups].map((index) => RATING_GROUPS[index].ratings as readonly number[]);
    const block = blocks.push({ weights: members.flat(), count: [...hiddenGroups].reduce((sum, index) => sum + groups[index], 0) }) - 1;
    for (const ratings of members) {
      hidden.push({ block, weights: ratings });
      if (ratings.length > 1) for (const rating of ratings) hidden.push({ block, weights: [rating] });
    }
  }
  return { blocks, hidden };
}
