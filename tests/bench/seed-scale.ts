// `npm run seed:scale`: a new database at alliance scale (200 organisations, 60 partnerships, 12 quarterly
// rounds each, 100 000 responses with their derived rows, 30 000 stories) for the report benchmark.
// `--national` makes a national network instead: 2 000 organisations, 600 partnerships, 1 000 000 responses,
// 300 000 stories (each figure can still be set on its own). Two partnerships in three share benchmarks.
// Options: --db ./data/scale.db  --responses 100000  --stories 30000  --seed 1  --national  --force
// The key goes next to the database as <db>.key, never inside it; <db>.json records how it was made.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openDatabase } from "../../db/client";
import { setContext } from "../../app/models/platform/context.server";
import { newKeyringText, parseKeyring } from "../../app/models/platform/crypto.server";
import { registerInstruments } from "../../app/models/rounds/instruments.server";
import { hashPassword } from "../../app/models/people/passwords.server";
import { apportion, planAlliance, type Width } from "./scale-plan";
import { progressBar } from "./scale-progress";
import { writeOrganisations, writePeople } from "./scale-people";
import { writeReports } from "./scale-reports";
import { writeBenchmarkAgreements } from "./scale-benchmarks";
import { writeResponses } from "./scale-responses";
import { makeRng } from "./scale-rng";
import { planRounds, writeRounds } from "./scale-rounds";
import { writeStories } from "./scale-stories";
import { makeTexts } from "./scale-texts";
import { makeWriter } from "./scale-writer";

export type ScaleOptions = {
  db: string;
  responses: number;
  stories: number;
  seed: number;
  /** How many organisations and partnerships: an alliance (200, 60) or a national network (2 000, 600). */
  width?: Width;
  /** Replace an existing database at `db` (and its key and record). */
  force?: boolean;
  /** No progress bar (tests). */
  quiet?: boolean;
  /** Put into every sealed text, so a test can search the file for it. */
  marker?: string;
  now?: Date;
};
export type ScaleRecord = {
  params: { responses: number; stories: number; seed: number; generator: number; width?: Width };
  seconds: number;
  counts: Record<string, number>;
};

/** Raise when the generator writes different data: the benchmark then remakes its saved databases. */
export const GENERATOR_VERSION = 3;

export const DEFAULTS: ScaleOptions = { db: "./data/scale.db", responses: 100_000, stories: 30_000, seed: 1 };
export const NATIONAL = { db: "./data/scale-national.db", responses: 1_000_000, stories: 300_000, width: "national" } as const;
export const keyFileOf = (db: string) => `${db}.key`;
export const recordFileOf = (db: string) => `${db}.json`;
const FILES = (db: string) => [db, `${db}-wal`, `${db}-shm`, keyFileOf(db), recordFileOf(db)];

export async function seedScale(input: Partial<ScaleOptions> = {}): Promise<ScaleRecord> {
  const options = { ...DEFAULTS, ...input };
  const started = performance.now();
  if (fs.existsSync(options.db)) {
    if (!options.force) throw new Error(`${options.db} exists; remove it or pass --force.`);
    for (const file of FILES(options.db)) fs.rmSync(file, { force: true });
  }
  fs.mkdirSync(path.dirname(path.resolve(options.db)), { recursive: true });
  const keyText = newKeyringText();
  fs.writeFileSync(keyFileOf(options.db), keyText, { mode: 0o600 });
  const keyring = parseKeyring(keyText);
  const db = openDatabase(options.db);
  setContext({ db, keyring });
  registerInstruments();
  const sqlite = db.$client;
  // A connection setting only: a big page cache keeps the index inserts in memory.
  sqlite.pragma("cache_size = -262144");
  const passwordHash = await hashPassword("scale-benchmark-password");

  const rng = makeRng(options.seed);
  const texts = makeTexts(rng, options.marker);
  const width = options.width ?? "alliance";
  const plan = planAlliance(rng, options.responses, width);
  const now = options.now ?? new Date();
  const rounds = planRounds(plan, now);
  const w = makeWriter(sqlite);
  const bar = (label: string, total: number) => progressBar(label, total, process.stderr, options.quiet);

  writeOrganisations(w, plan);
  const peopleBar = bar("people", plan.people);
  let people = 0;
  writePeople(w, plan, keyring, texts, passwordHash, () => peopleBar.tick(++people));
  peopleBar.finish();
  writeRounds(w, plan, rounds);

  const responsesBar = bar("responses", options.responses);
  let responses = 0;
  writeResponses(
    { w, keyring, rng, texts, now, ids: { response: 0, narrative: 0 }, onResponse: () => responsesBar.tick(++responses) },
    plan,
    rounds,
  );
  responsesBar.finish();

  const storiesBar = bar("stories", options.stories);
  let stories = 0;
  const weights = rounds.map((r) => {
    const q = r.partnership.quotas[r.index];
    return q.view + q.self + q.network + 1;
  });
  writeStories(
    { w, keyring, rng, texts, now, onStory: () => storiesBar.tick(++stories) },
    plan,
    rounds,
    apportion(options.stories, weights),
  );
  storiesBar.finish();
  writeReports(w, plan, rounds);
  writeBenchmarkAgreements(w, plan, now);

  // One file, no WAL left beside it: what a backup or a copy of the database would be.
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.close();
  const record: ScaleRecord = {
    params: { responses: options.responses, stories: options.stories, seed: options.seed, generator: GENERATOR_VERSION, width },
    seconds: (performance.now() - started) / 1000,
    counts: w.counts,
  };
  fs.writeFileSync(recordFileOf(options.db), JSON.stringify(record, null, 2));
  return record;
}

export function parseArgs(argv: string[]): Partial<ScaleOptions> {
  const options: Partial<ScaleOptions> = argv.includes("--national") ? { ...NATIONAL } : {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    const number = () => {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number, got ${value}`);
      i++;
      return n;
    };
    if (flag === "--db") {
      options.db = value;
      i++;
    } else if (flag === "--responses") options.responses = number();
    else if (flag === "--stories") options.stories = number();
    else if (flag === "--seed") options.seed = number();
    else if (flag === "--force") options.force = true;
    else if (flag === "--national") continue;
    else throw new Error(`Unknown option ${flag}. Options: --db <path> --responses <n> --stories <n> --seed <n> --national --force`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  seedScale(parseArgs(process.argv.slice(2)))
    .then((record) => {
      const { counts } = record;
      console.log(
        `${record.counts.organisations ?? ""} organisations, ${record.counts.partnerships ?? ""} partnerships. Seeded in ${record.seconds.toFixed(1)} s: ${counts.responses} responses, ${counts.metric_values} metric values, ${counts.narratives ?? 0} narratives, ${counts.stories} stories.`,
      );
    })
    .catch((error: Error) => {
      console.error(error.message);
      process.exit(1);
    });
}
