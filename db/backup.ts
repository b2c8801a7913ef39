// Online backups (docs/security.md 7.6): SQLite's backup API copies a consistent snapshot while the app keeps
// writing; a backup counts only once `integrity_check` on the copy says ok.
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "./client";

export class BackupCheckError extends Error {}

export function checkIntegrity(file: string): string {
  const copy = new Database(file, { readonly: true });
  try {
    return String(copy.pragma("integrity_check", { simple: true }));
  } finally {
    copy.close();
  }
}

export async function backupDatabase(db: Db, destination: string): Promise<string> {
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  await db.$client.backup(destination);
  const result = checkIntegrity(destination);
  if (result !== "ok") throw new BackupCheckError(`Backup ${destination} failed its integrity check: ${result}`);
  return destination;
}

/** Restores by copying a checked backup over a database file that is not open. */
export function restoreDatabase(backup: string, target: string) {
  const result = checkIntegrity(backup);
  if (result !== "ok") throw new BackupCheckError(`Refusing to restore ${backup}: ${result}`);
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
  fs.copyFileSync(backup, target);
}
