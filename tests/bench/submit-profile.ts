// Where the time of one submission goes, measured in-process on the bench world after the servers have
// stopped: each step the respond POST takes (the route, app/models/rounds/answer-submit.server.ts), timed alone,
// averaged over CALLS calls. "writes+commit" is submitResponse minus its survey-core step (prepare) and hash: the
// derived rows, encryption and the durable IMMEDIATE commit. Last, submitResponseShared for five sent in one turn,
// whose writes share one commit (ADR 033), per submission: to set beside submitResponse. Each call runs in its own task, as each request does in the server, so
// whatever survey-model.ts hands back at the end of a task (a pooled model) is back for the next call.
import crypto from "node:crypto";
import { prepareSubmission } from "../../surveys/prepare-submission";
import { openDatabase } from "../../db/client";
import { setContext } from "../../app/models/platform/context.server";
import { parseKeyring } from "../../app/models/platform/crypto.server";
import { isAnswerable, openAnswering } from "../../app/models/rounds/answer-page.server";
import { createSession } from "../../app/models/people/sessions.server";
import { getProgress, submissionHash, submitResponse, submitResponseShared } from "../../app/models/rounds/responses.server";
import { parsePageForm } from "../../surveys/parse-form";
import { validateAnswers } from "../../surveys/validate-answers";
import { keepVisibleAnswers } from "../../surveys/visible-answers";
import type { BenchWorld } from "./bench-world";
import { INSTRUMENT } from "./submit-respondents";
import { pageFields } from "./submit-forms";

const CALLS = 200;
const nextTask = () => new Promise((resolve) => setImmediate(resolve));

async function average(fn: () => unknown): Promise<number> {
  for (let i = 0; i < 10; i++) {
    fn();
    await nextTask();
  }
  let total = 0;
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    fn();
    total += performance.now() - start;
    await nextTask();
  }
  return total / CALLS;
}

const SHARED = 5;

/** Like average, for work that ends when its promise does; per call. */
async function averageAsync(calls: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 10; i++) await fn();
  let total = 0;
  for (let i = 0; i < CALLS / calls; i++) {
    const start = performance.now();
    await fn();
    total += performance.now() - start;
  }
  return total / (CALLS / calls);
}

/** One line, `step ms` per step; the world's database must be released by every other process. */
export async function profileSubmission(world: BenchWorld): Promise<string> {
  const db = openDatabase(world.file);
  setContext({ db, keyring: parseKeyring(world.keyText) });
  try {
    const target = world.target(INSTRUMENT, world.clo);
    const who = world.respondent(world.members[0], world.clo);
    const { instrument, variables } = target;
    const last = (instrument.json as { pages: unknown[] }).pages.length - 1;
    const saved = getProgress(target.roundId, INSTRUMENT, who.personId)?.answers ?? {};
    const merged = parsePageForm(instrument, last, pageFields(instrument.json, last, saved), saved).answers;
    const kept = keepVisibleAnswers(instrument, merged);
    if (!validateAnswers(instrument, kept, { variables }).ok) throw new Error("the profiled answers are not valid");

    // The route's own start: the session, the person, the invitation, the pinned instrument, the round open.
    const request = new Request(`http://127.0.0.1/rounds/${target.roundId}/respond/${INSTRUMENT}?page=${last}`, {
      headers: { Cookie: `sikiliza_session=${createSession(who.personId)}` },
    });
    const params = { roundId: String(target.roundId), instrument: INSTRUMENT };
    const steps: [string, number][] = [
      ["open", await average(() => isAnswerable(openAnswering(request, params)))],
      ["progress", await average(() => getProgress(target.roundId, INSTRUMENT, who.personId))],
      ["parse", await average(() => parsePageForm(instrument, last, pageFields(instrument.json, last, saved), saved))],
      // keep visible answers, validate and derive, on one survey model: what submitResponse does before its lock.
      ["prepare", await average(() => prepareSubmission(instrument, merged, { variables, language: who.language }))],
      ["hash", await average(() => submissionHash(target, who, kept))],
    ];
    const submit = await average(() => {
      const result = submitResponse(target, who, crypto.randomUUID(), merged);
      if (!result.ok) throw new Error(`profiled submission refused: ${JSON.stringify(result)}`);
    });
    // What submitResponse does before it takes the write lock; the rest is the writes and the commit.
    const beforeLock = steps.filter(([name]) => ["prepare", "hash"].includes(name)).reduce((sum, [, ms]) => sum + ms, 0);
    steps.push(["submitResponse", submit], ["writes+commit", submit - beforeLock]);
    // Five members sending in the same turn, as under load: their writes share one commit (ADR 033).
    const sendShared = async () => {
      const result = await submitResponseShared(target, who, crypto.randomUUID(), merged);
      if (!result.ok) throw new Error(`profiled shared submission refused: ${JSON.stringify(result)}`);
    };
    const shared = (await averageAsync(SHARED, () => Promise.all(Array.from({ length: SHARED }, sendShared)))) / SHARED;
    steps.push([`submitResponseShared (${SHARED} at once, each)`, shared]);
    return steps.map(([name, ms]) => `${name} ${ms.toFixed(2)}`).join(" · ");
  } finally {
    db.$client.close();
  }
}
