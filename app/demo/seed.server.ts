// The fictional demo alliance, seeded into an empty database so `npm start` shows a living example.
import { sql } from "drizzle-orm";
import { db } from "../models/platform/context.server";
import type { Config } from "../models/platform/config.server";
import { seedDemoAlliance } from "./alliance";

export const DEMO_PASSWORD = "listen-first-demo";

export class SeedRefusedError extends Error {}

export function databaseIsEmpty() {
  const row = db().get<{ n: number }>(sql`select count(*) as n from organisations`);
  return !row || row.n === 0;
}

export async function seedDemoIfEmpty(config: Config, now = new Date()) {
  if (config.SIKILIZA_SEED_DEMO === "off" || !databaseIsEmpty()) return false;
  // Demo accounts share a published password: never in production unless someone insists.
  if (config.NODE_ENV === "production" && config.SIKILIZA_SEED_DEMO !== "force") return false;
  await seedDemoAlliance(now);
  return true;
}
