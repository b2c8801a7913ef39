// `npm run restore -- FILE`: puts a checked backup in place of the database. Refuses while Sikiliza runs on it;
// keeps the database it replaces beside it; says whether the configured key opens the restored data.
import Database from "better-sqlite3";
import path from "node:path";
import { restoreDatabase } from "../../db/backup";
import { readConfig } from "../models/platform/config.server";
import { decryptField, loadKeyring } from "../models/platform/crypto.server";
import { fail, runCommand, say } from "./terminal";

/** Opens one sealed name with the configured key: a backup made under a retired key ring needs that ring. */
function keyOpens(file: string): string {
  const sqlite = new Database(file, { readonly: true });
  try {
    const row = sqlite.prepare("select id, name_enc as sealed from people order by id limit 1").get() as
      { id: number; sealed: string } | undefined;
    if (!row) return "no people in it yet, nothing to open";
    decryptField(loadKeyring(process.env), { table: "people", column: "name", rowId: row.id }, row.sealed);
    return "the configured key opens it";
  } catch (error) {
    return `WARNING: the configured key does not open it (${error instanceof Error ? error.message.split("\n")[0] : String(error)}). A backup taken before a key rotation needs the retired key file kept beside the key file (<key file>.retired-<time>)`;
  } finally {
    sqlite.close();
  }
}

runCommand(async () => {
  const backup = process.argv[2];
  if (!backup) fail("Name the backup to restore: npm run restore -- FILE");
  const config = readConfig(process.env);
  const target = path.resolve(config.DATABASE_PATH);
  say(`Checking ${backup} (integrity_check) and restoring it to ${target}…`);
  const kept = restoreDatabase(path.resolve(backup), target);
  say(`✓ Restored ${backup} to ${target}.`);
  if (kept) say(`  The database it replaced is kept at ${kept}.`);
  say(`  Key: ${keyOpens(target)}.`);
  say(`  Start Sikiliza again; it applies any migration the backup is missing (and takes a backup first).`);
});
