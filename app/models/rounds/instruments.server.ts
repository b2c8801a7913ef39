// The instruments of surveys/, checked at start, and those a facilitator uploaded for a partnership, each stored
// under its content hash so a round can pin it. Labels come from each instrument's own title.
import { and, desc, eq } from "drizzle-orm";
import { instrumentVersions, partnershipInstruments } from "../../../db/schema";
import { instrumentMeta, type InstrumentMeta } from "../../../surveys/custom-properties";
import { InstrumentError } from "../../../surveys/instrument-error";
import { instrumentFromJson, loadInstruments } from "../../../surveys/load-instruments";
import type { Instrument } from "../../../surveys/types";
import { messagesChanged, provideMessages } from "~/i18n/catalogues.server";
import { db } from "../platform/context.server";

let current = new Map<string, Instrument>();
const byVersion = new Map<string, Instrument>();
/** name → locale → title, for `instrument.<name>` labels; catalogue entries win (the four files have their own). */
const titles = new Map<string, Record<string, string>>();

export function rememberTitle(name: string, json: object) {
  const title = (json as { title?: unknown }).title;
  const texts =
    typeof title === "string" ? { default: title } : title && typeof title === "object" ? (title as Record<string, string>) : {};
  titles.set(name, texts);
  messagesChanged();
}

provideMessages((locale) => {
  const messages: Record<string, string> = {};
  for (const [name, texts] of titles) {
    const text = texts[locale] ?? texts.default ?? Object.values(texts)[0];
    messages[`instrument.${name}`] = typeof text === "string" && text.trim() ? text : name;
  }
  return messages;
});

/** Loads and checks every file (a broken one throws, naming file and question) and records its version. */
export function registerInstruments(dir?: string) {
  current = loadInstruments(dir);
  for (const instrument of current.values()) {
    storeVersion(instrument);
    rememberTitle(instrument.name, instrument.json);
  }
  // Uploaded instruments are labelled too; a stored one was checked when it was uploaded.
  for (const row of db()
    .select({ name: partnershipInstruments.name, version: partnershipInstruments.version })
    .from(partnershipInstruments)
    .all()) {
    const stored = instrumentAt(row.version);
    if (stored) rememberTitle(row.name, stored.json);
  }
}

export function storeVersion(instrument: Instrument, tx = db()) {
  tx.insert(instrumentVersions)
    .values({ version: instrument.version, name: instrument.name, json: JSON.stringify(instrument.json) })
    .onConflictDoNothing()
    .run();
  byVersion.set(instrument.version, instrument);
}

/** The newest upload of `name` for the partnership, or null. */
function uploadedVersion(name: string, partnershipId: number): string | null {
  return (
    db()
      .select({ version: partnershipInstruments.version })
      .from(partnershipInstruments)
      .where(and(eq(partnershipInstruments.partnershipId, partnershipId), eq(partnershipInstruments.name, name)))
      .orderBy(desc(partnershipInstruments.id))
      .get()?.version ?? null
  );
}

/** The version a new round of this partnership pins: the file's, or the partnership's newest upload. */
export function currentVersion(name: string, partnershipId?: number): string {
  const instrument = current.get(name);
  if (instrument) return instrument.version;
  const uploaded = partnershipId === undefined ? null : uploadedVersion(name, partnershipId);
  if (!uploaded) throw new Error(`Unknown instrument ${name}`);
  return uploaded;
}

export function currentInstrument(name: string): Instrument | null {
  return current.get(name) ?? null;
}

export function instrumentNames() {
  return [...current.keys()].sort();
}

export const isFileInstrument = (name: string) => current.has(name);

/** The names of the instruments uploaded for a partnership, in the order they first came. */
export function uploadedNames(partnershipId: number): string[] {
  const rows = db()
    .select({ name: partnershipInstruments.name })
    .from(partnershipInstruments)
    .where(eq(partnershipInstruments.partnershipId, partnershipId))
    .orderBy(partnershipInstruments.id)
    .all();
  return [...new Set(rows.map((row) => row.name))];
}

/** What an instrument declares about itself (who answers it, whether it mirrors another), from its JSON. */
export function metaOf(name: string, partnershipId?: number): InstrumentMeta {
  const file = current.get(name);
  if (file) return instrumentMeta(file.json);
  const version = partnershipId === undefined ? null : uploadedVersion(name, partnershipId);
  const stored = version ? instrumentAt(version) : null;
  return instrumentMeta(stored?.json ?? {});
}

/** The instrument exactly as a round pinned it, even after the file changed. */
export function instrumentAt(version: string): Instrument | null {
  const cached = byVersion.get(version);
  if (cached) return cached;
  const row = db().select().from(instrumentVersions).where(eq(instrumentVersions.version, version)).get();
  if (!row) return null;
  // The stored key stays the version, whatever the hashing of a later release would say. A stored upload that a
  // later release's checks refuse is unavailable (a 404 where it is asked), never a reason for the app to stop.
  let checked: Instrument;
  try {
    checked = instrumentFromJson(row.name, JSON.parse(row.json) as object);
  } catch (error) {
    if (!(error instanceof InstrumentError)) throw error;
    console.error(`instrument version ${version} no longer passes the checks: ${error.problems.length} problem(s)`);
    return null;
  }
  const instrument = { ...checked, version };
  byVersion.set(version, instrument);
  return instrument;
}
