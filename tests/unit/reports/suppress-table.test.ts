import fc from "fast-check";
import { isSuppressed } from "../../../reports/figure-value";
import { pinsSmallCell } from "../../../reports/pinned-cells";
import { suppressTable } from "../../../reports/suppress-table";
import { oraclePinsSmallCell } from "./oracle";

/** A breakdown as a table without a linked figure: key = position, count = value. */
function table(counts: readonly number[], k: number) {
  const cells = counts.map((count, index) => ({ key: index + 1, count, value: count }));
  return suppressTable(
    cells,
    counts.reduce((sum, count) => sum + count, 0),
    k,
  );
}
const hiddenKeys = (result: ReturnType<typeof table>) => result.cells.filter((cell) => isSuppressed(cell.count)).map((cell) => cell.key);

describe("suppressTable", () => {
  it("hides everything when the total is below k", () => {
    // 1 + 1 + 1 = 3 respondents, k = 5
    const result = table([1, 1, 0, 0, 1], 5);
    expect(hiddenKeys(result)).toEqual([1, 2, 3, 4, 5]);
    expect(result.total).toEqual({ suppressed: true, k: 5 });
  });

  it("hides the next smallest cell beside a single small one, with the same marker", () => {
    // [2, 10, 10, 10, 10]: 2 is below 5; the first 10 goes with it → 12 hidden, shown 40 of 52.
    // Both carry one marker: which of the two was small must not show (ADR 012; it used to say
    // "fewer_than_k" for one and "complementary" for the other).
    const result = table([2, 10, 10, 10, 10], 5);
    expect(hiddenKeys(result)).toEqual([1, 2]);
    expect(result.cells[0].count).toEqual(result.cells[1].count);
  });

  it("keeps hiding until the hidden cells hold at least k together", () => {
    // [1, 1, 10, 10, 10]: 1 + 1 = 2 hidden would still say "two people chose 1 or 2" → add a 10
    expect(hiddenKeys(table([1, 1, 10, 10, 10], 5))).toEqual([1, 2, 3]);
  });

  it("hides more cells while the linked figure would pin one, and drops it when nothing helps", () => {
    const cells = [4, 10, 10].map((count, index) => ({ key: index, count, value: count }));
    // A linked figure that pins something until all three cells are hidden.
    const kept = suppressTable(cells, 24, 5, (hidden) => hidden.length < 3);
    expect(kept.cells.every((cell) => isSuppressed(cell.count))).toBe(true);
    expect(kept.linkedShown).toBe(true);
    const dropped = suppressTable(cells, 24, 5, () => true);
    expect(dropped.linkedShown).toBe(false);
    expect(dropped.cells.filter((cell) => isSuppressed(cell.count))).toHaveLength(2);
  });

  it("shows a table with no small cells untouched", () => {
    expect(hiddenKeys(table([0, 5, 0, 7, 9], 5))).toEqual([]);
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
