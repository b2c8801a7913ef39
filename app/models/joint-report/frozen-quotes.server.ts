// The quotes of a frozen report version (docs/decisions/015-frozen-report-versions.md). A version keeps each
// quote as a reference ("story:12", "example:7") with its language and how the community had selected it —
// never its words. On every read each reference is asked again, through the consent module, whether this
// reader may still read it for a report; only then is its text opened. Consent always wins: a narrowed or
// withdrawn teller's consent, or a coordinator taking the quote out, removes it at once. Nothing is added.
import type { DimensionQuotes, NoVoice, QuoteShown } from "../../../reports/quotes";
import type { JointReport } from "../../../reports/report-shape";
import { mayRead } from "../consent.server";
import { chosenIds, exampleVoices, storyVoices } from "./frozen-voices.server";
import type { QuoteAccess } from "./quotes.server";
import { quotedTranslationsOf } from "../stories/translations.server";

/** How the community had selected a frozen quote: a selection taken back later takes the quote out. */
export type FrozenQuote = { id: string; putForward: boolean; chosen: boolean };

type Ref = { kind: "story" | "example"; rowId: number };

const REF = /^(story|example):([1-9][0-9]*)$/;

export function parseRef(id: string): Ref | null {
  const match = REF.exec(id);
  return match ? { kind: match[1] as Ref["kind"], rowId: Number(match[2]) } : null;
}

function isQuote(value: unknown): value is QuoteShown {
  if (typeof value !== "object" || value === null) return false;
  const q = value as Record<string, unknown>;
  return typeof q.id === "string" && typeof q.text === "string" && (q.kind === "story" || q.kind === "example");
}

/**
 * Every quote anywhere in the report, mapped by `each`; null drops it. Walks the whole report rather than
 * named sections, so a section added later (themes) can never carry a quote's words into a version unseen.
 * A list of quotes left empty reads "no voice", as a dimension without a consented quote does.
 */
export function mapQuotes<T>(value: T, each: (quote: QuoteShown) => QuoteShown | null): T {
  const walk = (node: unknown): unknown => {
    if (isQuote(node)) return each(node) ?? ({ none: true } satisfies NoVoice);
    if (Array.isArray(node))
      return node.flatMap((item) => {
        if (!isQuote(item)) return [walk(item)];
        const kept = each(item);
        return kept ? [kept] : [];
      });
    if (typeof node !== "object" || node === null) return node;
    const mapped = Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    const quotes = (mapped as { none?: unknown; quotes?: unknown }).quotes;
    if (mapped.none === false && Array.isArray(quotes) && quotes.length === 0) return { none: true } satisfies DimensionQuotes;
    return mapped;
  };
  return walk(value) as T;
}

/** The report with every quote's words and attribution blanked: what a version may keep. */
export function blankQuotes(report: JointReport): { report: JointReport; ids: string[] } {
  const ids = new Set<string>();
  const blanked = mapQuotes(report, (quote) => {
    ids.add(quote.id);
    return { id: quote.id, kind: quote.kind, text: "", language: quote.language, attribution: null };
  });
  return { report: blanked, ids: [...ids].sort() };
}

function split(ids: readonly string[]) {
  const refs = ids.flatMap((id) => parseRef(id) ?? []);
  return {
    storyIds: refs.filter((r) => r.kind === "story").map((r) => r.rowId),
    narrativeIds: refs.filter((r) => r.kind === "example").map((r) => r.rowId),
  };
}

export type FrozenTarget = { partnershipId: number; roundId: number; status: "review" | "released" };

/** How the community had selected each quote of a report about to be frozen. */
export function selectionOf(target: Omit<FrozenTarget, "status">, ids: readonly string[]): FrozenQuote[] {
  const { storyIds, narrativeIds } = split(ids);
  const voices = new Map([...storyVoices(target.roundId, storyIds), ...exampleVoices(target.roundId, target.partnershipId, narrativeIds)]);
  const chosen = chosenIds(target.roundId, storyIds, narrativeIds);
  return ids.map((id) => ({ id, putForward: voices.get(id)?.putForward ?? false, chosen: chosen.has(id) }));
}

/**
 * The frozen report with each quote this reader may still read filled in, and every other one gone. A quote
 * stays only while its teller's consent is still `report`, the consent module lets this reader read it for
 * a report in this status, and the community's selection of it (put forward, chosen) still stands.
 */
export function resolveFrozenQuotes(report: JointReport, selection: readonly FrozenQuote[], target: FrozenTarget, access: QuoteAccess) {
  if (access.kind === "none") return mapQuotes(report, () => null);
  const { storyIds, narrativeIds } = split(selection.map((q) => q.id));
  const voices = new Map([...storyVoices(target.roundId, storyIds), ...exampleVoices(target.roundId, target.partnershipId, narrativeIds)]);
  const chosen = chosenIds(target.roundId, storyIds, narrativeIds);
  const frozen = new Map(selection.map((q) => [q.id, q]));
  const purpose = { kind: "report", status: target.status } as const;
  const readable = new Set(
    selection.flatMap(({ id }) => {
      const voice = voices.get(id);
      const selected = frozen.get(id);
      if (!voice || !selected || voice.facts.scope !== "report") return [];
      if ((selected.chosen && !chosen.has(id)) || (selected.putForward && !voice.putForward)) return [];
      return mayRead(access.viewer, voice.facts, purpose, access.standing) ? [id] : [];
    }),
  );
  // Only what the consent module let through is opened, its translations read for all of it in one query.
  const translations = quotedTranslationsOf(split([...readable]).storyIds);
  return mapQuotes(report, (quote) => {
    const voice = voices.get(quote.id);
    if (!voice || !readable.has(quote.id)) return null;
    const text = voice.openText();
    if (!text) return null;
    const translated = voice.facts.storyId !== undefined ? (translations.get(voice.facts.storyId) ?? []) : [];
    return { ...quote, text, attribution: voice.openAttribution(), ...(translated.length ? { translations: translated } : {}) };
  });
}
