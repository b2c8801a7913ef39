// Translations of a story, checked by the community (ADR 021, docs/security.md 1.15). A coordinator of the
// teller's organisation (or the translator they named, ADR 032) adds one; the teller says whether it is what they said. A translation is the story in
// other words: sealed like it, read exactly where the consent rule lets the story be read, and erased with it.
import { and, asc, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { stories, storyTranslations } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { UI_LANGUAGES } from "~/i18n";
import { TRANSLATING, mayRead, storyFacts, type Purpose, type Viewer } from "../consent.server";
import { db } from "../platform/context.server";
import { fieldErrors, formText, type FieldErrors } from "../platform/http.server";
import { open, seal } from "../platform/sealed-fields.server";
import { isCoordinatorOf, personNames, type Person } from "../people/people.server";
import { tellerMayChange } from "./teller-rights.server";
import type { QuoteTranslation } from "../../../reports/types";
import type { StoryTranslation, TranslationVerdict } from "./types";

export const TRANSLATION_MAX = 10_000;
const SEALED = { table: "story_translations", column: "text" } as const;

const TranslationSchema = z.object({
  language: z.enum(UI_LANGUAGES, { errorMap: () => ({ message: "translation.error.language" }) }),
  text: z.string().trim().min(1, "translation.error.text").max(TRANSLATION_MAX, "translation.error.text"),
});

/**
 * A coordinator of the teller's organisation, or the member they named its translator, who may read the
 * story (asked of the consent rule, never assumed): only then may they write what it says in another language.
 */
export function mayTranslate(person: Person, storyId: number): boolean {
  const facts = storyFacts(storyId);
  if (!facts || facts.withdrawn || !translatesFor(person, facts.organisationId)) return false;
  // Asked for the desk's purpose: a coordinator reads the story anyway, a translator only there (1.19).
  return mayRead({ kind: "person", person }, facts, TRANSLATING);
}

const translatesFor = (person: Person, organisationId: number) =>
  isCoordinatorOf(person, organisationId) ||
  person.memberships.some((m) => m.organisationId === organisationId && m.translatorSince !== null);

export type SaveTranslationResult = { ok: true } | { ok: false; errors: FieldErrors } | { ok: false; notFound: true };

/** The translation form of the coordinator's story page, checked at the edge. */
export function saveTranslation(person: Person, storyId: number, form: FormData, now = new Date()): SaveTranslationResult {
  if (!mayTranslate(person, storyId)) return { ok: false, notFound: true };
  const parsed = TranslationSchema.safeParse({ language: formText(form, "language"), text: formText(form, "text") });
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  return translateStory(person, storyId, parsed.data, now);
}

/** Adds or replaces the translation into one language; a new text asks the teller again. */
export function translateStory(
  person: Person,
  storyId: number,
  { language, text }: z.infer<typeof TranslationSchema>,
  now = new Date(),
): SaveTranslationResult {
  if (!mayTranslate(person, storyId)) return { ok: false, notFound: true };
  return writeTransaction(db(), (tx): SaveTranslationResult => {
    const story = tx
      .select({ language: stories.language, withdrawnAt: stories.withdrawnAt })
      .from(stories)
      .where(eq(stories.id, storyId))
      .get();
    if (!story || story.withdrawnAt) return { ok: false, notFound: true };
    if (story.language === language) return { ok: false, errors: { language: "translation.error.same_language" } };
    const fresh = { translatedBy: person.id, tellerVerdict: null, verdictAt: null, createdAt: now.toISOString() };
    const { id } = tx
      .insert(storyTranslations)
      .values({ storyId, language, textEnc: "", ...fresh })
      .onConflictDoUpdate({ target: [storyTranslations.storyId, storyTranslations.language], set: fresh })
      .returning({ id: storyTranslations.id })
      .get();
    // Sealed under its own row id, so a ciphertext copied to another row does not open.
    tx.update(storyTranslations)
      .set({ textEnc: seal(SEALED, id, text) })
      .where(eq(storyTranslations.id, id))
      .run();
    return { ok: true };
  });
}

/** The translations of one story, for a viewer the consent rule lets read the story; nobody else gets any. */
export function translationsFor(viewer: Viewer, storyId: number, purpose: Purpose = { kind: "page" }): StoryTranslation[] {
  const facts = storyFacts(storyId);
  if (!facts || !mayRead(viewer, facts, purpose)) return [];
  return openTranslations([storyId]).get(storyId) ?? [];
}

function openTranslations(storyIds: number[]): Map<number, StoryTranslation[]> {
  const byStory = new Map<number, StoryTranslation[]>();
  if (storyIds.length === 0) return byStory;
  const rows = db()
    .select()
    .from(storyTranslations)
    .innerJoin(stories, eq(stories.id, storyTranslations.storyId))
    .where(inArray(storyTranslations.storyId, storyIds))
    .orderBy(asc(storyTranslations.language))
    .all()
    .filter((r) => r.stories.withdrawnAt === null);
  const names = personNames([...new Set(rows.map((r) => r.story_translations.translatedBy))]);
  for (const { story_translations: t } of rows) {
    const list = byStory.get(t.storyId) ?? [];
    list.push({
      id: t.id,
      language: t.language,
      text: open(SEALED, t.id, t.textEnc) ?? "",
      translatorName: names.get(t.translatedBy) ?? "",
      verdict: t.tellerVerdict,
      translatedAt: t.createdAt,
    });
    byStory.set(t.storyId, list);
  }
  return byStory;
}

/** The teller (by account or receipt code) says whether a translation is what they said. */
export function judgeTranslation(
  viewer: Viewer,
  storyId: number,
  translationId: number,
  verdict: TranslationVerdict,
  now = new Date(),
): boolean {
  if (!tellerMayChange(viewer, storyId)) return false;
  const changed = db()
    .update(storyTranslations)
    .set({ tellerVerdict: verdict, verdictAt: now.toISOString() })
    .where(and(eq(storyTranslations.id, translationId), eq(storyTranslations.storyId, storyId)))
    .run().changes;
  return changed === 1;
}

/**
 * What a report quotes beside a story's original: every translation its teller has not disputed, for all of a
 * report's stories in one query. Only for quotes the consent rule already let this reader read (the report's
 * quote loaders ask it first).
 */
export function quotedTranslationsOf(storyIds: readonly number[]): Map<number, QuoteTranslation[]> {
  const opened = openTranslations([...new Set(storyIds)]);
  return new Map(
    [...opened].map(([storyId, list]) => [
      storyId,
      list
        .filter((t) => t.verdict !== "disputed")
        .map((t) => ({ language: t.language, text: t.text, translatorName: t.translatorName, confirmed: t.verdict === "confirmed" })),
    ]),
  );
}
