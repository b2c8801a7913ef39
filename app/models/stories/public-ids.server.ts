// Stories and example answers are named in addresses and forms by a random public id, never by their row id
// (docs/security.md 1.12): row ids count up, so `/inbox/17` beside `/inbox/19` would show where a story the
// reader may not open sits. Routes turn the public id back into the row here; a malformed or unknown id is
// the same 404 as a story the reader may not read, because the consent check that follows sees no row.
// Each lookup says `public_id <> ''` so SQLite may use the partial unique index (db/schema-columns.ts).
import { and, eq, inArray, sql } from "drizzle-orm";
import { narratives, stories } from "../../../db/schema";
import { db } from "../platform/context.server";
import { notFound } from "../platform/http.server";

// 22 characters from the app (16 random bytes, base64url); 32 hex characters for rows made before public ids.
const PUBLIC_ID = /^[A-Za-z0-9_-]{22,32}$/;

export const isPublicId = (value: string | undefined | null): value is string => typeof value === "string" && PUBLIC_ID.test(value);

/** The row behind a story's public id, or null. */
export function storyRowOf(publicId: string | undefined | null): number | null {
  if (!isPublicId(publicId)) return null;
  return (
    db()
      .select({ id: stories.id })
      .from(stories)
      .where(and(eq(stories.publicId, publicId), sql`${stories.publicId} <> ''`))
      .get()?.id ?? null
  );
}

/** A route's `:storyId`: the row behind it, or the 404 every story the reader may not read gets. */
export function storyIdParam(value: string | undefined): number {
  const id = storyRowOf(value);
  if (id === null) throw notFound();
  return id;
}

/** The rows behind several public ids (unknown ones are left out), for forms that tick stories. */
export function storyRowsOf(publicIds: readonly string[]): Map<string, number> {
  const wanted = publicIds.filter(isPublicId);
  if (!wanted.length) return new Map();
  const rows = db()
    .select({ id: stories.id, publicId: stories.publicId })
    .from(stories)
    .where(and(inArray(stories.publicId, wanted), sql`${stories.publicId} <> ''`))
    .all();
  return new Map(rows.map((row) => [row.publicId, row.id]));
}

/** The row behind an example answer's public id, or null. */
export function narrativeRowOf(publicId: string | undefined | null): number | null {
  if (!isPublicId(publicId)) return null;
  return (
    db()
      .select({ id: narratives.id })
      .from(narratives)
      .where(and(eq(narratives.publicId, publicId), sql`${narratives.publicId} <> ''`))
      .get()?.id ?? null
  );
}
