// A real SQLite file per test, copied from one migrated base file ("it takes nanoseconds").
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { migrationsFolder, openDatabase, type Db } from "../../db/client";
import { setContext } from "../../app/models/platform/context.server";
import { parseKeyring, newKeyringText, type Keyring } from "../../app/models/platform/crypto.server";
import { registerInstruments } from "../../app/models/rounds/instruments.server";
import { resetRateLimits } from "../../app/models/people/rate-limit.server";

const root = path.join(os.tmpdir(), `sikiliza-tests-${process.pid}`);
// Named by the migrations' content: a base left in the temporary folder by an earlier run under the same pid,
// built from other migrations, is never reused.
const baseFile = path.join(root, `base-${migrationsFingerprint()}.db`);

export function migrationsFingerprint() {
  const hash = crypto.createHash("sha256");
  const folder = migrationsFolder();
  for (const name of fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".sql"))
    .sort()) {
    hash.update(name).update(fs.readFileSync(path.join(folder, name)));
  }
  return hash.digest("hex").slice(0, 16);
}

function ensureBase() {
  if (fs.existsSync(baseFile)) return;
  fs.mkdirSync(root, { recursive: true });
  sweepAbandonedFolders();
  // Built under a private name and renamed into place, so nobody ever copies a half-migrated base.
  const building = path.join(root, `building-${crypto.randomUUID()}.db`);
  const db = openDatabase(building);
  // Fold the WAL into the main file so a plain copy is complete.
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(building + suffix, { force: true });
  fs.renameSync(building, baseFile);
}

/** Test workers are often killed rather than exited, so their folders stay behind: remove those of dead workers. */
function sweepAbandonedFolders() {
  const anHourAgo = Date.now() - 3_600_000;
  for (const name of fs.readdirSync(os.tmpdir())) {
    const pid = Number(/^sikiliza-tests-(\d+)$/.exec(name)?.[1]);
    if (!pid || pid === process.pid || isAlive(pid)) continue;
    const folder = path.join(os.tmpdir(), name);
    // Workers of one run sweep at the same time: a folder another worker is removing may vanish under us.
    try {
      const found = fs.statSync(folder, { throwIfNoEntry: false });
      if (found && found.mtimeMs < anHourAgo) fs.rmSync(folder, { recursive: true, force: true });
    } catch (error) {
      if (!["ENOENT", "ENOTEMPTY", "EBUSY"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
    }
  }
}

export function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export type TestDb = { db: Db; file: string; keyring: Keyring; keyText: string; close: () => void };

/** `from`: a complete database file to copy instead of the empty migrated base (its rows sealed with `keyText`). */
export function freshDatabase(options: { keyText?: string; from?: string } = {}): TestDb {
  if (!options.from) ensureBase();
  const file = path.join(root, `${crypto.randomUUID()}.db`);
  fs.mkdirSync(root, { recursive: true });
  fs.copyFileSync(options.from ?? baseFile, file);
  const db = openDatabase(file);
  const keyText = options.keyText ?? newKeyringText();
  const keyring = parseKeyring(keyText);
  setContext({ db, keyring });
  registerInstruments();
  resetRateLimits();
  return {
    db,
    file,
    keyring,
    keyText,
    close: () => {
      db.$client.close();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
    },
  };
}
