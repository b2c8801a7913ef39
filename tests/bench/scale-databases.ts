// The two benchmark databases: generated once into data/bench/, reused while their recorded parameters
// match, and opened with their own key file.
import fs from "node:fs";
import path from "node:path";
import { openDatabase, type Db } from "../../db/client";
import { setContext } from "../../app/models/platform/context.server";
import { parseKeyring } from "../../app/models/platform/crypto.server";
import { registerInstruments } from "../../app/models/rounds/instruments.server";
import { GENERATOR_VERSION, keyFileOf, recordFileOf, seedScale, type ScaleRecord } from "./seed-scale";
import type { Width } from "./scale-plan";

export type ScaleSize = { name: string; responses: number; stories: number; seed: number; width?: Width };

export const SIZES = {
  small: { name: "10k", responses: 10_000, stories: 3_000, seed: 1 },
  large: { name: "100k", responses: 100_000, stories: 30_000, seed: 1 },
  // A national network: 2 000 organisations, 600 partnerships (npm run seed:scale -- --national).
  national: { name: "1m", responses: 1_000_000, stories: 300_000, seed: 1, width: "national" },
} satisfies Record<string, ScaleSize>;

export const benchDir = () => path.resolve(process.env.SIKILIZA_BENCH_DIR ?? "data/bench");
export const scaleFile = (size: ScaleSize) => path.join(benchDir(), `scale-${size.name}.db`);

function recordOf(file: string): ScaleRecord | null {
  try {
    return JSON.parse(fs.readFileSync(recordFileOf(file), "utf8")) as ScaleRecord;
  } catch {
    return null;
  }
}

/** The database for `size`, made if missing or made with other parameters; says which, and the seed time. */
export async function ensureScaleDatabase(size: ScaleSize): Promise<{ file: string; record: ScaleRecord; generated: boolean }> {
  const file = scaleFile(size);
  const record = recordOf(file);
  const same =
    record &&
    record.params.responses === size.responses &&
    record.params.stories === size.stories &&
    record.params.seed === size.seed &&
    (record.params.width ?? "alliance") === (size.width ?? "alliance") &&
    record.params.generator === GENERATOR_VERSION;
  if (same && fs.existsSync(file) && fs.existsSync(keyFileOf(file))) return { file, record, generated: false };
  const made = await seedScale({
    db: file,
    responses: size.responses,
    stories: size.stories,
    seed: size.seed,
    width: size.width,
    force: true,
  });
  return { file, record: made, generated: true };
}

/** Opens a scale database as the app would (pragmas checked) and makes it the process's context. */
export function openScale(file: string): Db {
  const db = openDatabase(file);
  setContext({ db, keyring: parseKeyring(fs.readFileSync(keyFileOf(file), "utf8")) });
  registerInstruments();
  return db;
}
