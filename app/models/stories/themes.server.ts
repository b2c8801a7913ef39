// Themes: the labels the community co-codes stories with. They belong to the partnership and are the
// community's to name, so only coordinators of its community partners make, rename and merge them; a
// coordinator tags only stories the consent rule lets them read as coordinator (their own organisation's).
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { stories, storyThemes, themes } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { standingIn, storiesVisibleTo } from "../consent.server";
import { db } from "../platform/context.server";
import type { Person } from "../people/people.server";
import { moveGoalTree } from "../plans/goal-tree.server";

export const THEME_NAME_MAX = 80;

export const ThemeNameSchema = z.string().trim().min(1, "theme.error.name").max(THEME_NAME_MAX, "theme.error.name");

export function mayManageThemes(person: Person, partnershipId: number): boolean {
  return standingIn(person, partnershipId).coordinatorOf.size > 0;
}

export function listThemes(partnershipId: number): { id: number; name: string }[] {
  return db()
    .select({ id: themes.id, name: themes.name })
    .from(themes)
    .where(eq(themes.partnershipId, partnershipId))
    .orderBy(asc(themes.name), asc(themes.id))
    .all();
}

export function themesOfStories(storyIds: number[]): Map<number, { id: number; name: string }[]> {
  const map = new Map<number, { id: number; name: string }[]>();
  if (storyIds.length === 0) return map;
  const rows = db()
    .select({ storyId: storyThemes.storyId, id: themes.id, name: themes.name })
    .from(storyThemes)
    .innerJoin(themes, eq(themes.id, storyThemes.themeId))
    .where(inArray(storyThemes.storyId, storyIds))
    .orderBy(asc(themes.name))
    .all();
  for (const r of rows) map.set(r.storyId, [...(map.get(r.storyId) ?? []), { id: r.id, name: r.name }]);
  return map;
}

/** Stories per theme, counted over the stories this person may read: a count is a read too. */
export function themeCounts(person: Person, partnershipId: number): Map<number, number> {
  const rows = db()
    .select({ themeId: storyThemes.themeId, n: sql<number>`count(*)` })
    .from(storyThemes)
    .innerJoin(stories, eq(stories.id, storyThemes.storyId))
    .where(storiesVisibleTo({ kind: "person", person }, partnershipId))
    .groupBy(storyThemes.themeId)
    .all();
  return new Map(rows.map((r) => [r.themeId, Number(r.n)]));
}

function themeOf(themeId: number) {
  return db().select().from(themes).where(eq(themes.id, themeId)).get() ?? null;
}

const nameTaken = (partnershipId: number, name: string, except?: number) =>
  listThemes(partnershipId).some((t) => t.id !== except && t.name.toLocaleLowerCase() === name.toLocaleLowerCase());

export type ThemeResult = { ok: true; themeId: number } | { ok: false; errors: Record<string, string> } | { ok: false; notFound: true };

export function createTheme(person: Person, partnershipId: number, rawName: string): ThemeResult {
  if (!mayManageThemes(person, partnershipId)) return { ok: false, notFound: true };
  const name = ThemeNameSchema.safeParse(rawName);
  if (!name.success) return { ok: false, errors: { name: name.error.issues[0].message } };
  if (nameTaken(partnershipId, name.data)) return { ok: false, errors: { name: "theme.error.taken" } };
  const { id } = db().insert(themes).values({ partnershipId, name: name.data }).returning({ id: themes.id }).get();
  return { ok: true, themeId: id };
}

export function renameTheme(person: Person, themeId: number, rawName: string): ThemeResult {
  const theme = themeOf(themeId);
  if (!theme || !mayManageThemes(person, theme.partnershipId)) return { ok: false, notFound: true };
  const name = ThemeNameSchema.safeParse(rawName);
  if (!name.success) return { ok: false, errors: { name: name.error.issues[0].message } };
  if (nameTaken(theme.partnershipId, name.data, themeId)) return { ok: false, errors: { name: "theme.error.taken" } };
  db().update(themes).set({ name: name.data }).where(eq(themes.id, themeId)).run();
  return { ok: true, themeId };
}

/** Every story of `fromId` gets `intoId` (once), then `fromId` is gone: one IMMEDIATE transaction. */
export function mergeThemes(person: Person, fromId: number, intoId: number): ThemeResult {
  const from = themeOf(fromId);
  const into = themeOf(intoId);
  if (!from || !into || !mayManageThemes(person, from.partnershipId)) return { ok: false, notFound: true };
  if (from.partnershipId !== into.partnershipId || fromId === intoId) return { ok: false, errors: { into: "theme.error.merge" } };
  writeTransaction(db(), (tx) => {
    const tagged = tx.select({ storyId: storyThemes.storyId }).from(storyThemes).where(eq(storyThemes.themeId, fromId)).all();
    if (tagged.length)
      tx.insert(storyThemes)
        .values(tagged.map((t) => ({ storyId: t.storyId, themeId: intoId })))
        .onConflictDoNothing()
        .run();
    // The merged theme's goal tree and its history go with its stories: deleting the theme must not erase them.
    moveGoalTree(tx, fromId, intoId);
    tx.delete(themes).where(eq(themes.id, fromId)).run();
  });
  return { ok: true, themeId: intoId };
}

/** A live story this person codes as coordinator of its organisation, and a theme of its partnership. */
function codable(person: Person, storyId: number, themeId: number) {
  const story = db()
    .select({ organisationId: stories.organisationId, partnershipId: stories.partnershipId })
    .from(stories)
    .where(and(eq(stories.id, storyId), isNull(stories.withdrawnAt)))
    .get();
  const theme = themeOf(themeId);
  if (!story || !theme || theme.partnershipId !== story.partnershipId) return false;
  return standingIn(person, story.partnershipId).coordinatorOf.has(story.organisationId);
}

export function attachTheme(person: Person, storyId: number, themeId: number): boolean {
  if (!codable(person, storyId, themeId)) return false;
  db().insert(storyThemes).values({ storyId, themeId }).onConflictDoNothing().run();
  return true;
}

export function detachTheme(person: Person, storyId: number, themeId: number): boolean {
  if (!codable(person, storyId, themeId)) return false;
  db()
    .delete(storyThemes)
    .where(and(eq(storyThemes.storyId, storyId), eq(storyThemes.themeId, themeId)))
    .run();
  return true;
}

/** The story's themes become exactly `themeIds` (those of its partnership); false when the story is not the coder's. */
export function setStoryThemes(person: Person, storyId: number, themeIds: number[]): boolean {
  const story = db()
    .select({ organisationId: stories.organisationId, partnershipId: stories.partnershipId })
    .from(stories)
    .where(and(eq(stories.id, storyId), isNull(stories.withdrawnAt)))
    .get();
  if (!story || !standingIn(person, story.partnershipId).coordinatorOf.has(story.organisationId)) return false;
  const offered = new Set(listThemes(story.partnershipId).map((t) => t.id));
  const wanted = [...new Set(themeIds)].filter((id) => offered.has(id));
  writeTransaction(db(), (tx) => {
    tx.delete(storyThemes).where(eq(storyThemes.storyId, storyId)).run();
    if (wanted.length)
      tx.insert(storyThemes)
        .values(wanted.map((themeId) => ({ storyId, themeId })))
        .run();
  });
  return true;
}
