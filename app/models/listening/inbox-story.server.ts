// One shared story as INGO staff open it. Opening is what the teller's organisation sees as the read
// receipt, so the first opening is recorded here, and only after the consent rule allowed it.
import { asc, eq } from "drizzle-orm";
import { actions, actionStories, organisations, rounds, stories, storyReads, storyThemes, themes } from "../../../db/schema";
import { db } from "../platform/context.server";
import { storyOpenToIngo } from "./inbox-access.server";
import { attributionOf } from "./inbox.server";
import { personNames, type Person } from "../people/people.server";
import { answersTo } from "./answers.server";
import { open } from "../platform/sealed-fields.server";
import { storyCardColumns } from "../stories/columns.server";
import { translationsFor } from "../stories/translations.server";

/**
 * The first read only: a later opening, by the same or another staff member, changes nothing (insert or
 * ignore on the story's primary key). Recorded when a person opens the page in the browser (a document
 * navigation, ADR 010) or presses "mark as read"; a prefetch, a `.data` fetch, a HEAD or a crawler never
 * counts. Cookies are SameSite=Lax with frame-ancestors 'none', so only a real top-level visit can cause one.
 */
export function recordFirstRead(storyId: number, personId: number, at = new Date()) {
  db().insert(storyReads).values({ storyId, personId, readAt: at.toISOString() }).onConflictDoNothing().run();
}

export function firstReadOf(storyId: number) {
  const row = db().select().from(storyReads).where(eq(storyReads.storyId, storyId)).get();
  if (!row) return null;
  return { readAt: row.readAt, readerName: personNames([row.personId]).get(row.personId) ?? "" };
}

/**
 * Opens a story for INGO staff, or null (the route's 404) when they may not; `read` says whether this
 * opening is a person reading it (see recordFirstRead).
 */
export function openStoryForIngo(person: Person, storyId: number, read: boolean, now = new Date()) {
  const allowed = storyOpenToIngo(person, storyId);
  if (!allowed) return null;
  if (read) recordFirstRead(storyId, person.id, now);
  const row = db()
    .select({
      ...storyCardColumns,
    })
    .from(stories)
    .innerJoin(organisations, eq(organisations.id, stories.organisationId))
    .innerJoin(rounds, eq(rounds.id, stories.roundId))
    .where(eq(stories.id, storyId))
    .get()!;
  const storyThemeNames = db()
    .select({ name: themes.name })
    .from(storyThemes)
    .innerJoin(themes, eq(themes.id, storyThemes.themeId))
    .where(eq(storyThemes.storyId, storyId))
    .orderBy(asc(themes.name))
    .all();
  const linked = db()
    .select({ id: actions.id, title: actions.title, status: actions.status })
    .from(actionStories)
    .innerJoin(actions, eq(actions.id, actionStories.actionId))
    .where(eq(actionStories.storyId, storyId))
    .orderBy(asc(actions.id))
    .all();
  return {
    story: {
      id: row.publicId,
      partnershipId: allowed.partnershipId,
      text: open({ table: "stories", column: "text" }, row.id, row.textEnc) ?? "",
      language: row.language,
      attribution: attributionOf(row),
      roundLabel: row.roundLabel,
      dimensions: row.dimensions,
      felt: row.felt,
      power: row.power,
      scope: row.scope,
      toldAt: row.createdAt,
      tieOrganisationName: row.tieOrganisationName,
      themes: storyThemeNames.map((t) => t.name),
      translations: translationsFor({ kind: "person", person }, storyId),
    },
    firstRead: firstReadOf(storyId),
    answers: answersTo(storyId).map((a) => ({
      id: a.id,
      heard: a.heard,
      willDo: a.willDo,
      createdAt: a.createdAt,
      authorName: a.authorName,
      organisationName: a.organisationName,
    })),
    linkedActions: linked,
  };
}
