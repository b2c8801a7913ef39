/**
 * Can a hidden cell be worked out? Hidden cells of a rating distribution are tied by two published
 * numbers: how many respondents they hold together (n − the shown cells) and the sum of their ratings
 * (mean × n − the shown cells). Two equations can pin two unknowns, and the whole-number, never-negative
 * nature of counts can pin more: n = 6 with mean 29/6 can only be five 5s and one 4.
 *
 * This answers exactly, for integer weights (ratings), by asking for each hidden cell which values
 * leave a feasible remainder. The remainder test is a coin-change table over the "extra weight above
 * the lowest rating", so a check costs O(cells × n × rating span), not an enumeration of all splits.
 */

// Pure in its four arguments, and one report asks it again and again for the same view (distribution,
// accuracy, trend, headline); bounded so a long-running server does not grow it without end.
const pinsMemo = new Map<string, boolean>();
const PINS_MEMO_MAX = 100_000;

/** True when some hidden cell can take exactly one value and that value is 1..k−1: a small cell revealed. */
export function pinsSmallCell(weights: readonly number[], count: number, weightedSum: number, k: number): boolean {
  const key = `${weights.join(",")}|${count}|${weightedSum}|${k}`;
  let answer = pinsMemo.get(key);
  if (answer === undefined) {
    answer = pinsSmallCellUncached(weights, count, weightedSum, k);
    if (pinsMemo.size >= PINS_MEMO_MAX) pinsMemo.clear();
    pinsMemo.set(key, answer);
  }
  return answer;
}

function pinsSmallCellUncached(weights: readonly number[], count: number, weightedSum: number, k: number): boolean {
  for (let index = 0; index < weights.length; index += 1) {
    const only = onlyPossibleValue(weights, index, count, weightedSum);
    if (only !== undefined && only >= 1 && only < k) return true;
  }
  return false;
}

/** The single value cell `index` can take, or undefined when it can take none or several. */
export function onlyPossibleValue(weights: readonly number[], index: number, count: number, weightedSum: number): number | undefined {
  const own = weights[index];
  const restFits = remainderTest(
    weights.filter((_, other) => other !== index),
    count,
  );
  let found: number | undefined;
  for (let value = 0; value <= count; value += 1) {
    if (!restFits(count - value, weightedSum - own * value)) continue;
    if (found !== undefined) return undefined;
    found = value;
  }
  return found;
}

// fewest[e] depends only on the steps, not on how many cells: one table per step set, grown as needed.
const fewestTables = new Map<string, number[]>();
export function fewestTable(steps: readonly number[], maxExcess: number): number[] {
  const key = steps.join(",");
  let fewest = fewestTables.get(key);
  if (!fewest) fewestTables.set(key, (fewest = [0]));
  for (let excess = fewest.length; excess <= maxExcess; excess += 1) {
    let best = Number.POSITIVE_INFINITY;
    for (const step of steps) if (step <= excess && fewest[excess - step] + 1 < best) best = fewest[excess - step] + 1;
    fewest.push(best);
  }
  return fewest;
}

/** Whether `cells` respondents, each with one of `weights`, can add up to `weighted`. */
function remainderTest(weights: readonly number[], maxCells: number): (cells: number, weighted: number) => boolean {
  if (weights.length === 0) return (cells, weighted) => cells === 0 && weighted === 0;
  const low = Math.min(...weights);
  const high = Math.max(...weights);
  const steps = [...new Set(weights.map((weight) => weight - low).filter((step) => step > 0))].sort((a, b) => a - b);
  // fewest[e]: the fewest respondents above the lowest weight whose extra weight adds up to e.
  const fewest = fewestTable(steps, (high - low) * maxCells);
  return (cells, weighted) => {
    const excess = weighted - low * cells;
    if (!Number.isInteger(excess) || excess < 0 || excess > (high - low) * cells) return false;
    return fewest[excess] <= cells;
  };
}
