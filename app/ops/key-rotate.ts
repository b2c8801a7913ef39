// `npm run key:rotate`: adds a key version, re-encrypts every sealed field under it in batches while the app runs
// (the app takes up the changed key file within a second), reports how many values moved, and only then drops
// the old versions from the key file. The retired ring is kept beside it for backups taken before.
import fs from "node:fs";
import path from "node:path";
import { openExistingSqlite } from "../../db/client";
import { readConfig } from "../models/platform/config.server";
import { keyFilePath } from "../models/platform/crypto.server";
import { rotateKey } from "../models/platform/key-rotation.server";
import { fail, runCommand, say } from "./terminal";

runCommand(async () => {
  if (process.env.SIKILIZA_KEY)
    fail(
      "The key comes from SIKILIZA_KEY, which a running app cannot re-read. Move it to a key file (SIKILIZA_KEY_FILE), restart, then rotate.",
    );
  const config = readConfig(process.env);
  const keyFile = keyFilePath(process.env);
  if (!fs.existsSync(keyFile)) fail(`No key file at ${keyFile} (SIKILIZA_KEY_FILE).`);
  const database = path.resolve(config.DATABASE_PATH);
  if (!fs.existsSync(database)) fail(`No database at ${database} (DATABASE_PATH).`);
  // Every safety pragma, secure_delete among them: a re-encrypted value leaves no old ciphertext in free pages.
  const sqlite = openExistingSqlite(database);
  try {
    const started = Date.now();
    const result = await rotateKey({ sqlite, keyFile, adoptMs: Number(process.env.SIKILIZA_KEY_ADOPT_MS ?? 3000), log: say });
    say(
      `✓ Key rotated from version ${result.from.join(", ")} to ${result.to}: ${result.moved} sealed values re-encrypted in ${((Date.now() - started) / 1000).toFixed(1)} s; none is left under an old version.`,
    );
    say(`  The old ring is kept at ${result.retiredKeyFile}: backups taken before now need it. Delete it once they have expired.`);
  } finally {
    sqlite.close();
  }
});
