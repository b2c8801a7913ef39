// A database as the previous release left it: made by that release's migrations (a frozen copy in
// tests/fixtures/release-0.1-migrations) and filled with plain SQL in that release's columns, so the test does not
// depend on today's models being able to write yesterday's schema.
import Database from "better-sqlite3";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { applyMigrations } from "../../db/migrate";
import { encryptField, lookupHash, type Keyring } from "../../app/models/platform/crypto.server";

export const PREVIOUS_RELEASE = path.resolve(import.meta.dirname, "../fixtures/release-0.1-migrations");

/** A migrations folder holding only the first `count` migrations of `from`. */
export function firstMigrations(from: string, count: number): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-migrations-"));
  const journal = JSON.parse(fs.readFileSync(path.join(from, "meta", "_journal.json"), "utf8"));
  journal.entries = journal.entries.slice(0, count);
  fs.mkdirSync(path.join(dir, "meta"));
  fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify(journal));
  for (const { tag } of journal.entries) fs.copyFileSync(path.join(from, `${tag}.sql`), path.join(dir, `${tag}.sql`));
  return dir;
}

/** `extra` added after the migrations of `from`, as a new last migration with these statements. */
export function withExtraMigration(from: string, tag: string, statements: string[]): string {
  const journal = JSON.parse(fs.readFileSync(path.join(from, "meta", "_journal.json"), "utf8"));
  const dir = firstMigrations(from, journal.entries.length);
  const last = journal.entries[journal.entries.length - 1];
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag });
  fs.writeFileSync(path.join(dir, "meta", "_journal.json"), JSON.stringify(journal));
  fs.writeFileSync(path.join(dir, `${tag}.sql`), statements.join("\n--> statement-breakpoint\n"));
  return dir;
}

export const PEOPLE = [
  { id: 1, name: "Achieng Previous", email: "achieng@example.org" },
  { id: 2, name: "Baraka Previous", email: "baraka@example.org" },
];
export const STORY_TEXT = "We were asked about the budget only after it was spent.";

/** Builds the database with `migrations` and fills it: two organisations, a partnership, an open round, two people, a story. */
export function previousReleaseDatabase(file: string, keyring: Keyring, migrations = PREVIOUS_RELEASE) {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  applyMigrations(sqlite, migrations, path.join(path.dirname(file), "backups"));
  const seal = (table: string, column: string, rowId: number, plain: string) => encryptField(keyring, { table, column, rowId }, plain);
  sqlite.exec(`
    insert into organisations (id, name, kind, country, populations, leadership, level) values
      (1, 'Tumaini Collective', 'community_led', 'Kenya', '["sex_workers"]', 'community_led', 'local'),
      (2, 'Global Health Partners', 'ingo', 'Kenya', '["sex_workers"]', 'provider_led', 'global');
    insert into partnerships (id, name, k) values (1, 'Nairobi Programme', 5);
    insert into partnership_members (partnership_id, organisation_id, role) values (1, 1, 'community_partner'), (1, 2, 'ingo_partner');
    insert into rounds (id, partnership_id, label, opens_at, closes_at, state, schedule)
      values (1, 1, 'Round 1', '2026-01-01T00:00:00.000Z', '2099-01-01T00:00:00.000Z', 'open', 'none');
  `);
  const person = sqlite.prepare(
    "insert into people (id, email_lookup, email_enc, name_enc, language, password_hash) values (?, ?, ?, ?, 'en', 'unused')",
  );
  for (const p of PEOPLE)
    person.run(p.id, lookupHash(keyring, `email:${p.email}`), seal("people", "email", p.id, p.email), seal("people", "name", p.id, p.name));
  sqlite.exec(`insert into memberships (person_id, organisation_id, role) values (1, 1, 'coordinator'), (2, 2, 'member');`);
  sqlite
    .prepare(
      `insert into stories (id, round_id, partnership_id, organisation_id, person_id, version, text_enc, language, dimensions, scope)
       values (1, 1, 1, 1, 1, 'story@previous', ?, 'en', '["money"]', 'community')`,
    )
    .run(seal("stories", "text", 1, STORY_TEXT));
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
}

/** Every table's row count and the schema, to compare a database before and after. */
export function snapshot(file: string) {
  const sqlite = new Database(file, { readonly: true });
  try {
    const schema = sqlite.prepare("select type, name, sql from sqlite_master order by type, name").all() as {
      name: string;
      type: string;
    }[];
    const counts = Object.fromEntries(
      schema
        .filter((o) => o.type === "table" && !o.name.startsWith("sqlite_"))
        .map((t) => [t.name, (sqlite.prepare(`select count(*) as n from "${t.name}"`).get() as { n: number }).n]),
    );
    return { schema, counts };
  } finally {
    sqlite.close();
  }
}
