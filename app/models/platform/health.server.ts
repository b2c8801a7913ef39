// The health check's one real query: a locked or broken database file answers false, never throws.
import { sql } from "drizzle-orm";
import { db } from "./context.server";

export function databaseIsHealthy(): boolean {
  try {
    return db().get<{ ok: number }>(sql`select 1 as ok from sqlite_master limit 1`)?.ok === 1;
  } catch {
    return false;
  }
}
