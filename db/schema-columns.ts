// Columns and helpers every table shares: when a row was made, and the random public id that names a story or
// an example answer in every address.
import { pooledRandomBytes } from "./random-pool";
import { sql } from "drizzle-orm";
import { text, uniqueIndex, type SQLiteColumn } from "drizzle-orm/sqlite-core";

export const createdAt = () =>
  text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/**
 * The name a story or an example answer has in every address, form and export a person receives: 16 random
 * bytes, base64url. Row ids count up, and a row id in an address would show where unshared or withdrawn
 * stories sit between the ones a reader may open (docs/security.md 1.12).
 */
export const newPublicId = () => pooledRandomBytes(16).toString("base64url");
// The app sets it on insert (newPublicId). The '' default exists because SQLite cannot add a NOT NULL column
// without a constant one; the migration backfills old rows and its triggers fill any row inserted without an
// id. The unique index leaves '' out, so lookups say `public_id <> ''` to use it.
export const publicId = () => text("public_id").notNull().default("");
export const publicIdIndex = (name: string, column: SQLiteColumn) =>
  uniqueIndex(name)
    .on(column)
    .where(sql`${column} <> ''`);
