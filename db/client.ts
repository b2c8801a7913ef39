// Opens the SQLite file with the settings that keep accepted data safe, and refuses to run without them.
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { applyMigrations, type MigrationOutcome } from "./migrate";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

// docs/security.md 7.1: better-sqlite3 builds default WAL to synchronous=NORMAL, which can lose a commit on power loss.
const REQUIRED_PRAGMAS: [name: string, set: string, expected: string | number][] = [
  ["journal_mode", "journal_mode = WAL", "wal"],
  ["synchronous", "synchronous = FULL", 2],
  ["foreign_keys", "foreign_keys = ON", 1],
  ["busy_timeout", "busy_timeout = 5000", 5000],
  ["secure_delete", "secure_delete = ON", 1],
];

export class UnsafeDatabaseError extends Error {}

export function migrationsFolder() {
  return path.resolve(process.env.SIKILIZA_MIGRATIONS ?? path.join(process.cwd(), "db", "migrations"));
}

/** Where the checked copy taken before an upgrade goes: the configured backup folder. */
export function backupFolder() {
  return path.resolve(process.env.SIKILIZA_BACKUP_DIR || "./backups");
}

export type OpenOptions = {
  runMigrations?: boolean;
  migrations?: string;
  backupDir?: string;
  onMigrated?: (outcome: MigrationOutcome) => void;
};

/** An existing database file opened with every safety pragma, no migrations: for the operator commands. */
export function openExistingSqlite(file: string): Database.Database {
  const sqlite = new Database(file, { fileMustExist: true });
  for (const [, statement] of REQUIRED_PRAGMAS) sqlite.pragma(statement);
  checkPragmas(sqlite);
  return sqlite;
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const { runMigrations = true, migrations = migrationsFolder(), backupDir = backupFolder() } = options;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  try {
    for (const [, statement] of REQUIRED_PRAGMAS) sqlite.pragma(statement);
    checkPragmas(sqlite);
    if (runMigrations) {
      const outcome = applyMigrations(sqlite, migrations, backupDir);
      options.onMigrated?.(outcome);
    }
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return drizzle(sqlite, { schema }) as Db;
}

/** Reads every safety pragma back; a setting that did not hold stops the start. */
export function checkPragmas(sqlite: Database.Database) {
  for (const [name, , expected] of REQUIRED_PRAGMAS) {
    const actual = sqlite.pragma(name, { simple: true });
    if (actual !== expected) {
      throw new UnsafeDatabaseError(`SQLite pragma ${name} is ${String(actual)}, expected ${expected}; refusing to start.`);
    }
  }
}

export function readPragmas(sqlite: Database.Database) {
  return Object.fromEntries(REQUIRED_PRAGMAS.map(([name]) => [name, sqlite.pragma(name, { simple: true })]));
}

/**
 * Runs `fn` in a write transaction that takes the write lock first (BEGIN IMMEDIATE): a deferred one that
 * reads and then writes can fail with SQLITE_BUSY despite the busy timeout.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Db) => T): T {
  return db.$client.transaction(() => fn(db)).immediate();
}
