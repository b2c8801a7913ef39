// Statements prepared once per database connection. Otherwise drizzle builds the SQL and better-sqlite3 compiles
// it again on every call, which on a path every request takes (the session, the person, the round) costs more
// than running the query. Keyed by the database: tests and tools open several, and a statement belongs to one.
import type { Db } from "../../../db/client";

export function preparedOnce<T>(build: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let found = cache.get(db);
    if (!found) cache.set(db, (found = build(db)));
    return found;
  };
}
