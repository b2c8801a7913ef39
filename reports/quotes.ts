import { DIMENSIONS, isDimension, type Dimension } from "../surveys/dimensions";
import type { Quote } from "./types";

export const QUOTES_PER_DIMENSION = 3;

/** What the page shows of a quote: the words and who may be named, nothing about how it was chosen. */
export interface QuoteShown {
  id: string;
  kind: Quote["kind"];
  text: string;
  language: string;
  attribution: string | null;
}

/** "No chart without voices": a dimension without a consented quote says so explicitly. */
export type NoVoice = { none: true };
export type DimensionQuotes = NoVoice | { none: false; quotes: QuoteShown[] };

const show = ({ id, kind, text, language, attribution }: Quote): QuoteShown => ({
  id,
  kind,
  text,
  language,
  attribution,
});

/** A story speaks to every dimension its teller tagged it with; an example belongs to its one rating. */
function dimensionsOf(quote: Quote): Dimension[] {
  const keys = quote.kind === "story" ? quote.dimensions : [quote.dimension];
  return [...new Set(keys.filter(isDimension))];
}

// Put-forward quotes first (the community chose them), then the newest; the id keeps ties stable.
function byPreference(a: Quote, b: Quote): number {
  if (a.putForward !== b.putForward) return a.putForward ? -1 : 1;
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Quotes have been filtered by consent before they reach reports/ (docs/security.md 6.3). */
export function chooseQuotes(quotes: readonly Quote[], perDimension = QUOTES_PER_DIMENSION): Map<Dimension, DimensionQuotes> {
  const byDimension = new Map<Dimension, Quote[]>(DIMENSIONS.map((dimension) => [dimension, []]));
  for (const quote of quotes) for (const dimension of dimensionsOf(quote)) byDimension.get(dimension)!.push(quote);
  const chosen = new Map<Dimension, DimensionQuotes>();
  for (const [dimension, candidates] of byDimension) {
    const quotesShown = candidates.sort(byPreference).slice(0, perDimension).map(show);
    chosen.set(dimension, quotesShown.length === 0 ? { none: true } : { none: false, quotes: quotesShown });
  }
  return chosen;
}

/**
 * The headline's voice for one gap: the best quote not already used by an earlier headline entry, so
 * one story tagged with several dimensions does not speak for all of them; reused only if it is the
 * sole voice.
 */
export function pickHeadlineQuote(quotes: DimensionQuotes, alreadyUsed: ReadonlySet<string>): QuoteShown | NoVoice {
  if (quotes.none) return quotes;
  return quotes.quotes.find((quote) => !alreadyUsed.has(quote.id)) ?? quotes.quotes[0];
}
