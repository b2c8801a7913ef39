// Everything that must hold before the first request: key present, pragmas checked, migrations applied,
// instruments valid, demo seeded on a first start. Any failure stops the process with a plain message.
import fs from "node:fs";
import { openDatabase } from "../db/client";
import { setContext } from "./models/platform/context.server";
import { loadKeyring } from "./models/platform/crypto.server";
import { isProduction, readConfig } from "./models/platform/config.server";
import { registerInstruments } from "./models/rounds/instruments.server";
import { refreshRounds } from "./models/rounds/rounds.server";
import { seedDemoIfEmpty } from "./demo/seed.server";

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
