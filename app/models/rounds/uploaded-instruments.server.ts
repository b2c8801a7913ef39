// A facilitator adds an instrument to a partnership without a deploy: a SurveyJS JSON written elsewhere (SurveyJS
// Creator), checked exactly as the files in surveys/ are, and stored under its content hash. A refused upload lists
// every problem and stores nothing; an accepted one is a new version only when its content changed. The
// partnership's coordinators read it (preview) before any round uses it (docs/decisions/018-instruments-are-open-surveyjs.md).
import { and, desc, eq, ne } from "drizzle-orm";
import { partnershipInstruments } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { instrumentProblems } from "../../../surveys/check-instrument";
import type { InstrumentProblem } from "../../../surveys/instrument-error";
import { instrumentVersion } from "../../../surveys/load-instruments";
import { buildPageModel } from "../../../surveys/page-model";
import { pageCount } from "../../../surveys/survey-model";
import { questionCount } from "../../../surveys/question-count";
import type { Locale, PageModel } from "../../../surveys/types";
import { db } from "../platform/context.server";
import { instrumentAt, isFileInstrument, rememberTitle, storeVersion } from "./instruments.server";

/** Instrument names in URLs and form fields: lower-case words joined by hyphens. */
export const INSTRUMENT_NAME = /^[a-z][a-z0-9-]{1,58}[a-z0-9]$/;
const MAX_JSON_BYTES = 512 * 1024;

export type UploadResult = { ok: true; name: string; version: string; isNew: boolean } | { ok: false; problems: InstrumentProblem[] };

const problem = (question: string, text: string): InstrumentProblem => ({ question, problem: text });

function nameProblems(name: string, partnershipId: number): InstrumentProblem[] {
  if (!INSTRUMENT_NAME.test(name)) return [problem("(name)", "use 3 to 60 lower-case letters, digits and hyphens, starting with a letter")];
  if (isFileInstrument(name)) return [problem("(name)", `"${name}" is one of Sikiliza's own instruments; choose another name`)];
  const elsewhere = db()
    .select({ id: partnershipInstruments.id })
    .from(partnershipInstruments)
    .where(and(eq(partnershipInstruments.name, name), ne(partnershipInstruments.partnershipId, partnershipId)))
    .get();
  return elsewhere ? [problem("(name)", `"${name}" is already used by another partnership; choose another name`)] : [];
}

function parseJson(text: string): { json: unknown; problems: InstrumentProblem[] } {
  if (Buffer.byteLength(text, "utf8") > MAX_JSON_BYTES) return { json: null, problems: [problem("(file)", "is larger than 512 KB")] };
  try {
    return { json: JSON.parse(text), problems: [] };
  } catch (error) {
    return { json: null, problems: [problem("(file)", `not valid JSON: ${(error as Error).message}`)] };
  }
}

/** Checks everything first; only an upload with no problem at all writes, in one transaction. */
export function uploadInstrument(input: { partnershipId: number; name: string; text: string; personId: number }): UploadResult {
  const { json, problems: jsonProblems } = parseJson(input.text);
  const problems = [...nameProblems(input.name, input.partnershipId), ...jsonProblems, ...(json === null ? [] : instrumentProblems(json))];
  if (problems.length) return { ok: false, problems };
  const instrument = { name: input.name, file: `${input.name}.json`, version: instrumentVersion(json), json: json as object };
  const isNew = writeTransaction(db(), (tx) => {
    storeVersion(instrument, tx);
    const known = tx
      .select({ id: partnershipInstruments.id })
      .from(partnershipInstruments)
      .where(
        and(
          eq(partnershipInstruments.partnershipId, input.partnershipId),
          eq(partnershipInstruments.name, input.name),
          eq(partnershipInstruments.version, instrument.version),
        ),
      )
      .get();
    if (known) return false;
    tx.insert(partnershipInstruments)
      .values({ partnershipId: input.partnershipId, name: input.name, version: instrument.version, uploadedBy: input.personId })
      .run();
    return true;
  });
  rememberTitle(input.name, instrument.json);
  return { ok: true, name: input.name, version: instrument.version, isNew };
}

export type UploadedInstrument = { name: string; version: string; uploadedAt: string; versions: number; questions: number };

/** The partnership's instruments, newest version of each, with how many versions it has had. */
export function listUploadedInstruments(partnershipId: number): UploadedInstrument[] {
  const rows = db()
    .select()
    .from(partnershipInstruments)
    .where(eq(partnershipInstruments.partnershipId, partnershipId))
    .orderBy(desc(partnershipInstruments.id))
    .all();
  const byName = new Map<string, UploadedInstrument>();
  for (const row of rows) {
    const seen = byName.get(row.name);
    if (seen) {
      seen.versions += 1;
      continue;
    }
    const instrument = instrumentAt(row.version);
    byName.set(row.name, {
      name: row.name,
      version: row.version,
      uploadedAt: row.createdAt,
      versions: 1,
      questions: instrument ? questionCount(instrument.json) : 0,
    });
  }
  return [...byName.values()];
}

/** Every page of the newest version as a person would see it with nothing answered yet, or null. */
export function previewInstrument(partnershipId: number, name: string, locale: Locale): { version: string; pages: PageModel[] } | null {
  const row = db()
    .select({ version: partnershipInstruments.version })
    .from(partnershipInstruments)
    .where(and(eq(partnershipInstruments.partnershipId, partnershipId), eq(partnershipInstruments.name, name)))
    .orderBy(desc(partnershipInstruments.id))
    .get();
  const instrument = row && instrumentAt(row.version);
  if (!instrument) return null;
  const pages = Array.from({ length: pageCount(instrument) }, (_, pageIndex) =>
    buildPageModel(instrument, { locale, answers: {}, pageIndex, variables: {} }),
  );
  // A page hidden until something is answered is shown as its neighbour: keep each page once.
  return {
    version: instrument.version,
    pages: pages.filter((page, index) => pages.findIndex((other) => other.pageIndex === page.pageIndex) === index),
  };
}
