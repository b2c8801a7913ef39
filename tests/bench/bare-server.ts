// The yardstick of `npm run bench`: a bare Node HTTP server that does only the unavoidable work of
// accepting a response — read and parse the urlencoded body, validate it with survey-core on a model
// built once (submit-bare-work.ts), one durable INSERT (its own file, the app's pragmas through
// openDatabase: WAL, synchronous=FULL, busy_timeout, foreign_keys, secure_delete; BEGIN IMMEDIATE) — and
// answer 200. No routing, session, consent, derived rows or encryption: that is what Sikiliza adds.
// Run in its own process: `node --import tsx tests/bench/bare-server.ts` with PORT, BARE_DATABASE_PATH,
// BARE_VARIABLES (JSON), and BARE_VALIDATION (model-once | validateAnswers; default model-once).
import http from "node:http";
import { openDatabase } from "../../db/client";
import { loadInstruments } from "../../surveys/load-instruments";
import { bareWork, type BareValidation } from "./submit-bare-work";

const INSTRUMENT = "partnership-view";
const port = Number(process.env.PORT ?? 0);
const file = process.env.BARE_DATABASE_PATH;
if (!file) throw new Error("BARE_DATABASE_PATH is not set");
const validation = (process.env.BARE_VALIDATION ?? "model-once") as BareValidation;

const instrument = loadInstruments().get(INSTRUMENT);
if (!instrument) throw new Error(`no ${INSTRUMENT} instrument`);
const work = bareWork(instrument, JSON.parse(process.env.BARE_VARIABLES ?? "{}"), validation);

const sqlite = openDatabase(file, { runMigrations: false }).$client;
sqlite.exec(`create table if not exists bare_responses (
  id integer primary key, client_id text not null unique, instrument text not null, answers text not null, submitted_at text not null)`);
const insert = sqlite.prepare("insert into bare_responses (client_id, instrument, answers, submitted_at) values (?, ?, ?, ?)");
const insertDurably = sqlite.transaction((clientId: string, answers: string) =>
  insert.run(clientId, INSTRUMENT, answers, new Date().toISOString()),
);
const count = sqlite.prepare("select count(*) as n from bare_responses").pluck();

function answer(res: http.ServerResponse, status: number, body: string) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}

function accept(body: string): { status: number; text: string } {
  const fields = new URLSearchParams(body);
  const clientId = fields.get("clientId");
  fields.delete("clientId");
  if (!clientId) return { status: 400, text: "no clientId" };
  const answers = work.parse(fields);
  const errors = work.validate(answers);
  if (errors.length) return { status: 400, text: JSON.stringify(errors) };
  insertDurably.immediate(clientId, JSON.stringify(answers));
  return { status: 200, text: "accepted" };
}

const server = http.createServer((req, res) => {
  if (req.method === "GET") return answer(res, 200, req.url === "/count" ? String(count.get()) : "ok");
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    try {
      const { status, text } = accept(Buffer.concat(chunks).toString("utf8"));
      answer(res, status, text);
    } catch (error) {
      answer(res, 500, error instanceof Error ? error.message : String(error));
    }
  });
});

server.listen(port, "127.0.0.1", () => console.log(`bare server (${validation}) listening on ${port}`));
const stop = () => server.close(() => (sqlite.close(), process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
