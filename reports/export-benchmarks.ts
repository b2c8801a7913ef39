import type { BenchmarkLine } from "./benchmarks";
import { figureRow, type FigureRow } from "./export-row";
import type { JointReport } from "./report-shape";

// Shares are binned in tenths; printed as 0.3–0.4 like every share in the exports (0..1).
const binText = (bin: { from: number; to: number }) => `${bin.from} to ${bin.to}`;

/**
 * Where the report stands among the other opted-in partnerships (section "benchmark", ADR 030): the percentile,
 * how many others contribute, and one row per bin of the strip with how many others fall in it. No row names,
 * sizes or dates another partnership; n stays empty (these are partnerships, not people).
 */
function lineRows(benchmark: BenchmarkLine, round: string): FigureRow[] {
  const context = { section: "benchmark", round, dimension: benchmark.dimension ?? "" };
  const name = benchmark.figure;
  return [
    figureRow(context, `${name}.percentile`, benchmark.percentile, "", {
      note: `per cent of the other partnerships in a lower bin (same bin counts half); this report's bin ${binText(benchmark.ownBin)}`,
    }),
    figureRow(context, `${name}.other_partnerships`, benchmark.others, "", { note: "other opted-in partnerships whose report showed it" }),
    ...benchmark.strip.map((bin) => figureRow(context, `${name}.strip`, bin.others, "", { note: `other partnerships in bin ${binText(bin)}` })),
  ];
}

export function benchmarkRows({ benchmarks }: JointReport, round: string): FigureRow[] {
  return benchmarks ? benchmarks.lines.flatMap((line) => lineRows(line, round)) : [];
}
