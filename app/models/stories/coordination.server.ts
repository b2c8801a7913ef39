// The community's side: a coordinator reads every story of their organisation (through the consent rule,
// like everyone), sees which INGO staff member first read each shared one, co-codes them with themes and
// puts forward the `report` stories they would like quoted.
import { and, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { consentScopes, organisations, quoteChoices, rounds, stories, storyReads, type ConsentScope } from "../../../db/schema";
import { DIMENSIONS, isDimension } from "../../../surveys/dimensions";
import { idParam } from "../access.server";
import { requirePerson } from "../people/auth.server";
import { mayRead, storiesVisibleTo, storyFacts } from "../consent.server";
import { db } from "../platform/context.server";
import { attributionOf } from "../listening/inbox.server";
import { getOrganisation } from "../people/organisations.server";
import { partnershipsOfOrganisations } from "../people/partnerships.server";
import { isCoordinatorOf, personNames, type Person } from "../people/people.server";
import { notFound } from "../platform/http.server";
import { listRounds } from "../rounds/rounds.server";
import { answeredColumn } from "../listening/answers.server";
import { open } from "../platform/sealed-fields.server";
import { listThemes, themesOfStories } from "./themes.server";
import { storyCardColumns } from "./columns.server";
import { mayTranslate, translationsFor } from "./translations.server";
import type { CoordinatorStory, StoryFilterChoices, StoryFilters } from "./types";

export type CoordinatedOrganisation = { id: number; name: string; partnershipIds: number[] };

/** The organisation if this person coordinates it as a community partner; anyone else gets null (404). */
export function coordinatedOrganisation(person: Person, organisationId: number): CoordinatedOrganisation | null {
  const organisation = getOrganisation(organisationId);
  if (!organisation || !isCoordinatorOf(person, organisationId)) return null;
  const partnershipIds = partnershipsOfOrganisations([organisationId])
    .filter((p) => p.role === "community_partner")
    .map((p) => p.partnershipId);
  return partnershipIds.length ? { id: organisation.id, name: organisation.name, partnershipIds } : null;
}

/** For the coordinator's pages: the signed-in coordinator and their organisation, or the 404 of a page not there. */
export function requireCoordinator(request: Request, organisationIdParam: string | undefined) {
  const person = requirePerson(request);
  const organisation = coordinatedOrganisation(person, idParam(organisationIdParam));
  if (!organisation) throw notFound();
  return { person, organisation };
}

/** The organisation's live stories this person may read, as SQL: the consent rule per partnership. */
export function organisationStoriesWhere(person: Person, organisation: CoordinatedOrganisation): SQL {
  const viewer = { kind: "person" as const, person };
  return and(eq(stories.organisationId, organisation.id), or(...organisation.partnershipIds.map((id) => storiesVisibleTo(viewer, id))))!;
}

const idOrNull = (value: string | null) => (value && /^[1-9][0-9]{0,14}$/.test(value) ? Number(value) : null);

/** GET parameters as filters; a value that is not one is no filter at all. */
export function storyFiltersFrom(url: URL): StoryFilters {
  const p = url.searchParams;
  const scope = p.get("scope");
  return {
    roundId: idOrNull(p.get("round")),
    dimension: isDimension(p.get("dimension")) ? p.get("dimension") : null,
    themeId: idOrNull(p.get("theme")),
    scope: consentScopes.includes(scope as ConsentScope) ? (scope as ConsentScope) : null,
  };
}

function filtersSql(f: StoryFilters): SQL[] {
  const where: SQL[] = [];
  if (f.roundId) where.push(eq(stories.roundId, f.roundId));
  if (f.scope) where.push(eq(stories.scope, f.scope));
  if (f.dimension) where.push(sql`exists (select 1 from json_each(${stories.dimensions}) d where d.value = ${f.dimension})`);
  if (f.themeId) where.push(sql`exists (select 1 from story_themes st where st.story_id = ${stories.id} and st.theme_id = ${f.themeId})`);
  return where;
}

const storyColumns = {
  ...storyCardColumns,
  partnershipId: stories.partnershipId,
  putForward: stories.putForward,
  readBy: storyReads.personId,
  readAt: storyReads.readAt,
  answered: answeredColumn,
};

type StoryRow = ReturnType<ReturnType<typeof selectStories>["all"]>[number];

function selectStories(where: SQL) {
  return db()
    .select(storyColumns)
    .from(stories)
    .innerJoin(organisations, eq(organisations.id, stories.organisationId))
    .innerJoin(rounds, eq(rounds.id, stories.roundId))
    .leftJoin(storyReads, eq(storyReads.storyId, stories.id))
    .where(where)
    .orderBy(desc(stories.createdAt), desc(stories.id));
}

function shape(rows: StoryRow[]): CoordinatorStory[] {
  const names = personNames([...new Set(rows.flatMap((r) => (r.readBy ? [r.readBy] : [])))]);
  const themes = themesOfStories(rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.publicId,
    text: open({ table: "stories", column: "text" }, r.id, r.textEnc) ?? "",
    language: r.language,
    attribution: attributionOf(r),
    roundLabel: r.roundLabel,
    toldAt: r.createdAt,
    dimensions: r.dimensions,
    felt: r.felt,
    power: r.power,
    scope: r.scope,
    tieOrganisationName: r.tieOrganisationName,
    putForward: r.putForward,
    themes: themes.get(r.id) ?? [],
    // The read receipt: which INGO staff member first read it, and when.
    firstRead: r.readAt ? { readerName: names.get(r.readBy!) ?? "", readAt: r.readAt } : null,
    answered: Boolean(r.answered),
  }));
}

