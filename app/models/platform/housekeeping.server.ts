// What the running server does by itself (docs/security.md 7.6, 3.2): a nightly backup into the configured
// folder with the newest N kept, and removal of expired sessions, spent invitations and old form tokens. Every run is logged
// in one line without personal data; a failure is logged and tried again at the next tick, never fatal.
import fs from "node:fs";
import path from "node:path";
import { backupFileName, pruneBackups, scheduledBackups } from "../../../db/backup";
import { pruneSpentInvitations } from "../people/invitations.server";
import { pruneSessions } from "../people/sessions.server";
import { backupTo } from "./backup.server";
import { pruneFormSubmissions } from "./form-tokens.server";
import { nightlyBackupsOn, type Config } from "./config.server";

export const NIGHTLY_PREFIX = "sikiliza-";
const TICK_MS = 10 * 60 * 1000;

let lastBackup: Date | null = null;

/** When the last scheduled or manual backup into the backup folder finished, as far as this process knows. */
export function lastBackupAt(config: Config): Date | null {
  if (lastBackup) return lastBackup;
  const newest = scheduledBackups(path.resolve(config.SIKILIZA_BACKUP_DIR), NIGHTLY_PREFIX)[0];
  return newest ? fs.statSync(newest).mtime : null;
}

/** The latest moment the nightly backup was due: today's backup hour, or yesterday's if that is still ahead. */
export function lastDueTime(now: Date, hourUtc: number): Date {
  const due = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  if (due > now) due.setUTCDate(due.getUTCDate() - 1);
  return due;
}

export async function nightlyBackup(config: Config, now = new Date(), log = console.log): Promise<string | null> {
  const last = lastBackupAt(config);
  if (last && last >= lastDueTime(now, config.SIKILIZA_BACKUP_HOUR)) return null;
  const dir = path.resolve(config.SIKILIZA_BACKUP_DIR);
  const started = Date.now();
  const file = await backupTo(path.join(dir, backupFileName(NIGHTLY_PREFIX, now)));
  lastBackup = now;
  const removed = pruneBackups(dir, NIGHTLY_PREFIX, config.SIKILIZA_BACKUPS_KEPT);
  log(
    JSON.stringify({
      housekeeping: "backup",
      file,
      ms: Date.now() - started,
      kept: config.SIKILIZA_BACKUPS_KEPT,
      removed: removed.length,
    }),
  );
  return file;
}

export function tidyUp(now = new Date(), log = console.log) {
  const sessions = pruneSessions(now);
  const invitations = pruneSpentInvitations(now);
  const formTokens = pruneFormSubmissions(now);
  if (sessions + invitations + formTokens > 0) log(JSON.stringify({ housekeeping: "removed", sessions, invitations, formTokens }));
}

export function startHousekeeping(config: Config, env: Record<string, string | undefined>, log = console.log) {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      tidyUp(new Date(), log);
      if (nightlyBackupsOn(config, env)) await nightlyBackup(config, new Date(), log);
    } catch (error) {
      console.error(JSON.stringify({ housekeeping: "failed", error: error instanceof Error ? error.message : String(error) }));
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, TICK_MS);
  timer.unref();
  const first = setTimeout(tick, 1000);
  first.unref();
  return {
    stop() {
      clearInterval(timer);
      clearTimeout(first);
    },
  };
}
