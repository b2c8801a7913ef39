// Upgrades that cannot lose data (docs/security.md 7.8). Before the first pending migration touches a database
// that holds anything, a checked copy is taken (VACUUM INTO, then integrity_check). All pending migrations run in
// one transaction, as drizzle's own migrator does and into its table, so a failure leaves the database exactly as
// it was; the error names the migration, the statement and the backup.
import type Database from "better-sqlite3";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { BackupCheckError, settleCopy } from "./backup";

const MIGRATIONS_TABLE = "__drizzle_migrations";

export class MigrationFailedError extends Error {}

type Migration = { tag: string; statements: string[]; folderMillis: number; hash: string };

/** The migrations in `folder`, in journal order, read the way drizzle's migrator reads them. */
export function readMigrations(folder: string): Migration[] {
  const journal = JSON.parse(fs.readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string; when: number }[];
  };
  return journal.entries.map(({ tag, when }) => {
    const text = fs.readFileSync(path.join(folder, `${tag}.sql`), "utf8");
    return {
      tag,
      statements: text.split("--> statement-breakpoint"),
      folderMillis: when,
      hash: crypto.createHash("sha256").update(text).digest("hex"),
    };
  });
}

function lastApplied(sqlite: Database.Database): number | null {
  const exists = sqlite.prepare(`select 1 from sqlite_master where type = 'table' and name = ?`).get(MIGRATIONS_TABLE);
  if (!exists) return null;
  const row = sqlite.prepare(`select created_at from ${MIGRATIONS_TABLE} order by created_at desc limit 1`).get() as
    { created_at: number | string } | undefined;
  return row ? Number(row.created_at) : null;
}

export function pendingMigrations(sqlite: Database.Database, folder: string): Migration[] {
  const last = lastApplied(sqlite);
  return readMigrations(folder).filter((m) => last === null || last < m.folderMillis);
}

const holdsNothing = (sqlite: Database.Database) =>
  (sqlite.prepare(`select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%'`).get() as { n: number }).n ===
  0;

/** A checked copy of the database as it is now, under a name that says which upgrade it came before. */
export function backupBeforeUpgrade(sqlite: Database.Database, dir: string, firstTag: string, now = new Date()): string {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.resolve(dir, `pre-upgrade-${firstTag}-${now.toISOString().replace(/[:.]/g, "-")}.db`);
  const partial = `${file}.partial`;
  fs.rmSync(partial, { force: true });
  sqlite.prepare("VACUUM INTO ?").run(partial);
  const result = settleCopy(partial);
  if (result !== "ok") {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(partial + suffix, { force: true });
    throw new BackupCheckError(`The backup before the upgrade failed its integrity check (${result}); nothing was migrated.`);
  }
  fs.renameSync(partial, file);
  return file;
}

export type MigrationOutcome = { applied: string[]; backup: string | null };

export function applyMigrations(sqlite: Database.Database, folder: string, backupDir: string): MigrationOutcome {
  const pending = pendingMigrations(sqlite, folder);
  if (pending.length === 0) return { applied: [], backup: null };
  const backup = holdsNothing(sqlite) ? null : backupBeforeUpgrade(sqlite, backupDir, pending[0].tag);
  sqlite.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
  const record = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} ("hash", "created_at") VALUES (?, ?)`);
  let step = { tag: "", index: 0, count: 0, text: "" };
  sqlite.exec("BEGIN");
  try {
    for (const migration of pending) {
      for (const [index, statement] of migration.statements.entries()) {
        step = { tag: migration.tag, index: index + 1, count: migration.statements.length, text: statement.trim() };
        sqlite.exec(statement);
      }
      record.run(migration.hash, migration.folderMillis);
    }
    step = { tag: pending[pending.length - 1].tag, index: 0, count: 0, text: "foreign key check" };
    const broken = sqlite.prepare("PRAGMA foreign_key_check").all();
    if (broken.length > 0) throw new Error(`${broken.length} rows would break a foreign key`);
    sqlite.exec("COMMIT");
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    const where = step.index > 0 ? `statement ${step.index} of ${step.count} (${step.text.replace(/\s+/g, " ").slice(0, 120)})` : step.text;
    throw new MigrationFailedError(
      `Upgrade stopped: migration ${step.tag} failed at ${where}: ${error instanceof Error ? error.message : String(error)}. ` +
        `Nothing was changed; the database is as it was before the upgrade.` +
        (backup ? ` A checked backup taken just before: ${backup}` : ""),
    );
  }
  return { applied: pending.map((m) => m.tag), backup };
}
