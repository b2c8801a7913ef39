import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { checkInstrument } from "./check-instrument";
import { instrumentMeta } from "./custom-properties";
import { checkDecisionMap } from "./decision-map";
import { InstrumentError } from "./instrument-error";
import { walkElements } from "./raw-elements";
import type { Instrument } from "./types";

/** JSON with object keys sorted at every depth, so formatting and key order do not change a version. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === "object" && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

export function instrumentVersion(json: unknown): string {
  return createHash("sha256").update(canonicalJson(json)).digest("hex").slice(0, 16);
}

/** An instrument from JSON kept elsewhere (a round pins the version it ran), checked like a file. */
export function instrumentFromJson(name: string, json: object, file = `${name}.json`): Instrument {
  checkInstrument(file, json);
  return { name, file, version: instrumentVersion(json), json };
}

// The process runs from the project root (npm scripts, vitest); the server bundle does not sit next
// to surveys/, so the directory is found from the working directory rather than from this module.
const DEFAULT_DIR = path.resolve(process.cwd(), "surveys");

/** An instrument file read and checked as the app reads it at start; throws InstrumentError with every problem. */
export function readInstrumentFile(filePath: string): Instrument {
  const file = path.basename(filePath);
  let text: string;
  try {
    text = readFileSync(filePath, "utf8");
  } catch (error) {
    throw new InstrumentError(file, "(file)", `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InstrumentError(file, "(file)", `not valid JSON: ${(error as Error).message}`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new InstrumentError(file, "(file)", "not a JSON object");
  return instrumentFromJson(file.replace(/\.json$/, ""), json, file);
}

/** Every `*.json` instrument in `dir`, checked; throws InstrumentError for the first file at fault, listing all its problems. */
export function loadInstruments(dir: string = DEFAULT_DIR): Map<string, Instrument> {
  const instruments = new Map<string, Instrument>();
  for (const file of readdirSync(dir)
    .filter((entry) => entry.endsWith(".json"))
    .sort()) {
    const instrument = readInstrumentFile(path.join(dir, file));
    instruments.set(instrument.name, instrument);
  }
  checkMirroredDimensions(instruments);
  checkDecisionMap(instruments);
  return instruments;
}

type RatingsByDimension = Map<string, string>;

function ratingsOf(instrument: Instrument, perspective: string): RatingsByDimension {
  const ratings: RatingsByDimension = new Map();
  walkElements(instrument.json, (element) => {
    if (element.type === "rating" && element.perspective === perspective) {
      ratings.set(String(element.dimension), String(element.name));
    }
  });
  return ratings;
}

/**
 * The gap report joins the community's view to the INGO's self-view and prediction by dimension: an instrument
 * that declares it `mirrors` another must ask about the same dimensions, or a gap could never be read.
 */
export function checkMirroredDimensions(instruments: Map<string, Instrument>): void {
  for (const ingo of instruments.values()) {
    const mirrored = instrumentMeta(ingo.json).mirrors;
    const community = mirrored ? instruments.get(mirrored) : undefined;
    if (community) checkMirrorPair(community, ingo);
  }
}

function checkMirrorPair(community: Instrument, ingo: Instrument): void {
  const asked = ratingsOf(community, "community");
  for (const perspective of ["ingo_self", "ingo_prediction"]) {
    const mirrored = ratingsOf(ingo, perspective);
    for (const [dimension, question] of asked) {
      if (!mirrored.has(dimension)) {
        throw new InstrumentError(community.file, question, `dimension "${dimension}" has no ${perspective} rating in ${ingo.file}`);
      }
    }
    for (const [dimension, question] of mirrored) {
      if (!asked.has(dimension)) {
        throw new InstrumentError(ingo.file, question, `dimension "${dimension}" has no community rating in ${community.file}`);
      }
    }
  }
}
