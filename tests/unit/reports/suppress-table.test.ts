import fc from "fast-check";
import { isSuppressed } from "../../../reports/figure-value";
import { pinsSmallCell } from "../../../reports/pinned-cells";
import { suppressTable } from "../../../reports/suppress-table";
import { oraclePinsSmallCell } from "./oracle";

/** A rating distribution as a table: key = rating 1..5, linked sum = Σ rating × count (mean × n). */
function distribution(counts: readonly number[], k: number, withMean = true) {
  const cells = counts.map((count, index) => ({ key: index + 1, count, value: count }));
  const total = counts.reduce((sum, count) => sum + count, 0);
  const weighted = counts.reduce((sum, count, index) => sum + (index + 1) * count, 0);
  return suppressTable(cells, total, k, withMean ? { weightOf: (rating) => rating, total: weighted } : undefined);
}
const hiddenRatings = (table: ReturnType<typeof distribution>) =>
  table.cells.filter((cell) => isSuppressed(cell.count)).map((cell) => cell.key);

describe("suppressTable", () => {
  it("hides everything when the total is below k", () => {
    // 1 + 1 + 1 = 3 respondents, k = 5
    const table = distribution([1, 1, 0, 0, 1], 5);
    expect(hiddenRatings(table)).toEqual([1, 2, 3, 4, 5]);
    expect(table.total).toMatchObject({ suppressed: true, reason: "fewer_than_k" });
    expect(table.linkedSum).toMatchObject({ suppressed: true });
  });

  it("hides the next smallest cell beside a single small one", () => {
    // [2, 10, 10, 10, 10], no mean: 2 is below 5; the first 10 goes with it → 12 hidden, shown 40 of 52
    const table = distribution([2, 10, 10, 10, 10], 5, false);
    expect(hiddenRatings(table)).toEqual([1, 2]);
    expect(table.cells[1].count).toMatchObject({ reason: "complementary" });
  });

  it("keeps hiding until the hidden cells hold at least k together", () => {
    // [1, 1, 10, 10, 10]: 1 + 1 = 2 hidden would still say "two people chose 1 or 2" → add a 10
    expect(hiddenRatings(distribution([1, 1, 10, 10, 10], 5, false))).toEqual([1, 2, 3]);
  });

  it("keeps the mean when the hidden cells can still be split several ways", () => {
    // [0, 1, 0, 3, 4], n = 8, Σ = 2 + 12 + 20 = 34. Hidden 2s, 4s, 5s: a + b + c = 8, 2a + 4b + 5c = 34
    // → (0, 6, 2), (1, 3, 4), (2, 0, 6): no cell is fixed
    const table = distribution([0, 1, 0, 3, 4], 5);
    expect(hiddenRatings(table)).toEqual([2, 4, 5]);
    expect(table.linkedSum).toBe("shown");
  });

  it("hides zero cells too when the mean would otherwise pin a small one", () => {
    // [1, 0, 0, 0, 7], n = 8, Σ = 36. Hiding {1, 5}: a + b = 8, a + 5b = 36 → a = 1: pinned.
    // {1, 2, 5}: b + 4c = 28 → only (1, 0, 7): pinned. {1, 2, 3, 5}: (1, 0, 0, 7) or (0, 0, 2, 6): free.
    const table = distribution([1, 0, 0, 0, 7], 5);
    expect(hiddenRatings(table)).toEqual([1, 2, 3, 5]);
    expect(table.linkedSum).toBe("shown");
  });

  it("hides the mean when n and the mean alone give a small cell away", () => {
    // n = 6, mean 29 / 6: the only way is five 5s and one 4 → "one person gave a 4"
    const table = distribution([0, 0, 0, 1, 5], 5);
    expect(table.linkedSum).toMatchObject({ suppressed: true, reason: "complementary" });
    expect(hiddenRatings(table)).toEqual([4, 5]);
    expect(table.total).toBe(6);
  });

  it("shows a table with no small cells untouched", () => {
    const table = distribution([0, 5, 0, 7, 9], 5);
    expect(hiddenRatings(table)).toEqual([]);
    expect(table.linkedSum).toBe("shown");
  });

  const k = fc.integer({ min: 3, max: 8 });

  it("property: no shown cell rests on 1..k−1 respondents, and hidden cells come at least two at a time holding ≥ k", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 30 }), { minLength: 1, maxLength: 8 }), k, (counts, threshold) => {
        const total = counts.reduce((sum, count) => sum + count, 0);
        const table = suppressTable(
          counts.map((count, key) => ({ key, count, value: count })),
          total,
          threshold,
        );
        const hidden = table.cells.filter((cell) => isSuppressed(cell.count));
        const shown = table.cells.filter((cell) => !isSuppressed(cell.count));
        // (a) nothing shown rests on fewer than k
        for (const cell of shown) expect(cell.count === 0 || (cell.count as number) >= threshold).toBe(true);
        if (total > 0 && total < threshold) {
          expect(isSuppressed(table.total)).toBe(true);
          expect(shown).toEqual([]);
          return;
        }
        // (b) in the one constraint (cells = total), 0 or ≥ 2 hidden, and what they hold together
        //     (total − shown) is not itself a small number
        expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
        const remainder = total - shown.reduce((sum, cell) => sum + (cell.count as number), 0);
        if (hidden.length > 0) expect(remainder).toBeGreaterThanOrEqual(threshold);
        // no hidden cell equals total − shown uniquely: with ≥ 2 unknowns each can be anything in 0..remainder
      }),
      { numRuns: 300 },
    );
  });

  it("property: with the mean shown, no hidden cell of a distribution can be worked out (brute force)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 8 }), { minLength: 5, maxLength: 5 }), k, (counts, threshold) => {
        const table = distribution(counts, threshold);
        const total = counts.reduce((sum, count) => sum + count, 0);
        if (total < threshold) return;
        const hidden = table.cells.filter((cell) => isSuppressed(cell.count)).map((cell) => cell.key);
        const remainder = hidden.reduce((sum, rating) => sum + counts[rating - 1], 0);
        const weighted = hidden.reduce((sum, rating) => sum + rating * counts[rating - 1], 0);
        const meanShown = table.linkedSum === "shown";
        expect(oraclePinsSmallCell(hidden, remainder, meanShown ? weighted : null, threshold)).toBe(false);
        // The mean is hidden only when it gives a small cell away on its own.
        const allWeighted = counts.reduce((sum, count, index) => sum + (index + 1) * count, 0);
        expect(meanShown).toBe(!oraclePinsSmallCell([1, 2, 3, 4, 5], total, allWeighted, threshold));
      }),
      { numRuns: 300 },
    );
  });

  it("property: the fast pinned-cell test agrees with brute force", () => {
    fc.assert(
      fc.property(
        fc.subarray([1, 2, 3, 4, 5], { minLength: 1 }),
        fc.nat({ max: 20 }),
        fc.nat({ max: 100 }),
        k,
        (weights, count, weightedSum, threshold) => {
          expect(pinsSmallCell(weights, count, weightedSum, threshold)).toBe(oraclePinsSmallCell(weights, count, weightedSum, threshold));
        },
      ),
      { numRuns: 500 },
    );
  });
});
