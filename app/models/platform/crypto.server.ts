// Field encryption (docs/security.md 2.1): AES-256-GCM, random 12-byte IV, 16-byte tag, and AAD binding
// table, column, row id and key version, so a ciphertext copied to another row or column fails to open.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { pooledRandomBytes } from "../../../db/random-pool";

export type Keyring = { current: number; keys: Map<number, Buffer>; lookupKey: Buffer };

export class MissingKeyError extends Error {}
export class DecryptionError extends Error {}

const FORMAT = "v1";

export function parseKeyring(raw: string): Keyring {
  const text = raw.trim();
  // A bare base64 key is key version 1; a JSON keyring carries several versions for rotation.
  const parsed = text.startsWith("{") ? JSON.parse(text) : { current: 1, keys: { 1: text } };
  const keys = new Map<number, Buffer>();
  for (const [version, b64] of Object.entries(parsed.keys ?? {})) {
    const key = Buffer.from(String(b64), "base64");
    if (key.length !== 32) throw new MissingKeyError(`Encryption key version ${version} is not 32 bytes.`);
    keys.set(Number(version), key);
  }
  const current = Number(parsed.current);
  const currentKey = keys.get(current);
  if (!currentKey) throw new MissingKeyError(`Encryption keyring has no key for its current version ${parsed.current}.`);
  const lookupKey = parsed.lookup
    ? Buffer.from(String(parsed.lookup), "base64")
    : Buffer.from(crypto.hkdfSync("sha256", keys.get(Math.min(...keys.keys()))!, "", "sikiliza-lookup", 32));
  return { current, keys, lookupKey };
}

/** The key ring as text, lookup key pinned: dropping an old version never changes how addresses are found. */
export function keyringText(keyring: Keyring): string {
  const keys = Object.fromEntries([...keyring.keys].sort(([a], [b]) => a - b).map(([version, key]) => [version, key.toString("base64")]));
  return JSON.stringify({ current: keyring.current, keys, lookup: keyring.lookupKey.toString("base64") }, null, 2);
}

/** The version a sealed value was sealed under, or null for a value that is not sealed text. */
export function sealedVersion(sealed: string): number | null {
  const [format, version] = sealed.split(":", 2);
  return format === FORMAT && /^\d+$/.test(version ?? "") ? Number(version) : null;
}

export function newKeyringText(): string {
  return JSON.stringify(
    { current: 1, keys: { 1: crypto.randomBytes(32).toString("base64") }, lookup: crypto.randomBytes(32).toString("base64") },
    null,
    2,
  );
}

/**
 * Where the key file lives unless SIKILIZA_KEY_FILE says otherwise: `keys/` beside `data/`, never inside it, so a
 * copy of the data folder (or a backup of the database) does not carry the key that opens it (docs/security.md 2.2).
 */
export const DEFAULT_KEY_FILE = "./keys/sikiliza.key";

export function keyFilePath(env: Record<string, string | undefined>): string {
  return path.resolve(env.SIKILIZA_KEY_FILE || DEFAULT_KEY_FILE);
}

/** What a key looks like and how to make one: the message an operator gets when it is missing. */
export function missingKeyMessage(file: string): string {
  return [
    `No encryption key: set SIKILIZA_KEY or create the key file ${file}. Refusing to start.`,
    `A key is a key ring in JSON: {"current": 1, "keys": {"1": "<32 random bytes, base64>"}, "lookup": "<32 random bytes, base64>"}.`,
    `Make one with: npm run key:new > ${file} && chmod 600 ${file}`,
    `Keep it outside the data folder and back it up apart from the database: whoever holds both reads every story.`,
  ].join("\n");
}

/** Loads the key from SIKILIZA_KEY or the key file; never falls back to plain text. */
export function loadKeyring(env: NodeJS.ProcessEnv, { createIfMissing = false } = {}): Keyring {
  if (env.SIKILIZA_KEY) return parseKeyring(env.SIKILIZA_KEY);
  const file = keyFilePath(env);
  if (!fs.existsSync(file)) {
    if (!createIfMissing) throw new MissingKeyError(missingKeyMessage(file));
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(file, newKeyringText(), { mode: 0o600, flag: "wx" });
  }
  return parseKeyring(fs.readFileSync(file, "utf8"));
}

/** True when the key file sits inside the folder that holds the database: a copy of one would carry the other. */
export function keyInsideDataFolder(keyFile: string, databasePath: string): boolean {
  const relative = path.relative(path.dirname(path.resolve(databasePath)), path.resolve(keyFile));
  return !relative.startsWith("..") && !path.isAbsolute(relative);
}

export type FieldRef = { table: string; column: string; rowId: number | string };

function aad(ref: FieldRef, version: number) {
  return Buffer.from(`${ref.table}|${ref.column}|${ref.rowId}|${version}`, "utf8");
}

export function encryptField(keyring: Keyring, ref: FieldRef, plain: string): string {
  const version = keyring.current;
  // A fresh IV for every sealing; IVs are stored in the clear, so they come from the pool (db/random-pool.ts).
  const iv = pooledRandomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyring.keys.get(version)!, iv, { authTagLength: 16 });
  cipher.setAAD(aad(ref, version));
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [FORMAT, version, iv.toString("base64"), cipher.getAuthTag().toString("base64"), body.toString("base64")].join(":");
}

export function decryptField(keyring: Keyring, ref: FieldRef, sealed: string): string {
  const [format, versionText, ivB64, tagB64, bodyB64] = sealed.split(":");
  const version = Number(versionText);
  const key = keyring.keys.get(version);
  if (format !== FORMAT || !key || !ivB64 || !tagB64 || bodyB64 === undefined) {
    throw new DecryptionError(`Cannot open ${ref.table}.${ref.column} of row ${ref.rowId}: unknown format or key version.`);
  }
  try {
    const decipher = crypto.createDecipheriv("aes-256-gcm", key, Buffer.from(ivB64, "base64"), { authTagLength: 16 });
    decipher.setAAD(aad(ref, version));
    decipher.setAuthTag(Buffer.from(tagB64, "base64"));
    return Buffer.concat([decipher.update(Buffer.from(bodyB64, "base64")), decipher.final()]).toString("utf8");
  } catch {
    // GCM refuses tampered bytes; we say so rather than ever returning garbled text.
    throw new DecryptionError(`Cannot open ${ref.table}.${ref.column} of row ${ref.rowId}: authentication failed.`);
  }
}

export function lookupHash(keyring: Keyring, value: string): string {
  return crypto.createHmac("sha256", keyring.lookupKey).update(value).digest("hex");
}

export function sha256(value: string): string {
  return crypto.createHash("sha256").update(value).digest("hex");
}

/** An unguessable token: 128 bits or more, URL-safe. */
export function randomToken(bytes = 18): string {
  return crypto.randomBytes(bytes).toString("base64url");
}
