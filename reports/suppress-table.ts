import { suppressedFigure, type Suppressed } from "./figure-value";

/** One cell of a breakdown: `count` respondents stand behind it, `value` is what the page shows. */
export interface TableCell<K, V> {
  key: K;
  count: number;
  value: V;
}

/**
 * A second published figure over the same cells (a mean over a rating table): `pins(hidden)` says
 * whether, shown beside the table with those cells hidden, it would let a reader pin a hidden figure.
 */
export type LinkedFigure = (hiddenIndices: readonly number[]) => boolean;

export interface SuppressedTable<K, V> {
  cells: { key: K; count: number | Suppressed; value: V | Suppressed }[];
  total: number | Suppressed;
  /** Whether the linked figure may be shown; false when even every cell hidden would not protect it. */
  linkedShown: boolean;
}

/**
 * Small-number suppression for one breakdown whose cells add up to `total`. Every hidden cell gets
 * the same marker: the reader must not learn which cells were small (docs/decisions/012).
 *
 * 1. A total of 1..k−1: everything is hidden.
 * 2. A cell of 1..k−1 respondents is hidden. Zero cells stay shown: they point at no one.
 * 3. While the hidden cells could be worked out, hide the next smallest shown cell (non-zero first,
 *    since they widen the unknown remainder). They could be worked out when
 *    - only one cell is hidden (it equals total − shown), or
 *    - the hidden cells together hold fewer than k (the remainder is itself a small number), or
 *    - the linked figure, shown, pins a hidden figure.
 * A linked figure that pins something even with every cell hidden is hidden itself, first.
 */
export function suppressTable<K, V>(
  cells: readonly TableCell<K, V>[],
  total: number,
  k: number,
  linked?: LinkedFigure,
): SuppressedTable<K, V> {
  const hidden = new Set<number>();
  const all = cells.map((_, index) => index);
  if (total > 0 && total < k) return present(cells, new Set(all), suppressedFigure(k), false, k);
  const linkedShown = linked !== undefined && !linked(all);

  cells.forEach((cell, index) => {
    if (cell.count > 0 && cell.count < k) hidden.add(index);
  });
  const stillDerivable = () => {
    const pinned = linkedShown && linked([...hidden]);
    if (hidden.size === 0) return pinned;
    return hidden.size < 2 || sumCounts(cells, hidden) < k || pinned;
  };
  while (stillDerivable()) {
    const next = nextComplement(cells, hidden);
    if (next === undefined) break;
    hidden.add(next);
  }
  return present(cells, hidden, total, linkedShown, k);
}

function sumCounts<K, V>(cells: readonly TableCell<K, V>[], indices: ReadonlySet<number>): number {
  let sum = 0;
  for (const index of indices) sum += cells[index].count;
  return sum;
}

/** The smallest shown non-zero cell, else the first shown zero cell; first in order breaks ties. */
function nextComplement<K, V>(cells: readonly TableCell<K, V>[], hidden: ReadonlySet<number>): number | undefined {
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
  hidden: ReadonlySet<number>,
  total: number | Suppressed,
  linkedShown: boolean,
  k: number,
): SuppressedTable<K, V> {
  return {
    cells: cells.map((cell, index) =>
      hidden.has(index)
        ? { key: cell.key, count: suppressedFigure(k), value: suppressedFigure(k) }
        : { key: cell.key, count: cell.count, value: cell.value },
    ),
    total,
    linkedShown,
  };
}
