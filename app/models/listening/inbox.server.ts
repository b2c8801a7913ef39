// The INGO's inbox: the stories shared with it, newest and unanswered first. Every row passes the consent
// rule as SQL (storiesVisibleTo), and only stories the teller shared with the INGO are listed.
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { organisations, rounds, stories, storyReads, storyThemes, themes } from "../../../db/schema";
import { DIMENSIONS, isDimension } from "../../../surveys/dimensions";
import { SHARED_SCOPES, storiesVisibleTo } from "../consent.server";
import { db } from "../platform/context.server";
import { ingoPartnershipIds } from "./inbox-access.server";
import type { Person } from "../people/people.server";
import { open } from "../platform/sealed-fields.server";
import type { Attribution } from "../stories/types";
import type { InboxCounts, InboxFilterChoices, InboxFilters, InboxItem } from "./types";

export const EXCERPT_LENGTH = 280;

/** The teller's choice, honoured: an anonymous story does not even name its organisation. */
export function attributionOf(row: {
  id: number;
  attribution: "anonymous" | "name" | "organisation";
  signedNameEnc: string | null;
  organisationName: string;
}): Attribution {
  if (row.attribution === "organisation") return { kind: "organisation", name: row.organisationName };
  const name = row.attribution === "name" ? open({ table: "stories", column: "signed_name" }, row.id, row.signedNameEnc) : null;
  return name ? { kind: "name", name } : { kind: "anonymous" };
}

/** The first characters of a text, cut between code points so an emoji is never split. */
export function excerptOf(text: string | null, length = EXCERPT_LENGTH): string {
  if (!text) return "";
  const chars = [...text];
  return chars.length <= length ? text : `${chars.slice(0, length).join("").trimEnd()}…`;
}

/** GET parameters as filters; a value that is not a dimension or an id is no filter at all. */
export function inboxFiltersFrom(url: URL): InboxFilters {
  const dimension = url.searchParams.get("dimension");
  const theme = url.searchParams.get("theme") ?? "";
  return { dimension: isDimension(dimension) ? dimension : null, themeId: /^[1-9][0-9]{0,14}$/.test(theme) ? Number(theme) : null };
}

const answerCount = sql<number>`(select count(*) from story_answers a where a.story_id = ${stories.id})`;

/** The consent rule for each of the person's INGO partnerships, narrowed to stories shared with the INGO. */
function sharedWith(person: Person): SQL | null {
  const viewer = { kind: "person" as const, person };
  const each = ingoPartnershipIds(person).map((id) => storiesVisibleTo(viewer, id));
  if (each.length === 0) return null;
  return and(sql`(${sql.join(each, sql` or `)})`, inArray(stories.scope, [...SHARED_SCOPES]))!;
}

function filtersSql(filters: InboxFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.dimension) where.push(sql`exists (select 1 from json_each(${stories.dimensions}) d where d.value = ${filters.dimension})`);
  if (filters.themeId)
    where.push(sql`exists (select 1 from story_themes st where st.story_id = ${stories.id} and st.theme_id = ${filters.themeId})`);
  return where;
}

export const INBOX_PAGE_SIZE = 25;

/** The `page` GET parameter: 1 unless it is a whole number from 1 up. */
export function inboxPageFrom(url: URL): number {
  const page = url.searchParams.get("page") ?? "";
  return /^[1-9][0-9]{0,5}$/.test(page) ? Number(page) : 1;
}

/** How many stories the filters match, and how many of those still wait for an answer. */
export function inboxTotals(person: Person, filters: InboxFilters) {
  const visible = sharedWith(person);
  if (!visible) return { total: 0, waiting: 0 };
  const row = db()
    .select({ total: sql<number>`count(*)`, waiting: sql<number>`coalesce(sum(case when ${answerCount} = 0 then 1 else 0 end), 0)` })
    .from(stories)
    .where(and(visible, ...filtersSql(filters)))
    .get();
  return { total: Number(row?.total ?? 0), waiting: Number(row?.waiting ?? 0) };
}

/** One page of the inbox (all of it without `page`): only the page's stories are opened and decrypted. */
export function listInbox(
  person: Person,
  filters: InboxFilters = { dimension: null, themeId: null },
  page?: { number: number; size: number },
): InboxItem[] {
  const visible = sharedWith(person);
  if (!visible) return [];
  const rows = db()
    .select({
      id: stories.id,
      publicId: stories.publicId,
      roundLabel: rounds.label,
      organisationName: organisations.name,
      textEnc: stories.textEnc,
      signedNameEnc: stories.signedNameEnc,
      attribution: stories.attribution,
      dimensions: stories.dimensions,
      felt: stories.felt,
      power: stories.power,
      scope: stories.scope,
      createdAt: stories.createdAt,
      readAt: storyReads.readAt,
      answers: answerCount,
    })
    .from(stories)
    .innerJoin(rounds, eq(rounds.id, stories.roundId))
    .innerJoin(organisations, eq(organisations.id, stories.organisationId))
    .leftJoin(storyReads, eq(storyReads.storyId, stories.id))
    .where(and(visible, ...filtersSql(filters)))
    // Unanswered first, then newest: what still waits for the INGO is on top.
    .orderBy(sql`${answerCount} > 0`, desc(stories.createdAt), desc(stories.id))
    .limit(page ? page.size : -1)
    .offset(page ? (page.number - 1) * page.size : 0)
    .all();
  return rows.map((row) => ({
    id: row.publicId,
    roundLabel: row.roundLabel,
    excerpt: excerptOf(open({ table: "stories", column: "text" }, row.id, row.textEnc)),
    attribution: attributionOf(row),
    dimensions: row.dimensions,
    felt: row.felt,
    power: row.power,
    scope: row.scope,
    toldAt: row.createdAt,
    readAt: row.readAt,
    answered: row.answers > 0,
  }));
}

/** What the filter form offers: every dimension, and the themes on stories this person may read. */
export function inboxFilterChoices(person: Person): InboxFilterChoices {
  const visible = sharedWith(person);
  const themeRows = visible
    ? db()
        .selectDistinct({ id: themes.id, name: themes.name })
        .from(themes)
        .innerJoin(storyThemes, eq(storyThemes.themeId, themes.id))
        .innerJoin(stories, eq(stories.id, storyThemes.storyId))
        .where(visible)
        .orderBy(themes.name)
        .all()
    : [];
  return { dimensions: [...DIMENSIONS], themes: themeRows };
}

/** For the home page: how many shared stories still wait for an answer, and how many were never opened. */
export function inboxForHome(person: Person): InboxCounts | null {
  const visible = sharedWith(person);
  if (!visible) return null;
  const row = db()
    .select({
      unanswered: sql<number>`coalesce(sum(case when ${answerCount} = 0 then 1 else 0 end), 0)`,
      unread: sql<number>`coalesce(sum(case when ${storyReads.storyId} is null then 1 else 0 end), 0)`,
    })
    .from(stories)
    .leftJoin(storyReads, eq(storyReads.storyId, stories.id))
    .where(visible)
    .get();
  return { unanswered: Number(row?.unanswered ?? 0), unread: Number(row?.unread ?? 0) };
}

export function isIngoStaff(person: Person): boolean {
  return ingoPartnershipIds(person).length > 0;
}
