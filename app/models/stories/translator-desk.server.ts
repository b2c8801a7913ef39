// The translator's desk: the organisation's shared stories its translator may read, and one of them with its
// translations and the form. What is listed is exactly what the consent rule lets the translator read
// (docs/security.md 1.19); no teller's name, no read receipts, no themes: only what translating needs.
import { and, desc, eq, inArray, or } from "drizzle-orm";
import { rounds, stories, storyTranslations } from "../../../db/schema";
import { idParam } from "../access.server";
import { TRANSLATING, mayRead, storiesVisibleTo, storyFacts } from "../consent.server";
import { requirePerson } from "../people/auth.server";
import { getOrganisation } from "../people/organisations.server";
import { partnershipsOfOrganisations } from "../people/partnerships.server";
import type { Person } from "../people/people.server";
import { db } from "../platform/context.server";
import { notFound } from "../platform/http.server";
import { open } from "../platform/sealed-fields.server";
import { mayTranslate, translationsFor } from "./translations.server";

export type TranslatorDesk = { id: number; name: string; partnershipIds: number[] };

const EXCERPT = 160;

/** The organisation if this person is its named translator; anyone else gets the 404 of a page not there. */
export function requireTranslator(request: Request, organisationIdParam: string | undefined): { person: Person; desk: TranslatorDesk } {
  const person = requirePerson(request);
  const id = idParam(organisationIdParam);
  const named = person.memberships.some((m) => m.organisationId === id && m.translatorSince !== null);
  const organisation = named ? getOrganisation(id) : null;
  if (!organisation) throw notFound();
  const partnershipIds = partnershipsOfOrganisations([id])
    .filter((p) => p.role === "community_partner")
    .map((p) => p.partnershipId);
  return { person, desk: { id, name: organisation.name, partnershipIds } };
}

/** The stories waiting on the desk, newest first, each with the languages it already has. */
export function storiesToTranslate(person: Person, desk: TranslatorDesk) {
  if (desk.partnershipIds.length === 0) return [];
  const viewer = { kind: "person" as const, person };
  const rows = db()
    .select({
      id: stories.id,
      publicId: stories.publicId,
      textEnc: stories.textEnc,
      language: stories.language,
      createdAt: stories.createdAt,
      roundLabel: rounds.label,
    })
    .from(stories)
    .innerJoin(rounds, eq(rounds.id, stories.roundId))
    .where(and(eq(stories.organisationId, desk.id), or(...desk.partnershipIds.map((id) => storiesVisibleTo(viewer, id, TRANSLATING)))))
    .orderBy(desc(stories.createdAt), desc(stories.id))
    .all();
  const languages = new Map<number, string[]>();
  if (rows.length) {
    const done = db()
      .select({ storyId: storyTranslations.storyId, language: storyTranslations.language })
      .from(storyTranslations)
      .where(
        inArray(
          storyTranslations.storyId,
          rows.map((r) => r.id),
        ),
      )
      .all();
    for (const t of done) languages.set(t.storyId, [...(languages.get(t.storyId) ?? []), t.language]);
  }
  return rows.map((r) => {
    const text = open({ table: "stories", column: "text" }, r.id, r.textEnc) ?? "";
    return {
      id: r.publicId,
      excerpt: text.length > EXCERPT ? `${text.slice(0, EXCERPT)}…` : text,
      language: r.language,
      toldAt: r.createdAt,
      roundLabel: r.roundLabel,
      translatedInto: languages.get(r.id) ?? [],
    };
  });
}

/** One story on the desk, or null: a story of another organisation, or one the rule keeps from the translator. */
export function storyToTranslate(person: Person, desk: TranslatorDesk, storyId: number) {
  const facts = storyFacts(storyId);
  const viewer = { kind: "person" as const, person };
  if (!facts || facts.organisationId !== desk.id || !mayRead(viewer, facts, TRANSLATING)) return null;
  const row = db()
    .select({ publicId: stories.publicId, textEnc: stories.textEnc, language: stories.language, createdAt: stories.createdAt })
    .from(stories)
    .where(eq(stories.id, storyId))
    .get();
  if (!row) return null;
  return {
    id: row.publicId,
    text: open({ table: "stories", column: "text" }, storyId, row.textEnc) ?? "",
    language: row.language,
    toldAt: row.createdAt,
    translations: translationsFor(viewer, storyId, TRANSLATING),
    mayTranslate: mayTranslate(person, storyId),
  };
}
