import { describe, expect, it } from "vitest";
import { BENCHMARK_MIN_OTHERS, benchmarkFiguresOf, buildBenchmarks, type BenchmarkFigures } from "../../../reports/benchmarks";
import { benchmarkRows } from "../../../reports/export-benchmarks";
import { buildJointReport } from "../../../reports/joint-report";
import { suppressedFigure } from "../../../reports/figure-value";
import { sampleInput } from "./sample-input";

const K = 5;
const figures = (gap: number, n = 10, share?: number): BenchmarkFigures => ({
  gaps: { decisions: { value: gap, n } },
  listening: share === undefined ? {} : { share_answered: { value: share, n } },
});
const own = figures(1.2, 10, 0.55);

/** Everything a reader of A's report gets from the benchmark: the section and its export rows. */
const shown = (others: BenchmarkFigures[]) => {
  const benchmarks = buildBenchmarks(own, others, K);
  const report = { ...buildJointReport(sampleInput()), benchmarks };
  return JSON.stringify({ benchmarks, rows: benchmarkRows(report, "Q1") });
};

describe("buildBenchmarks", () => {
  it("shows a figure only when at least five other partnerships contribute it", () => {
    const four = [0.1, 0.7, 1.4, 2.2].map((gap) => figures(gap));
    expect(buildBenchmarks(own, four, K).lines).toEqual([]);
    const five = buildBenchmarks(own, [...four, figures(3)], K);
    expect(five.lines.map((line) => [line.figure, line.dimension, line.others])).toEqual([["gap", "decisions", BENCHMARK_MIN_OTHERS]]);
  });

  it("counts a figure of another only when it rests on at least k, and never the reader's own report", () => {
    const others = [0.1, 0.7, 1.4, 2.2, 3].map((gap) => figures(gap));
    expect(buildBenchmarks(own, [...others.slice(0, 4), figures(3, K - 1)], K).lines).toEqual([]);
    // A figure its own report hid never reaches benchmarkFiguresOf.
    const report = buildJointReport(sampleInput());
    const hidden = { ...report, perDimension: report.perDimension.map((s) => ({ ...s, gap: { ...s.gap, gap: suppressedFigure(K) } })) };
    expect(benchmarkFiguresOf(hidden).gaps).toEqual({});
  });

  it("places the reader by bins: percentile counts the others below, half of those in its own bin", () => {
    const others = [0.1, 0.7, 1.1, 1.4, 2.2, 3.9].map((gap) => figures(gap));
    const [line] = buildBenchmarks(own, others, K).lines;
    expect(line.ownBin).toEqual({ from: 1, to: 1.5 });
    // Below: 0.1 and 0.7; same bin: 1.1 and 1.4 → (2 + 1) / 6.
    expect(line.percentile).toBe(50);
    expect(line.strip).toEqual([
      { from: 0, to: 0.5, others: 1 },
      { from: 0.5, to: 1, others: 1 },
      { from: 1, to: 1.5, others: 2 },
      { from: 2, to: 2.5, others: 1 },
      { from: 3.5, to: 4, others: 1 },
    ]);
  });

  it("keeps shares in tenths, a share of 1 in the top bin", () => {
    const others = [0, 0.3, 0.55, 0.99, 1].map((share) => figures(0, 10, share));
    const line = buildBenchmarks(own, others, K).lines.find((l) => l.figure === "share_answered")!;
    expect(line.strip.map((bin) => [bin.from, bin.others])).toEqual([
      [0, 1],
      [0.3, 1],
      [0.5, 1],
      [0.9, 2],
    ]);
  });
});

describe("an attacker reading A's benchmark", () => {
  const base = [-0.3, 0.2, 0.9, 1.3, 2.1, 2.6, 3.2].map((gap, i) => figures(gap, 10, 0.1 * i + 0.05));

  it("learns nothing finer than a bin: any other partnership's exact figure can move within its bin unseen", () => {
    const before = shown(base);
    for (let i = 0; i < base.length; i += 1) {
      const moved = base.map((f, j) => {
        if (j !== i) return f;
        const gap = f.gaps.decisions!.value;
        const share = f.listening.share_answered!.value;
        // Anywhere else in the same bin: nudged toward the bin's other edge.
        const gapBin = Math.floor(gap / 0.5) * 0.5;
        const shareBin = Math.floor(share / 0.1 + 1e-9) * 0.1;
        return figures(gapBin + 0.49 - (gap - gapBin), 50, shareBin + 0.099 - (share - shareBin));
      });
      expect(shown(moved)).toBe(before);
    }
  });

  it("cannot pin a partnership by its joining or leaving beyond the bin it falls in", () => {
    // The same six, then a seventh joins with either of two exact figures in one bin: A reads the same.
    const six = base.slice(0, 6);
    expect(shown([...six, figures(1.01, 10, 0.41)])).toBe(shown([...six, figures(1.49, 99, 0.49)]));
    // The min and max of the strip are bins, never a partnership's value.
    const [line] = buildBenchmarks(own, base, K).lines;
    expect(line.strip[0].from).toBe(-0.5);
    expect(line.strip[line.strip.length - 1].to).toBe(3.5);
    expect(shown(base)).not.toMatch(/-0\.3|3\.2|0\.05|0\.65/);
  });

  it("never learns how many people stand behind another partnership's figure", () => {
    const bigger = base.map((f) => figures(f.gaps.decisions!.value, 500, f.listening.share_answered!.value));
    expect(shown(bigger)).toBe(shown(base));
  });
});
