import { isSuppressed, type Figure } from "./figure-value";
import type { DimensionQuotes, NoVoice, QuoteShown } from "./quotes";

/** One figure of the report, flat, for CSV and for funders' systems. */
export interface FigureRow {
  section: string;
  figure: string;
  dimension: string;
  organisation: string;
  round: string;
  value: number | string | "";
  /** The respondents (or stories) the figure rests on; "" when hidden or not about people. */
  n: number | "";
  suppressed: boolean;
  note: string;
}

export type RowContext = Pick<FigureRow, "section" | "round"> & Partial<Pick<FigureRow, "dimension" | "organisation">>;

/**
 * The one note every hidden figure carries, whatever hid it: a note that told "fewer than k" from
 * "hidden so that…" told a solver which cells held 1..k−1 (docs/decisions/012).
 */
export const SUPPRESSED_NOTE = (k: number) => `hidden (small numbers, k = ${k})`;

// Three decimals keep shares and means readable without hiding differences the page rounds anyway.
const rounded = (value: number) => Math.round(value * 1000) / 1000 || 0;

/** `note` goes with a shown figure; `whenMissing` explains a null one (default: no answers). */
export interface RowNotes {
  note?: string;
  whenMissing?: string;
}

/** A row for a numeric figure; `n` is dropped when the figure itself is hidden or missing. */
export function figureRow(
  context: RowContext,
  figure: string,
  value: Figure,
  n: Figure | "" = "",
  { note = "", whenMissing = "no answers" }: RowNotes = {},
): FigureRow {
  const base = { dimension: "", organisation: "", ...context, figure };
  if (isSuppressed(value)) {
    return { ...base, value: "", n: "", suppressed: true, note: SUPPRESSED_NOTE(value.k) };
  }
  if (value === null) return { ...base, value: "", n: "", suppressed: false, note: whenMissing };
  return { ...base, value: rounded(value), n: typeof n === "number" ? n : "", suppressed: false, note };
}

/** A row whose value is words (a status, a quote, a reading): never a figure, never suppressed. */
export function textRow(context: RowContext, figure: string, value: string | null, note = ""): FigureRow {
  return { dimension: "", organisation: "", ...context, figure, value: value ?? "", n: "", suppressed: false, note };
}

/** The smaller n of two sides: a difference rests on the thinner of its two means. */
export function smallerN(a: Figure, b: Figure): Figure {
  return typeof a === "number" && typeof b === "number" ? Math.min(a, b) : null;
}

export function quoteRow(context: RowContext, figure: string, quote: QuoteShown | NoVoice): FigureRow {
  if ("none" in quote) return textRow(context, figure, null, "no consented voice for this dimension");
  return textRow(
    context,
    figure,
    quote.text,
    `language: ${quote.language}; ${quote.attribution ? `by ${quote.attribution}` : "anonymous"}`,
  );
}

export function dimensionQuoteRows(context: RowContext, quotes: DimensionQuotes): FigureRow[] {
  return quotes.none ? [quoteRow(context, "quote", quotes)] : quotes.quotes.map((quote) => quoteRow(context, "quote", quote));
}