export function listOrganisationStories(person: Person, organisation: CoordinatedOrganisation, filters: StoryFilters) {
  return shape(selectStories(and(organisationStoriesWhere(person, organisation), ...filtersSql(filters))!).all());
}

/** What the filter form offers: the rounds and themes of the organisation's partnerships. */
export function storyFilterChoices(organisation: CoordinatedOrganisation): StoryFilterChoices {
  return {
    rounds: organisation.partnershipIds.flatMap((id) => listRounds(id).map((r) => ({ id: r.id, label: r.label }))),
    dimensions: [...DIMENSIONS],
    themes: organisation.partnershipIds.flatMap((id) => listThemes(id)),
    scopes: [...consentScopes],
  };
}

/** One story of the organisation, or null: another organisation's story is the same 404 as none. */
export function organisationStory(person: Person, organisation: CoordinatedOrganisation, storyId: number) {
  const facts = storyFacts(storyId);
  if (!facts || facts.organisationId !== organisation.id || !mayRead({ kind: "person", person }, facts, { kind: "page" })) return null;
  const [story] = shape(selectStories(eq(stories.id, storyId)).all());
  if (!story) return null;
  const translations = translationsFor({ kind: "person", person }, storyId);
  return { ...story, themeChoices: listThemes(facts.partnershipId), translations, mayTranslate: mayTranslate(person, storyId) };
}

export type PutForwardResult = { ok: true } | { ok: false; reason: "gone" | "not_report" };

/** Only a story its teller let be quoted (`report`) can be put forward; taking it back is always possible. */
export function setPutForward(person: Person, organisation: CoordinatedOrganisation, storyId: number, on: boolean): PutForwardResult {
  const story = organisationStory(person, organisation, storyId);
  if (!story) return { ok: false, reason: "gone" };
  if (on && story.scope !== "report") return { ok: false, reason: "not_report" };
  const scopeStillAllows = on ? eq(stories.scope, "report") : sql`1`;
  db()
    .update(stories)
    .set({ putForward: on })
    .where(and(eq(stories.id, storyId), scopeStillAllows))
    .run();
  // Taken back here, it is taken back from every section of every report it was chosen for (docs/decisions/016).
  if (!on) db().delete(quoteChoices).where(eq(quoteChoices.storyId, storyId)).run();
  return { ok: true };
}

/** For the home page: stories of the organisation no theme has been given yet. */
export function storiesToCode(person: Person, organisation: CoordinatedOrganisation): number {
  const uncoded = sql`not exists (select 1 from story_themes st where st.story_id = ${stories.id})`;
  const row = db()
    .select({ n: sql<number>`count(*)` })
    .from(stories)
    .where(and(organisationStoriesWhere(person, organisation), uncoded))
    .get();
  return Number(row?.n ?? 0);
}
