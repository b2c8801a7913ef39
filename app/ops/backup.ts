// `npm run backup -- [FILE]`: an online backup of the database while Sikiliza runs, checked with integrity_check
// and written under its name only once whole. Without FILE it goes to the backup folder as manual-<time>.db.
import fs from "node:fs";
import path from "node:path";
import { backupFileName, backupSqlite } from "../../db/backup";
import { openExistingSqlite } from "../../db/client";
import { readConfig } from "../models/platform/config.server";
import { fail, progressLine, runCommand, say } from "./terminal";

runCommand(async () => {
  const config = readConfig(process.env);
  const source = path.resolve(config.DATABASE_PATH);
  if (!fs.existsSync(source)) fail(`No database at ${source} (DATABASE_PATH). Nothing to back up.`);
  const destination = path.resolve(process.argv[2] ?? path.join(config.SIKILIZA_BACKUP_DIR, backupFileName("manual-", new Date())));
  if (fs.existsSync(destination)) fail(`${destination} exists already; name another file.`);
  const started = Date.now();
  say(`Backing up ${source} to ${destination} while the app keeps running…`);
  const sqlite = openExistingSqlite(source);
  try {
    await backupSqlite(sqlite, destination, progressLine("  pages copied"));
  } finally {
    sqlite.close();
  }
  const mb = (fs.statSync(destination).size / 1e6).toFixed(1);
  say(`✓ Backup written and checked (integrity_check: ok): ${destination}, ${mb} MB in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  say(`  The key is not in it. Copy the backup off this machine, and keep the key file apart from it.`);
  process.stdout.write(`${destination}\n`);
});
