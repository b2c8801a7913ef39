// Each integration test gets its own migrated SQLite file, opened with the production pragmas.
import fs from "node:fs";
import { afterEach, beforeEach } from "vitest";
import { freshDatabase, type TestDb } from "../support/test-db";
import { freshDemoDatabase } from "../support/demo-db";

export { demoSnapshotReady } from "../support/demo-db";

let current: TestDb | null = null;

beforeEach(() => {
  current = freshDatabase();
});

afterEach(() => {
  current?.close();
  current = null;
});

export function testDb(): TestDb {
  if (!current) throw new Error("no test database");
  return current;
}

/** Swaps this test's empty database for its own copy of the seeded demo alliance: what it writes stays its own. */
export async function useDemoDatabase() {
  current?.close();
  current = null;
  const { testDb: copy, demo, seededAt } = await freshDemoDatabase();
  current = copy;
  return { demo, seededAt };
}

/** The bytes of this test's database file and its write-ahead log, as one buffer to search: what a thief would get. */
export function databaseBytes(): Buffer {
  const file = testDb().file;
  return Buffer.concat(["", "-wal"].map((suffix) => (fs.existsSync(file + suffix) ? fs.readFileSync(file + suffix) : Buffer.alloc(0))));
}

export const contains = (bytes: Buffer, needle: string) => bytes.includes(Buffer.from(needle, "utf8"));
