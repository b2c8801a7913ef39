// The instruments of surveys/, checked at start, each stored under its content hash so a round can pin it.
import { eq } from "drizzle-orm";
import { instrumentVersions } from "../../../db/schema";
import { instrumentFromJson, loadInstruments } from "../../../surveys/load-instruments";
import type { Instrument } from "../../../surveys/types";
import { db } from "../platform/context.server";

let current = new Map<string, Instrument>();
const byVersion = new Map<string, Instrument>();

/** Loads and checks every file (a broken one throws, naming file and question) and records its version. */
export function registerInstruments(dir?: string) {
  current = loadInstruments(dir);
  for (const instrument of current.values()) {
    db()
      .insert(instrumentVersions)
      .values({ version: instrument.version, name: instrument.name, json: JSON.stringify(instrument.json) })
      .onConflictDoNothing()
      .run();
    byVersion.set(instrument.version, instrument);
  }
}

export function currentVersion(name: string): string {
  const instrument = current.get(name);
  if (!instrument) throw new Error(`Unknown instrument ${name}`);
  return instrument.version;
}

export function currentInstrument(name: string): Instrument | null {
  return current.get(name) ?? null;
}

export function instrumentNames() {
  return [...current.keys()].sort();
}

/** The instrument exactly as a round pinned it, even after the file changed. */
export function instrumentAt(version: string): Instrument | null {
  const cached = byVersion.get(version);
  if (cached) return cached;
  const row = db().select().from(instrumentVersions).where(eq(instrumentVersions.version, version)).get();
  if (!row) return null;
  // The stored key stays the version, whatever the hashing of a later release would say.
  const instrument = { ...instrumentFromJson(row.name, JSON.parse(row.json)), version };
  byVersion.set(version, instrument);
  return instrument;
}
