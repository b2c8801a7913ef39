// The one place that holds the open database and the encryption keys for the running process.
import type { Db } from "../../../db/client";
import type { Keyring } from "./crypto.server";

type Context = { db: Db; keyring: Keyring };

let current: Context | null = null;

export function setContext(context: Context) {
  current = context;
}

export function ctx(): Context {
  if (!current) throw new Error("Sikiliza is not started: the database and key are not open.");
  return current;
}

export const db = () => ctx().db;
export const keyring = () => ctx().keyring;
