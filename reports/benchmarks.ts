// Benchmarks that name no one (docs/decisions/030, docs/security.md 1.18): where this partnership's gap per
// dimension and its listening shares stand among the other partnerships that opted in. Pure: figures in,
// benchmark out. Everything shown about the others is a function of how many of them fall in each bin, so no
// other partnership's exact figure, name or size can be read from it.
import { DIMENSIONS, type Dimension } from "../surveys/dimensions";
import { shownNumber, type Figure } from "./figure-value";
import type { JointReport } from "./report-shape";

/** A dimension's benchmark shows only when at least this many other partnerships contribute its figure. */
export const BENCHMARK_MIN_OTHERS = 5;

export const BENCHMARK_LISTENING = ["share_read_within_14_days", "share_answered", "share_linked_to_action"] as const;
export type BenchmarkListening = (typeof BENCHMARK_LISTENING)[number];
export type BenchmarkFigure = "gap" | BenchmarkListening;

/** Bins: a gap in halves of a scale point (−4…4), a share in tenths (0…1). Wide on purpose (ADR 030). */
const BINS: Record<BenchmarkFigure, { width: number; min: number; max: number }> = {
  gap: { width: 0.5, min: -4, max: 4 },
  share_read_within_14_days: { width: 0.1, min: 0, max: 1 },
  share_answered: { width: 0.1, min: 0, max: 1 },
  share_linked_to_action: { width: 0.1, min: 0, max: 1 },
};

/** One figure as its own partnership's report showed it, with the count it rests on. */
export type ShownFigure = { value: number; n: number };

/** The figures of one partnership that may enter a benchmark: only those its own report showed. */
export interface BenchmarkFigures {
  gaps: Partial<Record<Dimension, ShownFigure>>;
  listening: Partial<Record<BenchmarkListening, ShownFigure>>;
}

export interface StripBin {
  /** The bin's lower and upper edge (a share as 0..1). */
  from: number;
  to: number;
  /** How many other partnerships fall in it; bins with none are left out. */
  others: number;
}

export interface BenchmarkLine {
  figure: BenchmarkFigure;
  /** The dimension of a gap; null for a listening share. */
  dimension: Dimension | null;
  /** This partnership's own figure, exactly as its report shows it, and the bin it falls in. */
  own: number;
  ownBin: { from: number; to: number };
  /** Other partnerships contributing this figure (≥ BENCHMARK_MIN_OTHERS). */
  others: number;
  /** Per cent of the others in a lower bin, counting those in the same bin as half: 0..100, whole. */
  percentile: number;
  strip: StripBin[];
}

export interface BenchmarkSection {
  lines: BenchmarkLine[];
}

const shown = (value: Figure, n: Figure): ShownFigure | null => {
  const v = shownNumber(value);
  const count = shownNumber(n);
  return v === null || count === null ? null : { value: v, n: count };
};

/**
 * A partnership's figures as its own report showed them: a figure hidden under its k, or missing, is not
 * there, and neither is a figure whose base count was hidden. Read from the version its readers read.
 */
export function benchmarkFiguresOf(report: JointReport): BenchmarkFigures {
  const gaps: BenchmarkFigures["gaps"] = {};
  for (const { dimension, gap } of report.perDimension) {
    const community = shownNumber(gap.community.n);
    const self = shownNumber(gap.ingoSelf.n);
    const figure = shown(gap.gap, community === null || self === null ? null : Math.min(community, self));
    if (figure) gaps[dimension] = figure;
  }
  const f = report.listening.figures;
  const listening: BenchmarkFigures["listening"] = {};
  const read = shown(f.shareReadWithin14Days, f.storiesPastReadWindow);
  const answered = shown(f.shareAnswered, f.storiesShared);
  const linked = shown(f.shareLinkedToAction, f.storiesShared);
  if (read) listening.share_read_within_14_days = read;
  if (answered) listening.share_answered = answered;
  if (linked) listening.share_linked_to_action = linked;
  return { gaps, listening };
}

// Integer bin indices keep the edges exact: 0.3 / 0.1 is 2.9999999999999996 in floating point.
function binIndex(figure: BenchmarkFigure, value: number): number {
  const { width, min, max } = BINS[figure];
  const clamped = Math.min(Math.max(value, min), max);
  const last = Math.round((max - min) / width) - 1;
  return Math.min(Math.floor((clamped - min) / width + 1e-9), last);
}

function binEdges(figure: BenchmarkFigure, index: number) {
  const { width, min } = BINS[figure];
  const edge = (i: number) => Math.round((min + i * width) * 100) / 100;
  return { from: edge(index), to: edge(index + 1) };
}

function line(figure: BenchmarkFigure, dimension: Dimension | null, own: ShownFigure | undefined, others: number[]): BenchmarkLine | null {
  if (!own || others.length < BENCHMARK_MIN_OTHERS) return null;
  const ownIndex = binIndex(figure, own.value);
  const counts = new Map<number, number>();
  for (const value of others) {
    const index = binIndex(figure, value);
    counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  let below = 0;
  for (const [index, count] of counts) if (index < ownIndex) below += count;
  const same = counts.get(ownIndex) ?? 0;
  return {
    figure,
    dimension,
    own: own.value,
    ownBin: binEdges(figure, ownIndex),
    others: others.length,
    percentile: Math.round((100 * (below + same / 2)) / others.length),
    strip: [...counts.entries()].sort(([a], [b]) => a - b).map(([index, count]) => ({ ...binEdges(figure, index), others: count })),
  };
}

/**
 * The benchmark of one partnership's report. `others` are the figures of the OTHER opted-in partnerships (never
 * this one); a figure of another counts only if its own report showed it and it rests on at least `k` people or
 * stories (this report's k). A line is absent below BENCHMARK_MIN_OTHERS contributors, or when this report's
 * own figure is not shown.
 */
export function buildBenchmarks(own: BenchmarkFigures, others: readonly BenchmarkFigures[], k: number): BenchmarkSection {
  const values = (pick: (figures: BenchmarkFigures) => ShownFigure | undefined) =>
    others.flatMap((figures) => {
      const figure = pick(figures);
      return figure && figure.n >= k ? [figure.value] : [];
    });
  const lines = [
    ...DIMENSIONS.map((dimension) => line("gap", dimension, own.gaps[dimension], values((f) => f.gaps[dimension]))),
    ...BENCHMARK_LISTENING.map((name) => line(name, null, own.listening[name], values((f) => f.listening[name]))),
  ];
  return { lines: lines.filter((l): l is BenchmarkLine => l !== null) };
}
