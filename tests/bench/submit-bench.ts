// Validated submissions: submitResponse on the full path (survey-core validation, derived metric and
// narrative rows, encryption, one IMMEDIATE commit with synchronous=FULL) next to a bare baseline in the
// same run: the same number of plain INSERTs of an equivalent row (the answers as JSON text), each in its
// own IMMEDIATE transaction on a file with the same pragmas. Also (extra lines) the yardstick: that
// INSERT after survey-core validation on a model built once. Runs alternate one by one, so every side sees
// the same disk and garbage-collector weather.
import crypto from "node:crypto";
import path from "node:path";
import type Database from "better-sqlite3";
import { openDatabase } from "../../db/client";
import { createSurvey } from "../../surveys/survey-model";
import { submitResponse } from "../../app/models/survey-responses.server";
import { fullCommunityAnswers, makeBenchWorld } from "./bench-world";
import type { BenchModule } from "./run";

const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 200);
const WARMUP = 5;

function bareTable(file: string) {
  // openDatabase sets and checks the same pragmas as the app (WAL, synchronous=FULL, …); no migrations.
  const sqlite: Database.Database = openDatabase(file, { runMigrations: false }).$client;
  sqlite.exec(`create table bare_responses (
    id integer primary key autoincrement, round_id integer not null, instrument text not null, version text not null,
    organisation_id integer not null, person_id integer not null, answers text not null, page_index integer not null,
    status text not null, submitted_at text, updated_at text not null, client_id text not null unique)`);
  const insert = sqlite.prepare(`insert into bare_responses (round_id, instrument, version, organisation_id, person_id, answers, page_index, status, submitted_at, updated_at, client_id)
    values (@roundId, 'partnership-view', 'bench', @organisationId, @personId, @answers, 4, 'submitted', @now, @now, @clientId)`);
  const once = sqlite.transaction((row: Record<string, unknown>) => insert.run(row));
  return { insert: (row: Record<string, unknown>) => once.immediate(row), close: () => sqlite.close() };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

export const submitBench: BenchModule = {
  title: `validated submissions (${SUBMISSIONS}, in-process, one connection) vs bare INSERTs`,
  async run(log) {
    const total = SUBMISSIONS + WARMUP;
    const world = makeBenchWorld("submit", total);
    const bare = bareTable(path.join(world.dir, "bare.db"));
    const target = world.target("partnership-view", world.clo);
    const submit: number[] = [];
    const plain: number[] = [];
    // The yardstick as well: the bare INSERT after survey-core validation on a model built once.
    const model = createSurvey(target.instrument, { variables: target.variables });
    const validated: number[] = [];
    try {
      for (let i = 0; i < total; i++) {
        const answers = fullCommunityAnswers(i);
        const who = world.respondent(world.members[i], world.clo);
        let start = performance.now();
        const result = submitResponse(target, who, crypto.randomUUID(), answers);
        const submitMs = performance.now() - start;
        if (!result.ok || result.duplicate) throw new Error(`bench submission ${i} was not accepted: ${JSON.stringify(result)}`);
        start = performance.now();
        bare.insert({ roundId: world.roundId, organisationId: world.clo, personId: who.personId, answers: JSON.stringify(answers), now: new Date().toISOString(), clientId: crypto.randomUUID() });
        const bareMs = performance.now() - start;
        start = performance.now();
        model.data = structuredClone(answers);
        if (!model.validate(true, false)) throw new Error(`bench answers ${i} are not valid for survey-core`);
        bare.insert({ roundId: world.roundId, organisationId: world.clo, personId: who.personId, answers: JSON.stringify(answers), now: new Date().toISOString(), clientId: crypto.randomUUID() });
        const validatedMs = performance.now() - start;
        if (i >= WARMUP) {
          submit.push(submitMs);
          plain.push(bareMs);
          validated.push(validatedMs);
        }
        if ((i + 1) % 50 === 0) log(`  ${i + 1}/${total}`);
      }
    } finally {
      bare.close();
      world.close();
    }
    const perSecond = (samples: number[]) => (samples.length * 1000) / samples.reduce((sum, ms) => sum + ms, 0);
    const sorted = [...submit].sort((a, b) => a - b);
    const submitRate = perSecond(submit);
    const bareRate = perSecond(plain);
    return [
      { name: "submit_per_s", value: round(submitRate, 1) },
      { name: "bare_per_s", value: round(bareRate, 1) },
      { name: "submit_vs_bare_ratio", value: round(submitRate / bareRate, 4) },
      { name: "submit_p50_ms", value: round(percentile(sorted, 50)) },
      { name: "submit_p99_ms", value: round(percentile(sorted, 99)) },
      { name: "bare_validated_per_s", value: round(perSecond(validated), 1) },
      { name: "submit_vs_bare_validated_ratio", value: round(submitRate / perSecond(validated), 4) },
    ];
  },
};
