import type { Dimension } from "../surveys/dimensions";
import type { Figure } from "./figure-value";
import type { PerceptionGap } from "./perception-gap";
import { pickHeadlineQuote, type DimensionQuotes, type NoVoice, type QuoteShown } from "./quotes";

export interface HeadlineEntry {
  dimension: Dimension;
  gap: Figure;
  communityMean: Figure;
  ingoSelfMean: Figure;
  /** |gap now| − |gap last round|: positive when the two views moved further apart. */
  widening: number | null;
  quote: QuoteShown | NoVoice;
}

/**
 * The flagged gaps (|gap| ≥ 1.33), the most widening first; gaps with no comparable previous round
 * (first round, or last round's gap hidden) follow, widest first. Give it gaps after suppression: a
 * hidden gap must not reach the headline, where its mere presence would say it is at least 1.33.
 */
export function buildHeadline(
  current: readonly PerceptionGap[],
  previous: readonly PerceptionGap[] | undefined,
  quotes: ReadonlyMap<Dimension, DimensionQuotes>,
): HeadlineEntry[] {
  const previousGap = new Map(previous?.map((gap) => [gap.dimension, gap.gap]) ?? []);
  const entries = current.flatMap((gap) => {
    if (!gap.flagged || typeof gap.gap !== "number") return [];
    const before = previousGap.get(gap.dimension);
    return [
      {
        gap,
        width: Math.abs(gap.gap),
        widening: typeof before === "number" ? Math.abs(gap.gap) - Math.abs(before) : null,
      },
    ];
  });
  entries.sort((a, b) => (b.widening ?? Number.NEGATIVE_INFINITY) - (a.widening ?? Number.NEGATIVE_INFINITY) || b.width - a.width);
  const used = new Set<string>();
  return entries.map(({ gap, widening }) => {
    const quote = pickHeadlineQuote(quotes.get(gap.dimension) ?? { none: true }, used);
    if (!("none" in quote)) used.add(quote.id);
    return {
      dimension: gap.dimension,
      gap: gap.gap,
      communityMean: gap.community.mean,
      ingoSelfMean: gap.ingoSelf.mean,
      widening,
      quote,
    };
  });
}
