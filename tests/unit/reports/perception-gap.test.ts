import { DIMENSIONS } from "../../../surveys/dimensions";
import { perceptionGaps } from "../../../reports/perception-gap";
import { indexViews } from "../../../reports/rating-views";
import { ratings, times } from "./fixtures";

const counts = (gap: { distribution: { count: unknown }[] }) => gap.distribution.map((cell) => cell.count);

describe("perception gaps", () => {
  const metrics = [
    // decisions, community: 1, 2, 2, 4, 5 and one "don't know".
    // counts [1, 2, 0, 1, 1], n = 5, mean = 14 / 5 = 2.8
    ...ratings(1, "decisions", "community", [1, 2, 2, 4, 5, null]),
    // decisions, INGO: 5, 4, 5 → counts [0, 0, 0, 1, 2], n = 3, mean = 14 / 3 ≈ 4.667
    ...ratings(1, "decisions", "ingo_self", [5, 4, 5], 101),
    // agenda: community 3, 3 (mean 3); INGO 33 fives + 67 fours = 433 / 100 = 4.33 → gap exactly 1.33
    ...ratings(1, "agenda", "community", [3, 3]),
    ...ratings(1, "agenda", "ingo_self", [...times(33, 5), ...times(67, 4)], 101),
    // knowledge: INGO 32 fives + 68 fours = 4.32 → gap 1.32, just under the line
    ...ratings(1, "knowledge", "community", [3, 3]),
    ...ratings(1, "knowledge", "ingo_self", [...times(32, 5), ...times(68, 4)], 101),
    // money: community 5, 5, 5, 5 (mean 5); INGO 3, 3, 4 (10 / 3) → gap = 3.333 − 5 = −1.667
    ...ratings(1, "money", "community", [5, 5, 5, 5]),
    ...ratings(1, "money", "ingo_self", [3, 3, 4], 101),
    // a dimension outside the item bank and another round do not leak in
    ...ratings(1, "power", "community", [1, 1]),
    ...ratings(2, "decisions", "community", [5, 5, 5]),
  ];
  const gaps = perceptionGaps(indexViews(metrics), 1);
  const byKey = new Map(gaps.map((gap) => [gap.dimension, gap]));

  it("lists the eleven dimensions in item-bank order", () => {
    expect(gaps.map((gap) => gap.dimension)).toEqual([...DIMENSIONS]);
  });

  it("puts the community's distribution, don't-knows, mean and n beside the INGO's", () => {
    const decisions = byKey.get("decisions")!;
    expect(counts(decisions.community)).toEqual([1, 2, 0, 1, 1]);
    expect(decisions.community).toMatchObject({ dontKnow: 1, n: 5, mean: 2.8 });
    expect(counts(decisions.ingoSelf)).toEqual([0, 0, 0, 1, 2]);
    expect(decisions.ingoSelf.mean).toBeCloseTo(14 / 3, 10);
    // gap = 14/3 − 2.8 = 1.8667 ≥ 1.33
    expect(decisions.gap).toBeCloseTo(1.8667, 4);
    expect(decisions.flagged).toBe(true);
  });

  it("flags a gap of exactly 1.33 but not 1.32", () => {
    expect(byKey.get("agenda")!.gap).toBeCloseTo(1.33, 10);
    expect(byKey.get("agenda")!.flagged).toBe(true);
    expect(byKey.get("knowledge")!.gap).toBeCloseTo(1.32, 10);
    expect(byKey.get("knowledge")!.flagged).toBe(false);
  });

  it("flags a negative gap by its size (the INGO sees itself worse than it is seen)", () => {
    expect(byKey.get("money")!.gap).toBeCloseTo(-5 / 3, 10);
    expect(byKey.get("money")!.flagged).toBe(true);
  });

  it("shows an unanswered dimension as empty, not as zero", () => {
    const trust = byKey.get("trust")!;
    expect(trust.community).toMatchObject({ n: 0, mean: null, dontKnow: 0 });
    expect(trust.gap).toBeNull();
    expect(trust.flagged).toBe(false);
  });

  it("counts a respondent once: a resubmitted answer replaces the first", () => {
    const metricsWithResubmission = [
      ...ratings(1, "trust", "community", [2, 4]),
      ...ratings(1, "trust", "community", [null], 1), // respondent 1 now says "don't know"
    ];
    const trust = perceptionGaps(indexViews(metricsWithResubmission), 1).find((gap) => gap.dimension === "trust")!;
    expect(trust.community).toMatchObject({ n: 1, dontKnow: 1, mean: 4 });
    expect(counts(trust.community)).toEqual([0, 0, 0, 1, 0]);
  });

  it("treats a rating off the 1..5 scale as no rating rather than skewing the mean", () => {
    const view = perceptionGaps(indexViews(ratings(1, "trust", "community", [0, 6, 2.5, 4])), 1)[8].community;
    expect(view).toMatchObject({ n: 1, dontKnow: 3, mean: 4 });
  });
});
