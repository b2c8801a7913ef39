import type { JointReport } from "./report-shape";
import { suppressAccuracy, suppressListening } from "./suppress-listening";
import { suppressResponseRates } from "./suppress-response-rates";
import { suppressGap } from "./suppress-rating-views";

export const DEFAULT_K = 5;
/** docs/design.md: configurable per partnership, never below 3. */
export const MIN_K = 3;

/** The k a partnership's setting amounts to: default 5, never below 3, a fraction rounded up (stricter). */
export function effectiveK(k?: number | null): number {
  if (k === null || k === undefined || !Number.isFinite(k)) return DEFAULT_K;
  return Math.max(MIN_K, Math.ceil(k));
}

/**
 * Small-number suppression over every figure of a joint report (docs/security.md 6.1). Safe to apply twice.
 *
 * - Per dimension: a distribution with a small cell is published in groups (disagree, neither,
 *   agree) with complementary suppression; its mean only when it pins no hidden figure; a gap or
 *   prediction error when either mean is hidden. Every hidden figure carries one marker (ADR 012).
 * - Headline: entries whose gap is hidden are dropped (their presence would say the gap is ≥ 1.33).
 * - Listening: story figures need k stories behind them; the round accuracy is recomputed over the
 *   dimensions whose error is shown.
 * - Response rates: rows with fewer than k invited, with complementary rows, per instrument.
 * Not suppressed, on purpose: trends (built from rounds already suppressed the same way), network
 * figures and actions (they describe named organisations, not people's answers), quotes (consented
 * by their tellers for this reader) and the two texts (written for the report by their authors).
 */
export function suppressReport(report: JointReport, k?: number | null): JointReport {
  const threshold = effectiveK(k ?? report.k);
  const gaps = report.perDimension.map((section) => suppressGap(section.gap, threshold));
  const accuracy = suppressAccuracy(
    { perDimension: report.perDimension.map((section) => section.accuracy), round: report.listening.accuracy },
    threshold,
    gaps,
  );
  const perDimension = report.perDimension.map((section, index) => ({
    ...section,
    gap: gaps[index],
    accuracy: accuracy.perDimension[index],
  }));
  const gapByDimension = new Map(perDimension.map((section) => [section.dimension, section.gap]));
  const headline = report.headline.flatMap((entry) => {
    const gap = gapByDimension.get(entry.dimension);
    if (!gap || typeof gap.gap !== "number" || !gap.flagged) return [];
    return [{ ...entry, gap: gap.gap, communityMean: gap.community.mean, ingoSelfMean: gap.ingoSelf.mean }];
  });
  return {
    ...report,
    k: threshold,
    responseRates: suppressResponseRates(report.responseRates, threshold),
    headline,
    perDimension,
    listening: {
      ...report.listening,
      figures: suppressListening(report.listening.figures, threshold),
      accuracy: accuracy.round,
    },
  };
}
