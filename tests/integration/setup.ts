// Each integration test gets its own migrated SQLite file, opened with the production pragmas.
import { afterEach, beforeEach } from "vitest";
import { freshDatabase, type TestDb } from "../support/test-db";

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
