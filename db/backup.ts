// Online backups (docs/security.md 7.6): SQLite's backup API copies a consistent snapshot while the app keeps
// writing; a backup counts only once `integrity_check` on the copy says ok, and only then does it take its name,
// so a file under a backup's name is always a whole, checked backup. The key is never in it: it is not in the
// database at all.
import Database from "better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "./client";

export class BackupCheckError extends Error {}
export class DatabaseInUseError extends Error {}

/** Checks a database file without leaving files beside it that were not there before (a WAL file's -shm). */
export function checkIntegrity(file: string): string {
  const sidecars = ["-wal", "-shm"].map((suffix) => file + suffix).filter((f) => !fs.existsSync(f));
  try {
    return integrityOf(file);
  } finally {
    for (const f of sidecars) fs.rmSync(f, { force: true });
  }
}

function integrityOf(file: string): string {
  let copy: Database.Database;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return `cannot be opened as a database (${error instanceof Error ? error.message : String(error)})`;
  }
  try {
    return String(copy.pragma("integrity_check", { simple: true }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    copy.close();
  }
}

/**
 * Makes a fresh copy one self-contained file (rollback journal, no -wal or -shm beside it: the app turns WAL back on
 * when it opens it) and checks it. Returns integrity_check's answer.
 */
export function settleCopy(file: string): string {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma("journal_mode = DELETE");
    return String(copy.pragma("integrity_check", { simple: true }));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    copy.close();
  }
}

export type BackupProgress = (copiedPages: number, totalPages: number) => void;

function fsyncFile(file: string) {
  const fd = fs.openSync(file, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Copies the open database to `destination` (written beside it, checked, then renamed into place). */
export async function backupDatabase(db: Db, destination: string, onProgress?: BackupProgress): Promise<string> {
  return backupSqlite(db.$client, destination, onProgress);
}

export async function backupSqlite(sqlite: Database.Database, destination: string, onProgress?: BackupProgress): Promise<string> {
  const target = path.resolve(destination);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  let lastRemaining = Infinity;
  let restarts = 0;
  try {
    await sqlite.backup(partial, {
      progress({ totalPages, remainingPages }) {
        onProgress?.(totalPages - remainingPages, totalPages);
        // A write through another connection restarts a stepwise copy. After two restarts the rest is copied in
        // one step: in WAL mode that holds a read snapshot and never blocks the app's writers.
        if (remainingPages > lastRemaining) restarts++;
        lastRemaining = remainingPages;
        return restarts >= 2 ? 0x7fffffff : 1000;
      },
    });
    const { pageCount } = { pageCount: Number(sqlite.pragma("page_count", { simple: true })) };
    onProgress?.(pageCount, pageCount);
    const result = settleCopy(partial);
    if (result !== "ok") throw new BackupCheckError(`Backup ${target} failed its integrity check: ${result}`);
    fsyncFile(partial);
    fs.renameSync(partial, target);
    return target;
  } finally {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(partial + suffix, { force: true });
  }
}

/** The file a running server writes beside its database; restore refuses while it names a live process. */
export const pidFileOf = (database: string) => `${path.resolve(database)}.pid`;

export function runningServerPid(database: string): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFileOf(database), "utf8").trim());
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else — still running.
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : null;
  }
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, "-");

/**
 * Puts a checked backup in place of a database file that no server has open. The database it replaces is kept
 * beside it (`<file>.before-restore-<time>`, with its write-ahead log folded in), so a restore can be undone.
 * Returns that kept file's path, or null when there was no database yet.
 */
export function restoreDatabase(backup: string, target: string, now = new Date()): string | null {
  const running = runningServerPid(target);
  if (running !== null)
    throw new DatabaseInUseError(
      `Sikiliza is running (process ${running}) on ${target}: stop it first, then restore. ` +
        `(If no server runs on it, the process is another program: remove ${pidFileOf(target)}.)`,
    );
  const result = checkIntegrity(backup);
  if (result !== "ok") throw new BackupCheckError(`Refusing to restore ${backup}: ${result}`);
  const resolved = path.resolve(target);
  let kept: string | null = null;
  if (fs.existsSync(resolved)) {
    kept = `${resolved}.before-restore-${stamp(now)}`;
    try {
      // Fold the old database's write-ahead log into it, so the kept copy is one whole file.
      const old = new Database(resolved, { fileMustExist: true });
      old.pragma("wal_checkpoint(TRUNCATE)");
      old.close();
    } catch {
      // A damaged old database cannot fold its log: keep the log beside it instead.
      if (fs.existsSync(`${resolved}-wal`)) fs.renameSync(`${resolved}-wal`, `${kept}-wal`);
    }
    fs.renameSync(resolved, kept);
  }
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(resolved + suffix, { force: true });
  const partial = `${resolved}.restoring`;
  fs.copyFileSync(backup, partial);
  fsyncFile(partial);
  fs.renameSync(partial, resolved);
  return kept;
}

/** Backups in `dir` made by the schedule, newest first. */
export function scheduledBackups(dir: string, prefix: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith(".db"))
    .sort()
    .reverse()
    .map((name) => path.join(dir, name));
}

/** Keeps the newest `keep` scheduled backups and removes the rest; returns what was removed. */
export function pruneBackups(dir: string, prefix: string, keep: number): string[] {
  const removed = scheduledBackups(dir, prefix).slice(keep);
  for (const file of removed) fs.rmSync(file, { force: true });
  return removed;
}

export const backupFileName = (prefix: string, now: Date) => `${prefix}${stamp(now)}.db`;
