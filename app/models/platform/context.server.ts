// The one place that holds the open database and the encryption keys for the running process.
import fs from "node:fs";
import type { Db } from "../../../db/client";
import { parseKeyring, type Keyring } from "./crypto.server";

type Context = { db: Db; keyring: Keyring; keyFile?: string };

let current: Context | null = null;
// A key file that changed on disk is read again at most once a second: `npm run key:rotate` adds a version and
// then drops the old one while the app runs, and every new seal must use the version the file calls current.
const RELOAD_CHECK_MS = 1000;
let keyFileSeen = { checkedAt: 0, stamp: "" };
// The file is replaced by a rename, so a new inode or mtime means new contents.
const stampOf = (file: string) => {
  const stat = fs.statSync(file);
  return `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
};

export function setContext(context: Context) {
  current = context;
  keyFileSeen = { checkedAt: Date.now(), stamp: context.keyFile ? stampOf(context.keyFile) : "" };
}

export function ctx(): Context {
  if (!current) throw new Error("Sikiliza is not started: the database and key are not open.");
  return current;
}

function reloadKeyFileIfChanged(context: Context & { keyFile: string }) {
  const now = Date.now();
  if (now - keyFileSeen.checkedAt < RELOAD_CHECK_MS) return;
  keyFileSeen.checkedAt = now;
  try {
    const stamp = stampOf(context.keyFile);
    if (stamp === keyFileSeen.stamp) return;
    context.keyring = parseKeyring(fs.readFileSync(context.keyFile, "utf8"));
    keyFileSeen.stamp = stamp;
  } catch (error) {
    // A half-written or broken file never replaces a working key ring; the next check tries again.
    console.error(`Key file not reloaded: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  }
}

export const db = () => ctx().db;
export const keyring = () => {
  const context = ctx();
  if (context.keyFile) reloadKeyFileIfChanged(context as Context & { keyFile: string });
  return context.keyring;
};
