import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { instrumentFromJson, loadInstruments } from "../../../surveys/load-instruments";
import type { Instrument } from "../../../surveys/types";

export const SURVEYS_DIR = path.resolve(import.meta.dirname, "../../../surveys");

let cache: Map<string, Instrument> | undefined;

export function instrument(name: string): Instrument {
  cache ??= loadInstruments(SURVEYS_DIR);
  const found = cache.get(name);
  if (!found) throw new Error(`no instrument ${name}`);
  return found;
}

/** A fresh, editable copy of an instrument file's JSON. */
export function rawInstrument(name: string): Record<string, any> {
  return JSON.parse(readFileSync(path.join(SURVEYS_DIR, `${name}.json`), "utf8"));
}

/** A directory holding the given files (objects are written as JSON, strings as they are). */
export function instrumentDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sikiliza-surveys-"));
  for (const [file, content] of Object.entries(files)) {
    writeFileSync(path.join(dir, file), typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}

/** A small one-page instrument for the cases our own files do not have (matrix, dropdown, numbers). */
export function tinyInstrument(elements: object[]): Instrument {
  return instrumentFromJson("tiny", { pages: [{ name: "only", elements }] });
}

/** Every element of a raw page list, nested ones too. */
export function allElements(json: Record<string, any>): Record<string, any>[] {
  const walk = (elements: Record<string, any>[] = []): Record<string, any>[] =>
    elements.flatMap((element) => [element, ...walk(element.elements)]);
  return (json.pages ?? []).flatMap((page: Record<string, any>) => walk(page.elements));
}
