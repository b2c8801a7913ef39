// Key rotation (docs/security.md 2.3): a new key version becomes current, every sealed value is opened with the
// version it was sealed under and sealed again under the new one, in short batches while the app keeps running;
// only when no value is left under an old version are the old versions dropped from the key file.
import type Database from "better-sqlite3";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { decryptField, encryptField, keyringText, parseKeyring, type Keyring } from "./crypto.server";
import { SEALED_COLUMNS, type SealedColumnEntry } from "./sealed-fields.server";

const BATCH = 500;

export class KeyRotationError extends Error {}

/** The ring with one more version, made current; the lookup key stays, so addresses are still found. */
export function withNewVersion(ring: Keyring): Keyring {
  const version = Math.max(...ring.keys.keys()) + 1;
  const keys = new Map(ring.keys).set(version, crypto.randomBytes(32));
  return { current: version, keys, lookupKey: ring.lookupKey };
}

export function onlyCurrentVersion(ring: Keyring): Keyring {
  return { ...ring, keys: new Map([[ring.current, ring.keys.get(ring.current)!]]) };
}

/**
 * Replaces the key file in one rename (a reader sees the old ring or the new), with the old file's owner and mode,
 * so the service that reads it still can and nobody else can.
 */
export function writeKeyFile(file: string, ring: Keyring) {
  const partial = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  const before = fs.statSync(file);
  fs.writeFileSync(partial, keyringText(ring), { mode: 0o600 });
  fs.chmodSync(partial, before.mode & 0o640);
  if (process.getuid?.() === 0) fs.chownSync(partial, before.uid, before.gid);
  const fd = fs.openSync(partial, "r");
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(partial, file);
  // A key read back differently from what was meant is found here, not by the next request.
  parseKeyring(fs.readFileSync(file, "utf8"));
}

const notCurrent = (c: SealedColumnEntry, current: number) =>
  `${c.stored} is not null and ${c.stored} <> '' and ${c.stored} not like 'v1:${current}:%'`;

/** How many sealed values are under any version but the current one. */
export function countUnderOldVersions(sqlite: Database.Database, current: number): Record<string, number> {
  return Object.fromEntries(
    SEALED_COLUMNS.map((c) => [
      `${c.table}.${c.column}`,
      (sqlite.prepare(`select count(*) as n from ${c.table} where ${notCurrent(c, current)}`).get() as { n: number }).n,
    ]),
  );
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Seals every value of one column under `ring.current`, walking the table by row id in batches. Each batch is one
 * short write transaction, and each row is written only if it still holds what was read (a request that changed
 * it meanwhile wins). Between batches the event loop and other writers get their turn.
 */
async function resealColumn(sqlite: Database.Database, ring: Keyring, c: SealedColumnEntry, progress: (moved: number) => void) {
  const select = sqlite.prepare(
    `select ${c.rowId} as id, ${c.stored} as sealed from ${c.table} where ${c.rowId} > ? and ${notCurrent(c, ring.current)} order by ${c.rowId} limit ${BATCH}`,
  );
  const update = sqlite.prepare(`update ${c.table} set ${c.stored} = ? where ${c.rowId} = ? and ${c.stored} = ?`);
  let after = -Infinity;
  let moved = 0;
  for (;;) {
    const batch = sqlite
      .transaction(() => {
        const rows = select.all(after) as { id: number; sealed: string }[];
        for (const row of rows) {
          const ref = { table: c.table, column: c.column, rowId: row.id };
          moved += update.run(encryptField(ring, ref, decryptField(ring, ref, row.sealed)), row.id, row.sealed).changes;
        }
        return rows;
      })
      .immediate();
    if (batch.length === 0) return moved;
    after = batch[batch.length - 1].id;
    progress(moved);
    await pause();
  }
}

/** One pass over every sealed column; returns how many values moved to the current version. */
export async function resealAll(sqlite: Database.Database, ring: Keyring, log: (line: string) => void): Promise<number> {
  let total = 0;
  for (const c of SEALED_COLUMNS) {
    const name = `${c.table}.${c.column}`;
    let lastLogged = 0;
    const moved = await resealColumn(sqlite, ring, c, (n) => {
      if (n - lastLogged >= 10 * BATCH) log(`  ${name}: ${(lastLogged = n)} re-encrypted…`);
    });
    if (moved > 0) log(`  ${name}: ${moved} re-encrypted`);
    total += moved;
  }
  return total;
}

export type RotationResult = { from: number[]; to: number; moved: number; retiredKeyFile: string };

/**
 * The whole rotation against a running app that reads the same key file (it takes up a changed file within a
 * second): add a version, wait for the app to seal with it, re-encrypt, drop the old versions, wait again and
 * sweep once more for anything a request sealed in between. The retired ring is kept beside the key file, because
 * backups taken before the rotation still need it.
 */
export async function rotateKey(options: {
  sqlite: Database.Database;
  keyFile: string;
  adoptMs: number;
  log: (line: string) => void;
  now?: Date;
}): Promise<RotationResult> {
  const { sqlite, keyFile, adoptMs, log } = options;
  const old = parseKeyring(fs.readFileSync(keyFile, "utf8"));
  const retiredKeyFile = `${keyFile}.retired-${(options.now ?? new Date()).toISOString().replace(/[:.]/g, "-")}`;
  fs.writeFileSync(retiredKeyFile, keyringText(old), { mode: 0o600, flag: "wx" });
  const ring = withNewVersion(old);
  const from = [...old.keys.keys()];
  writeKeyFile(keyFile, ring);
  log(`Key version ${ring.current} added to ${keyFile} and made current; waiting ${adoptMs} ms for the app to take it up.`);
  await new Promise((resolve) => setTimeout(resolve, adoptMs));

  log(`Re-encrypting every sealed field under version ${ring.current}, ${BATCH} rows at a time:`);
  let moved = await resealAll(sqlite, ring, log);

  writeKeyFile(keyFile, onlyCurrentVersion(ring));
  log(`Old versions ${from.join(", ")} dropped from ${keyFile}; waiting ${adoptMs} ms, then a last sweep.`);
  await new Promise((resolve) => setTimeout(resolve, adoptMs));
  for (let sweep = 0; sweep < 3; sweep++) moved += await resealAll(sqlite, ring, log);

  const left = Object.entries(countUnderOldVersions(sqlite, ring.current)).filter(([, n]) => n > 0);
  if (left.length > 0) {
    // Put the old versions back so nothing becomes unreadable, and say what is left.
    writeKeyFile(keyFile, ring);
    throw new KeyRotationError(
      `Values still under an old key version: ${left.map(([name, n]) => `${name} ${n}`).join(", ")}. ` +
        `The key file keeps every version; run npm run key:rotate again.`,
    );
  }
  return { from, to: ring.current, moved, retiredKeyFile };
}
