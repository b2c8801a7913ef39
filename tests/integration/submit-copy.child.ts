// One copy of a submission in its own process and its own SQLite connection, for the parallel-copies test
// (submission-idempotency.test.ts). It loads everything, says "ready", waits for "go" on stdin so every copy
// starts at once, submits, and prints the result as one JSON line.
import { openDatabase } from "../../db/client";
import { setContext } from "../../app/models/platform/context.server";
import { parseKeyring } from "../../app/models/platform/crypto.server";
import { roundInstrument } from "../../app/models/rounds/pinned-instruments.server";
import { submitResponse } from "../../app/models/rounds/responses.server";

type Job = {
  file: string;
  roundId: number;
  instrument: string;
  organisationId: number;
  personId: number;
  clientId: string;
  answers: Record<string, unknown>;
};

const job = JSON.parse(process.env.SUBMIT_JOB ?? "{}") as Job;
const db = openDatabase(job.file, { runMigrations: false });
setContext({ db, keyring: parseKeyring(process.env.SUBMIT_KEY ?? "") });
const pinned = roundInstrument(job.roundId, job.instrument, job.organisationId);
if (!pinned) throw new Error("round instrument not found");
const target = { roundId: job.roundId, instrumentName: job.instrument, instrument: pinned.instrument, variables: pinned.variables };
const who = { personId: job.personId, organisationId: job.organisationId, language: "sw" };

process.stdout.write("ready\n");
process.stdin.once("data", () => {
  const result = submitResponse(target, who, job.clientId, job.answers);
  process.stdout.write(`${JSON.stringify(result)}\n`);
  db.$client.close();
  process.exit(0);
});
