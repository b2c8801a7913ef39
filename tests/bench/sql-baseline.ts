// The joint report's figures for one partnership and round, written as hand-made SQL aggregates: the
// yardstick the report loader is measured against. Same rounds (all up to the report's round), same
// counts; no text opened, no suppression (that is arithmetic on these few rows). The best form for the
// database's indexes is used, so the yardstick stays honest if indexes are added.
import type Database from "better-sqlite3";
import { FIXED, VARIANTS } from "./scale-sql-queries";

/** Does some index of `table` start with exactly these columns, in this order? */
export function hasIndexOn(sqlite: Database.Database, table: string, columns: string[]): boolean {
  const indexes = sqlite.prepare(`select name from pragma_index_list(?)`).all(table) as { name: string }[];
  return indexes.some(({ name }) => {
    const cols = (sqlite.prepare(`select name from pragma_index_info(?) order by seqno`).all(name) as { name: string }[]).map(
      (c) => c.name,
    );
    return columns.every((column, i) => cols[i] === column);
  });
}

export function baselineQueries(sqlite: Database.Database): Record<string, string> {
  const coveringViews = hasIndexOn(sqlite, "metric_values", ["round_id", "dimension", "perspective", "value"]);
  const storyIndexes = hasIndexOn(sqlite, "story_answers", ["story_id"]) && hasIndexOn(sqlite, "action_stories", ["story_id"]);
  return {
    ...FIXED,
    views: coveringViews ? VARIANTS.views.indexed : VARIANTS.views.plain,
    listening: storyIndexes ? VARIANTS.listening.indexed : VARIANTS.listening.plain,
  };
}

export type SqlFigures = Record<string, unknown[]>;

/** Prepares the statements once per database, as a hand-tuned report would. */
export function sqlBaseline(sqlite: Database.Database) {
  const statements = Object.entries(baselineQueries(sqlite)).map(([name, text]) => [name, sqlite.prepare(text)] as const);
  return (partnershipId: number, roundId: number, now: string): SqlFigures => {
    // better-sqlite3 ignores named parameters a statement does not use.
    const params = { partnership: partnershipId, round: roundId, now };
    return Object.fromEntries(statements.map(([name, statement]) => [name, statement.all(params)]));
  };
}

/** The plan SQLite chooses for each query, for the benchmark's diagnosis. */
export function explainBaseline(sqlite: Database.Database, partnershipId: number, roundId: number) {
  const params = { partnership: partnershipId, round: roundId, now: new Date().toISOString() };
  return Object.fromEntries(
    Object.entries(baselineQueries(sqlite)).map(([name, text]) => [
      name,
      sqlite
        .prepare(`explain query plan ${text}`)
        .all(params)
        .map((row) => (row as { detail: string }).detail),
    ]),
  );
}
