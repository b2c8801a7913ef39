// docs/security.md 7.3: a submission carries an id the client made. The same id and content again returns the
// first result; the same id with other content is a 409; ten copies sent at once make one row.
import { spawn } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { responses, submissionKeys } from "../../db/schema";
import { roundInstrument } from "../../app/models/rounds/pinned-instruments.server";
import { submitResponse, type SubmitResult } from "../../app/models/rounds/responses.server";
import { respondingAlliance, type RespondingAlliance } from "../support/alliances";
import { get, post } from "../support/route-calls";
import { respondPath, respondRoute } from "./respond-route";
import { testDb } from "./setup";

const ANSWERS = { decisions: 4, decisions_example: "Tuliulizwa kwanza 🙂", trust_na: true, consent: "partners" };

let world: RespondingAlliance;
beforeEach(async () => {
  world = await respondingAlliance();
});

function memberTarget() {
  const pinned = roundInstrument(world.roundId, "partnership-view", world.orgs.clo)!;
  return {
    target: { roundId: world.roundId, instrumentName: "partnership-view", instrument: pinned.instrument, variables: pinned.variables },
    who: { personId: world.people.member.id, organisationId: world.orgs.clo, language: "sw" },
  };
}

const rows = () => ({
  responses: testDb().db.select().from(responses).all().length,
  keys: testDb().db.select().from(submissionKeys).all().length,
});

describe("one submission id", () => {
  it("sent twice with the same content returns the first result and makes one row", () => {
    const { target, who } = memberTarget();
    const id = crypto.randomUUID();
    const first = submitResponse(target, who, id, ANSWERS);
    const second = submitResponse(target, who, id, { ...ANSWERS });
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(second).toEqual({ ok: true, responseId: (first as { responseId: number }).responseId, duplicate: true });
    expect(rows()).toEqual({ responses: 1, keys: 1 });
  });

  it("sent again with other content is a conflict that changes nothing", () => {
    const { target, who } = memberTarget();
    const id = crypto.randomUUID();
    submitResponse(target, who, id, ANSWERS);
    const before = testDb().db.select().from(responses).all();
    expect(submitResponse(target, who, id, { ...ANSWERS, decisions: 1 })).toEqual({ ok: false, conflict: true });
    expect(testDb().db.select().from(responses).all()).toEqual(before);
  });

  it("through the page: a double click or a resend confirms again, other answers under the same id get 409", async () => {
    const page = respondPath(world.roundId, "partnership-view");
    for (let index = 0; index < 4; index++)
      await post(respondRoute, page, world.people.member.cookie, {
        intent: "next",
        page: String(index),
        ...(index === 0 ? { decisions: "4" } : {}),
      });
    const clientId = (await get(respondRoute, page, world.people.member.cookie)).data as { view: { clientId: string } };
    const send = { intent: "submit", page: "4", clientId: clientId.view.clientId, consent: "partners" };
    expect((await post(respondRoute, page, world.people.member.cookie, send)).location).toBe(page);
    expect((await post(respondRoute, page, world.people.member.cookie, send)).location).toBe(page);
    const other = await post(respondRoute, page, world.people.member.cookie, { ...send, consent: "report" });
    expect(other.status).toBe(409);
    expect(other.data).toEqual({ ok: false, refused: "conflict" });
    expect(rows()).toEqual({ responses: 1, keys: 1 });
    expect(testDb().db.select().from(responses).where(eq(responses.personId, world.people.member.id)).get()?.status).toBe("submitted");
  });
});

/** Starts one process per copy, each with its own connection to the same file, and releases them together. */
async function submitInParallel(copies: number, job: object): Promise<SubmitResult[]> {
  const child = path.resolve("tests/integration/submit-copy.child.ts");
  const processes = Array.from({ length: copies }, () =>
    spawn(process.execPath, ["--import", "tsx", child], {
      env: { ...process.env, SUBMIT_JOB: JSON.stringify(job), SUBMIT_KEY: testDb().keyText },
      stdio: ["pipe", "pipe", "inherit"],
    }),
  );
  const lines = processes.map((proc) => {
    let buffer = "";
    const seen: string[] = [];
    const waiters: ((line: string) => void)[] = [];
    proc.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      let end;
      while ((end = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 1);
        const waiter = waiters.shift();
        if (waiter) waiter(line);
        else seen.push(line);
      }
    });
    // A copy that dies early answers with its exit code instead of leaving the test waiting.
    proc.on("exit", (code) => {
      for (const waiter of waiters.splice(0)) waiter(JSON.stringify({ exited: code }));
      if (code !== 0) seen.push(JSON.stringify({ exited: code }));
    });
    return () => new Promise<string>((resolve) => (seen.length ? resolve(seen.shift()!) : waiters.push(resolve)));
  });
  expect(await Promise.all(lines.map((next) => next()))).toEqual(Array(copies).fill("ready"));
  for (const proc of processes) proc.stdin.write("go\n");
  return (await Promise.all(lines.map((next) => next()))).map((line) => JSON.parse(line) as SubmitResult);
}

describe("ten parallel copies", () => {
  it("from ten processes at once make one response and one key, and all get the same answer", async () => {
    const clientId = crypto.randomUUID();
    const job = {
      file: testDb().file,
      roundId: world.roundId,
      instrument: "partnership-view",
      organisationId: world.orgs.clo,
      personId: world.people.member.id,
      clientId,
      answers: ANSWERS,
    };
    const results = await submitInParallel(10, job);
    const ids = new Set(results.map((r) => (r.ok ? r.responseId : null)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.ok && !r.duplicate)).toHaveLength(1);
    expect(rows()).toEqual({ responses: 1, keys: 1 });
    expect(testDb().db.select().from(submissionKeys).get()?.clientId).toBe(clientId);
  }, 120_000);
});
