// A comparison chart draws every side in the same form, or none with a reason: a bar never stands alone
// because the other side's answers are hidden.
import { comparisonBars, pairedLineValues, type ChartSide } from "../../../app/components/charts/chart-spec";
import { suppressedFigure, type Figure } from "../../../reports/figure-value";

const H = suppressedFigure(5);
const RATINGS = ["1", "2", "3", "4", "5"];
const GROUPS = ["1–2", "3", "4–5"];
const axis = { min: 0, title: "People", wholeNumbers: true };
const side = (label: string, ratings: Figure[], groups: Figure[] = []): ChartSide => ({ label, forms: [ratings, groups] });

describe("comparison bars", () => {
  it("draws both sides by rating when both are shown whole", () => {
    const choice = comparisonBars([side("C", [0, 5, 6, 7, 0]), side("I", [0, 0, 5, 5, 5])], [RATINGS, GROUPS], axis);
    expect(choice).toMatchObject({ draw: true, form: 0, spec: { kind: "bar", labels: RATINGS } });
    expect(choice.draw && choice.spec.series.map((s) => s.values)).toEqual([
      [0, 5, 6, 7, 0],
      [0, 0, 5, 5, 5],
    ]);
  });

  it("draws both sides in groups when one side's single ratings are hidden but its groups are shown", () => {
    const choice = comparisonBars([side("C", [H, H, 0, H, H], [5, 0, 5]), side("I", [0, 0, 5, 5, 5], [0, 5, 10])], [RATINGS, GROUPS], axis);
    expect(choice).toMatchObject({ draw: true, form: 1, spec: { labels: GROUPS } });
    expect(choice.draw && choice.spec.series.map((s) => s.values)).toEqual([
      [5, 0, 5],
      [0, 5, 10],
    ]);
  });

  it("draws neither side when one side is hidden in every form, and says it is one side", () => {
    // "Our knowledge": all ten community answers in hidden cells, the INGO's five shown.
    const choice = comparisonBars([side("C", [H, H, 0, H, H], [H, 0, H]), side("I", [0, 0, 5, 0, 0], [0, 5, 0])], [RATINGS, GROUPS], axis);
    expect(choice).toEqual({ draw: false, reason: "hidden_one_side" });
  });

  it("says every side is hidden when none can be drawn, and that nobody answered when all are zero", () => {
    expect(comparisonBars([side("C", [H, H, 0, 0, 0]), side("I", [0, H, H, 0, 0])], [RATINGS, GROUPS], axis)).toEqual({
      draw: false,
      reason: "hidden_every_side",
    });
    expect(comparisonBars([side("C", [0, 0, 0, 0, 0]), side("I", [0, 0, 0, 0, 0])], [RATINGS, GROUPS], axis)).toEqual({
      draw: false,
      reason: "no_answers",
    });
  });

  it("reads a report frozen before groups existed: drawn by rating or not at all", () => {
    const old = (label: string, ratings: Figure[]): ChartSide => ({ label, forms: [ratings] });
    expect(comparisonBars([old("C", [H, H, 0, 5, 5]), old("I", [0, 0, 5, 5, 5])], [RATINGS, GROUPS], axis)).toEqual({
      draw: false,
      reason: "hidden_one_side",
    });
  });
});

describe("paired lines", () => {
  it("leaves a round out of every line when any line is hidden there, and keeps missing rounds as they are", () => {
    expect(
      pairedLineValues([
        [3.2, H, 3.5, null],
        [4.1, 4.4, H, 4.0],
      ]),
    ).toEqual([
      [3.2, null, null, null],
      [4.1, null, null, 4.0],
    ]);
  });
});
