// How a story opens as a report quote, in one place for every section that quotes one (the chosen quotes, the
// stories on ties, a frozen version's references). Who a quote names is the teller's consent choice
// (docs/security.md 1.5): written once, it cannot read one way in one section and another way in the next.
// Only for rows the consent rule already let this reader read; this opens, it does not decide.
import type { QuoteTranslation } from "../../../reports/types";
import { open } from "../platform/sealed-fields.server";

export type QuotableStory = {
  id: number;
  textEnc: string | null;
  signedNameEnc: string | null;
  attribution: "anonymous" | "name" | "organisation";
  organisationName: string;
};

/** The teller's choice, read now: anonymous names no one, not even the organisation. */
export function storyAttribution(row: QuotableStory): string | null {
  if (row.attribution === "organisation") return row.organisationName;
  if (row.attribution === "name") return open({ table: "stories", column: "signed_name" }, row.id, row.signedNameEnc);
  return null;
}

export const openStoryText = (row: Pick<QuotableStory, "id" | "textEnc">) =>
  open({ table: "stories", column: "text" }, row.id, row.textEnc);

/**
 * The story's words, who it names, and its translations, read for all of a report's stories in one query
 * (quotedTranslationsOf) and looked up here: they follow the story's consent exactly.
 */
export function openStoryQuote(row: QuotableStory, translationsById: ReadonlyMap<number, QuoteTranslation[]>) {
  return { text: openStoryText(row), attribution: storyAttribution(row), translations: translationsById.get(row.id) ?? [] };
}
