import { DIMENSIONS } from "../../../surveys/dimensions";
import { buildJointReport } from "../../../reports/joint-report";
import type { MetricRow } from "../../../reports/types";
import { round } from "./fixtures";
import { sampleInput } from "./sample-input";

describe("buildJointReport", () => {
  const report = buildJointReport(sampleInput());
  const section = (dimension: string) => report.perDimension.find((item) => item.dimension === dimension)!;

  it("composes the seven sections in the report's order", () => {
    expect(Object.keys(report)).toEqual([
      "partnership",
      "round",
      "k",
      "generatedAt",
      "responseRates",
      "headline",
      "perDimension",
      "themes",
      "listening",
      "actions",
      "network",
      "texts",
    ]);
    expect(report.perDimension.map((item) => item.dimension)).toEqual([...DIMENSIONS]);
    expect(report.generatedAt).toBe("2024-06-01T00:00:00Z");
  });

  it("applies the partnership's k, never below 3", () => {
    expect(report.k).toBe(3);
    // Aid International: 3 invited ≥ 3 → shown
    expect(report.responseRates.rows.find((row) => row.organisationName === "Aid International")!.rate).toBe(1);
  });

  it("puts the widening gap first in the headline, each with a voice or a note that there is none", () => {
    // decisions: 2.0 → 3.5 (widened 1.5); agenda: 2.0, nothing to compare; money: hidden
    expect(report.headline.map((entry) => [entry.dimension, entry.gap, entry.widening])).toEqual([
      ["decisions", 3.5, 1.5],
      ["agenda", 2, null],
    ]);
    expect(report.headline[0].quote).toMatchObject({ id: "q1" });
    expect(report.headline[1].quote).toEqual({ none: true });
  });

  it("shows each dimension's gap, trend over the rounds up to this one, accuracy and quotes", () => {
    const decisions = section("decisions");
    expect(decisions.gap).toMatchObject({ gap: 3.5, flagged: true });
    expect(decisions.gap.community).toMatchObject({ mean: 1.5, n: 6 });
    const gapTrend = decisions.trend.find((series) => series.figure === "gap")!;
    // round 3 is after this report's round and stays out
    expect(gapTrend.points.map((point) => [point.label, point.value])).toEqual([
      ["Round 1", 2],
      ["Round 2", 3.5],
    ]);
    // prediction 2, 2, 2 vs community 1.5 → error 0.5
    expect(decisions.accuracy.error).toBe(0.5);
    expect(report.listening.accuracy).toMatchObject({
      meanAbsoluteError: 0.5,
      accuracyPercent: 87.5,
      dimensionsCompared: 1,
    });
    expect(section("visibility").quotes).toEqual({ none: true });
  });

  it("hides the gap resting on two INGO answers", () => {
    // One marker for every hidden figure, no reason (ADR 012).
    expect(section("money").gap.gap).toEqual({ suppressed: true, k: 3 });
    expect(section("money").gap.ingoSelf.n).toMatchObject({ suppressed: true });
  });

  it("carries the listening figures, actions, network and texts", () => {
    expect(report.listening.figures.storiesShared).toBe(0);
    expect(report.listening.figures.shareAnswered).toBeNull();
    expect(report.actions.map((action) => action.status)).toEqual(["started", "done"]);
    expect(report.network).toMatchObject({ ties: 1, density: 1 });
    expect(report.texts.whatWeLearned).toBe("We decided too much alone.");
  });

  it("builds from 100 000 ratings over 12 rounds in well under two seconds", () => {
    const rounds = Array.from({ length: 12 }, (_, index) => round(index + 1));
    const perspectives = ["community", "ingo_self", "ingo_prediction"] as const;
    const metrics: MetricRow[] = [];
    let seed = 1;
    const nextRating = () => ((seed = (seed * 48271) % 2147483647) % 5) + 1;
    for (const info of rounds) {
      for (const dimension of DIMENSIONS) {
        for (const perspective of perspectives) {
          for (let respondent = 1; respondent <= 253; respondent += 1) {
            metrics.push({
              roundId: info.id,
              organisationId: 1,
              respondentId: respondent,
              dimension,
              perspective,
              value: nextRating(),
            });
          }
        }
      }
    }
    expect(metrics.length).toBeGreaterThan(100_000);
    const started = performance.now();
    const big = buildJointReport({ ...sampleInput(), round: rounds[11], rounds, metrics });
    const elapsed = performance.now() - started;
    expect(big.perDimension[0].trend[0].points).toHaveLength(12);
    expect(elapsed).toBeLessThan(2000);
  });
});
