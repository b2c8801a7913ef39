// Everything that must hold before the first request: key present, pragmas checked, migrations applied (after a
// checked backup), instruments valid, demo seeded on a first start. Any failure stops the process with a plain
// message. `startOperations` is what only a real server does: claim the database, schedule the housekeeping.
import fs from "node:fs";
import { openDatabase } from "../db/client";
import { pidFileOf } from "../db/backup";
import { setContext } from "./models/platform/context.server";
import { keyFilePath, keyInsideDataFolder, loadKeyring } from "./models/platform/crypto.server";
import { isProduction, nightlyBackupsOn, readConfig } from "./models/platform/config.server";
import { startHousekeeping } from "./models/platform/housekeeping.server";
import { backfillPhoneLookups } from "./models/messages/preferences.server";
import { registerInstruments } from "./models/rounds/instruments.server";
import { refreshRounds } from "./models/rounds/rounds.server";
import { seedDemoIfEmpty } from "./demo/seed.server";
import { warmValidationThread } from "../surveys/validation-thread";

export async function startup(env: NodeJS.ProcessEnv = process.env) {
  const config = readConfig(env);
  const freshDatabase = !fs.existsSync(config.DATABASE_PATH);
  const mayCreateKey = freshDatabase && (!isProduction(config) || config.SIKILIZA_SEED_DEMO === "force");
  const keyring = loadKeyring(env, { createIfMissing: mayCreateKey });
  // docs/security.md 2.2: a key file is re-read when it changes (key rotation); one from SIKILIZA_KEY cannot be.
  const keyFile = env.SIKILIZA_KEY ? undefined : keyFilePath(env);
  if (keyFile && keyInsideDataFolder(keyFile, config.DATABASE_PATH))
    console.warn(
      `Warning: the key file ${keyFile} is inside the database's folder; a copy of that folder carries the key that opens it. Move it (SIKILIZA_KEY_FILE).`,
    );
  const db = openDatabase(config.DATABASE_PATH, {
    backupDir: config.SIKILIZA_BACKUP_DIR,
    onMigrated: ({ applied, backup }) => {
      if (applied.length > 0)
        console.log(`Database upgraded with ${applied.join(", ")}${backup ? `; the checked backup taken before: ${backup}` : ""}`);
    },
  });
  setContext({ db, keyring, keyFile });
  backfillPhoneLookups();
  registerInstruments();
  await seedDemoIfEmpty(config);
  refreshRounds();
  return { db, config };
}

/** For a serving process only: the pid file `npm run restore` looks for, and the scheduled housekeeping. */
export function startOperations(env: NodeJS.ProcessEnv = process.env) {
  const config = readConfig(env);
  const pidFile = pidFileOf(config.DATABASE_PATH);
  fs.writeFileSync(pidFile, String(process.pid));
  const housekeeping = startHousekeeping(config, env);
  // Ready before the first submission, not started by it (surveys/validation-thread.ts).
  warmValidationThread();
  if (!nightlyBackupsOn(config, env)) console.log("Nightly backups are off here (set SIKILIZA_BACKUP_DIR to turn them on).");
  return {
    stop() {
      housekeeping.stop();
      // Only our own pid file: another server may have started on the database since.
      if (fs.existsSync(pidFile) && fs.readFileSync(pidFile, "utf8") === String(process.pid)) fs.rmSync(pidFile, { force: true });
    },
  };
}
