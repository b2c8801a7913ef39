// Everything that must hold before the first request: key present, pragmas checked, migrations applied,
// instruments valid, demo seeded on a first start. Any failure stops the process with a plain message.
import fs from "node:fs";
import { openDatabase } from "../../db/client";
import { setContext } from "./context.server";
import { loadKeyring } from "./crypto.server";
import { isProduction, readConfig } from "./config.server";
import { registerInstruments } from "./instruments.server";
import { refreshRounds } from "./rounds.server";
import { seedDemoIfEmpty } from "../../db/seed/demo";

export async function startup(env: NodeJS.ProcessEnv = process.env) {
  const config = readConfig(env);
  const freshDatabase = !fs.existsSync(config.DATABASE_PATH);
  const mayCreateKey = freshDatabase && (!isProduction(config) || config.SIKILIZA_SEED_DEMO === "force");
  const keyring = loadKeyring(env, { createIfMissing: mayCreateKey });
  const db = openDatabase(config.DATABASE_PATH);
  setContext({ db, keyring });
  registerInstruments();
  await seedDemoIfEmpty(config);
  refreshRounds();
  return { db, config };
}
