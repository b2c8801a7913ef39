import { suppressedFigure, type Suppressed, type SuppressionReason } from "./figure-value";
import { pinsSmallCell } from "./pinned-cells";

/** One cell of a breakdown: `count` respondents stand behind it, `value` is what the page shows. */
export interface TableCell<K, V> {
  key: K;
  count: number;
  value: V;
}

/**
 * A second published total over the same cells, e.g. the sum of ratings behind a mean
 * (Σ rating × count = mean × n). Weights must be whole numbers.
 */
export interface LinkedSum<K> {
  weightOf(key: K): number;
  total: number;
}

export interface SuppressedTable<K, V> {
  cells: { key: K; count: number | Suppressed; value: V | Suppressed }[];
  total: number | Suppressed;
  /** "shown", or hidden because even with every cell hidden it would reveal a small cell. */
  linkedSum: "shown" | Suppressed;
}

/**
 * Small-number suppression for one breakdown whose cells add up to `total`.
 *
 * 1. A total of 1..k−1: everything is hidden ("fewer than k").
 * 2. Primary: a cell of 1..k−1 respondents is hidden. Zero cells stay shown: they say nobody chose
 *    that answer, which points at no one.
 * 3. Secondary: while the hidden cells could be worked out, hide the next smallest shown cell
 *    (non-zero first, since they widen the unknown remainder). They could be worked out when
 *    - only one cell is hidden (it equals total − shown), or
 *    - the hidden cells together hold fewer than k (the remainder is itself a small number), or
 *    - with the linked sum shown, some hidden cell can take only one value in 1..k−1.
 * A linked sum that pins a small cell even with every cell hidden is hidden itself, first.
 */
export function suppressTable<K, V>(
  cells: readonly TableCell<K, V>[],
  total: number,
  k: number,
  linked?: LinkedSum<K>,
): SuppressedTable<K, V> {
  const hidden = new Map<number, SuppressionReason>();
  const all = cells.map((_, index) => index);
  if (total > 0 && total < k) {
    for (const index of all) hidden.set(index, "fewer_than_k");
    return present(cells, hidden, suppressedFigure(k), linked ? suppressedFigure(k) : "shown", k);
  }
  const weights = (indices: readonly number[]) => indices.map((index) => linked!.weightOf(cells[index].key));
  const pins = (indices: readonly number[]) =>
    pinsSmallCell(weights(indices), sumCounts(cells, indices), linked!.total - weightedSumOfShown(cells, indices, linked!), k);
  const linkedShown = linked !== undefined && !pins(all);
  const linkedSum = linked && !linkedShown ? suppressedFigure(k, "complementary") : "shown";

  cells.forEach((cell, index) => {
    if (cell.count > 0 && cell.count < k) hidden.set(index, "fewer_than_k");
  });
  const stillDerivable = () => {
    if (hidden.size === 0) return false;
    const indices = [...hidden.keys()];
    return hidden.size < 2 || sumCounts(cells, indices) < k || (linkedShown && pins(indices));
  };
  while (stillDerivable()) {
    const next = nextComplement(cells, hidden);
    if (next === undefined) break;
    hidden.set(next, "complementary");
  }
  return present(cells, hidden, total, linkedSum, k);
}

function sumCounts<K, V>(cells: readonly TableCell<K, V>[], indices: readonly number[]): number {
  let sum = 0;
  for (const index of indices) sum += cells[index].count;
  return sum;
}

/** What the cells outside `hiddenIndices` contribute to the linked sum. */
function weightedSumOfShown<K, V>(cells: readonly TableCell<K, V>[], hiddenIndices: readonly number[], linked: LinkedSum<K>): number {
  const hiddenSet = new Set(hiddenIndices);
  let sum = 0;
  cells.forEach((cell, index) => {
    if (!hiddenSet.has(index)) sum += linked.weightOf(cell.key) * cell.count;
  });
  return sum;
}

/** The smallest shown non-zero cell, else the first shown zero cell; first in order breaks ties. */
function nextComplement<K, V>(cells: readonly TableCell<K, V>[], hidden: ReadonlyMap<number, unknown>): number | undefined {
  let best: number | undefined;
  cells.forEach((cell, index) => {
    if (hidden.has(index)) return;
    if (best === undefined) return void (best = index);
    const current = cells[best].count;
    const better = cell.count > 0 && (current === 0 || cell.count < current);
    if (better) best = index;
  });
  return best;
}

function present<K, V>(
  cells: readonly TableCell<K, V>[],
  hidden: ReadonlyMap<number, SuppressionReason>,
  total: number | Suppressed,
  linkedSum: "shown" | Suppressed,
  k: number,
): SuppressedTable<K, V> {
  return {
    cells: cells.map((cell, index) => {
      const reason = hidden.get(index);
      if (reason === undefined) return { key: cell.key, count: cell.count, value: cell.value };
      return { key: cell.key, count: suppressedFigure(k, reason), value: suppressedFigure(k, reason) };
    }),
    total,
    linkedSum,
  };
}
