/**
 * Does a shown mean pin a hidden figure of a coarsened distribution (docs/decisions/012)? The reader
 * knows n, the shown groups (disagree 1–2, neither 3, agree 4–5) and, with the mean, the sum of all
 * ratings. Those split the respondents into independent blocks: each shown group is a block of known
 * size whose inner split (how many 1s, how many 2s) is hidden, and the hidden groups together are one
 * block of known size (n − the shown groups). The mean ties the blocks by one equation: their rating
 * sums add up to mean × n. A hidden figure is free when at least two of its values leave that
 * equation solvable in whole, never-negative counts; this answers that exactly.
 *
 * Each block's possible rating sums are kept as runs of consecutive integers, so the check costs
 * O(values × blocks × runs) per figure instead of an enumeration of every split.
 */
import { fewestTable } from "./pinned-cells";

/** `count` respondents, each giving one of `weights` (ratings). */
export interface Block {
  weights: readonly number[];
  count: number;
}

/** A hidden figure: how many respondents of block `block` gave one of `weights`. */
export interface HiddenFigure {
  block: number;
  weights: readonly number[];
}

type Run = readonly [number, number];

/** True when every hidden figure can take at least two values given the blocks and the rating sum. */
export function everyHiddenFigureFree(blocks: readonly Block[], hidden: readonly HiddenFigure[], ratingSum: number): boolean {
  return hidden.every((figure) => takesTwoValues(blocks, figure, ratingSum));
}

function takesTwoValues(blocks: readonly Block[], figure: HiddenFigure, ratingSum: number): boolean {
  const own = blocks[figure.block];
  const rest = own.weights.filter((weight) => !figure.weights.includes(weight));
  const others = blocks.reduce<Run[]>(
    (runs, block, index) => (index === figure.block ? runs : minkowski(runs, reachableSums(block.weights, block.count))),
    [[0, 0]],
  );
  let feasible = 0;
  for (let value = 0; value <= own.count; value += 1) {
    const mine = minkowski(reachableSums(figure.weights, value), reachableSums(rest, own.count - value));
    if (contains(minkowski(others, mine), ratingSum) && ++feasible >= 2) return true;
  }
  return false;
}

// Pure in its two arguments and asked again for every figure and every value; bounded like pinsMemo.
const sumsMemo = new Map<string, Run[]>();
const SUMS_MEMO_MAX = 50_000;

/** Every rating sum `count` respondents can make, each giving one of `weights`, as runs. */
export function reachableSums(weights: readonly number[], count: number): Run[] {
  if (count === 0) return [[0, 0]];
  if (weights.length === 0) return [];
  const sorted = [...new Set(weights)].sort((a, b) => a - b);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  // Consecutive ratings reach every sum between all-lowest and all-highest.
  if (high - low === sorted.length - 1) return [[low * count, high * count]];
  const key = `${sorted.join(",")}|${count}`;
  const known = sumsMemo.get(key);
  if (known) return known;
  const fewest = fewestTable(
    sorted.map((weight) => weight - low).filter((step) => step > 0),
    (high - low) * count,
  );
  const runs: [number, number][] = [];
  for (let excess = 0; excess <= (high - low) * count; excess += 1) {
    if (fewest[excess] > count) continue;
    const sum = low * count + excess;
    const last = runs[runs.length - 1];
    if (last && last[1] === sum - 1) last[1] = sum;
    else runs.push([sum, sum]);
  }
  if (sumsMemo.size >= SUMS_MEMO_MAX) sumsMemo.clear();
  sumsMemo.set(key, runs);
  return runs;
}

/** Every a + b with a in one set of runs and b in the other, merged into runs. */
function minkowski(a: readonly Run[], b: readonly Run[]): Run[] {
  const sums: [number, number][] = [];
  for (const [aLow, aHigh] of a) for (const [bLow, bHigh] of b) sums.push([aLow + bLow, aHigh + bHigh]);
  sums.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const run of sums) {
    const last = merged[merged.length - 1];
    if (last && run[0] <= last[1] + 1) last[1] = Math.max(last[1], run[1]);
    else merged.push([run[0], run[1]]);
  }
  return merged;
}

function contains(runs: readonly Run[], value: number): boolean {
  return runs.some(([low, high]) => low <= value && value <= high);
}
