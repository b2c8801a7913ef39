// A real SQLite file per test, copied from one migrated base file ("it takes nanoseconds").
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import crypto from "node:crypto";
import { openDatabase, type Db } from "../../db/client";
import { setContext } from "../../app/models/platform/context.server";
import { parseKeyring, newKeyringText, type Keyring } from "../../app/models/platform/crypto.server";
import { registerInstruments } from "../../app/models/rounds/instruments.server";
import { resetRateLimits } from "../../app/models/people/rate-limit.server";

const root = path.join(os.tmpdir(), `sikiliza-tests-${process.pid}`);
const baseFile = path.join(root, "base.db");

function ensureBase() {
  if (fs.existsSync(baseFile)) return;
  fs.mkdirSync(root, { recursive: true });
  const db = openDatabase(baseFile);
  // Fold the WAL into the main file so a plain copy is complete.
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
}

export type TestDb = { db: Db; file: string; keyring: Keyring; keyText: string; close: () => void };

export function freshDatabase(options: { keyText?: string } = {}): TestDb {
  ensureBase();
  const file = path.join(root, `${crypto.randomUUID()}.db`);
  fs.copyFileSync(baseFile, file);
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
