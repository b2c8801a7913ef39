/**
 * A slow, obviously-correct reference for "can a hidden cell be worked out?": enumerate every way the
 * hidden cells could hold `count` respondents with weighted sum `weightedSum`, and collect each
 * cell's possible values. Only for small counts.
 */
export function possibleValues(weights: readonly number[], count: number, weightedSum: number | null): Set<number>[] {
  const values = weights.map(() => new Set<number>());
  const current: number[] = [];
  const walk = (index: number, left: number, weighted: number) => {
    if (index === weights.length - 1) {
      if (weightedSum !== null && weighted + weights[index] * left !== weightedSum) return;
      [...current, left].forEach((value, cell) => values[cell].add(value));
      return;
    }
    for (let value = 0; value <= left; value += 1) {
      current.push(value);
      walk(index + 1, left - value, weighted + weights[index] * value);
      current.pop();
    }
  };
  if (weights.length > 0) walk(0, count, 0);
  return values;
}

/** True when some cell has exactly one possible value, and it is 1..k−1. */
export function oraclePinsSmallCell(weights: readonly number[], count: number, weightedSum: number | null, k: number): boolean {
  return possibleValues(weights, count, weightedSum).some((set) => {
    if (set.size !== 1) return false;
    const [only] = set;
    return only >= 1 && only < k;
  });
}
