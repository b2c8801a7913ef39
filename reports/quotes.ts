import { DIMENSIONS, type Dimension } from "../surveys/dimensions";
import type { Quote, QuotePlacement, QuoteTranslation } from "./types";

/** At most this many quotes per organisation and section: the choosing page refuses a fourth. */
export const QUOTES_PER_DIMENSION = 3;

/** What the page shows of a quote: the words and who may be named, nothing about how it was chosen. */
export interface QuoteShown {
  id: string;
  kind: Quote["kind"];
  text: string;
  language: string;
  attribution: string | null;
  /** The original is always quoted; these stand beside it (ADR 021). */
  translations?: QuoteTranslation[];
}

/** "No chart without voices": a dimension without a chosen quote says so explicitly. */
export type NoVoice = { none: true };
export type DimensionQuotes = NoVoice | { none: false; quotes: QuoteShown[] };

const show = ({ id, kind, text, language, attribution, translations }: Quote): QuoteShown => ({
  id,
  kind,
  text,
  language,
  attribution,
  ...(translations?.length ? { translations } : {}),
});

type Placed = { quote: Quote; placement: QuotePlacement };

// Organisations take turns: every organisation's first choice, then every second one… so no community
// partner's voice is pushed below another's. The organisation's name and the id keep ties stable.
function inTurn(a: Placed, b: Placed): number {
  const byPosition = a.placement.position - b.placement.position;
  if (byPosition !== 0) return byPosition;
  const byOrganisation = a.placement.organisationName.localeCompare(b.placement.organisationName);
  if (byOrganisation !== 0) return byOrganisation;
  return a.quote.id < b.quote.id ? -1 : a.quote.id > b.quote.id ? 1 : 0;
}

/** The quotes placed in each section key of one kind ("dimension" or "theme"), in the order they are read. */
export function quotesBySection(quotes: readonly Quote[], section: QuotePlacement["section"]): Map<string, QuoteShown[]> {
  const placed = new Map<string, Placed[]>();
  for (const quote of quotes)
    for (const placement of quote.placements) {
      if (placement.section !== section) continue;
      const group = placed.get(placement.key) ?? [];
      // A voice placed twice in one section (it should not be) is still read once.
      if (!group.some((p) => p.quote.id === quote.id)) group.push({ quote, placement });
      placed.set(placement.key, group);
    }
  return new Map([...placed].map(([key, group]) => [key, group.sort(inTurn).map((p) => show(p.quote))]));
}

const asDimensionQuotes = (quotes: QuoteShown[] | undefined): DimensionQuotes =>
  quotes && quotes.length > 0 ? { none: false, quotes } : { none: true };

/**
 * Per dimension, the quotes the community coordinators chose for it, in their order. Quotes have been
 * filtered by consent before they reach reports/ (docs/security.md 6.3); a quote nobody chose never gets here.
 */
export function chooseQuotes(quotes: readonly Quote[]): Map<Dimension, DimensionQuotes> {
  const bySection = quotesBySection(quotes, "dimension");
  return new Map(DIMENSIONS.map((dimension) => [dimension, asDimensionQuotes(bySection.get(dimension))]));
}

/** The quotes chosen for each theme (keyed by the theme's id), in their order; a theme without one has none. */
export function themeQuotes(quotes: readonly Quote[]): Map<string, DimensionQuotes> {
  return new Map([...quotesBySection(quotes, "theme")].map(([key, shown]) => [key, asDimensionQuotes(shown)]));
}

/**
 * The headline's voice for one gap: the best quote not already used by an earlier headline entry, so
 * one story chosen for several dimensions does not speak for all of them; reused only if it is the
 * sole voice.
 */
export function pickHeadlineQuote(quotes: DimensionQuotes, alreadyUsed: ReadonlySet<string>): QuoteShown | NoVoice {
  if (quotes.none) return quotes;
  return quotes.quotes.find((quote) => !alreadyUsed.has(quote.id)) ?? quotes.quotes[0];
}
