// Survey-core's work on a submission (set the answers, keep the visible ones, derive the rows, validate) is
// milliseconds of CPU that would hold up every other request on the event loop. It runs on one worker thread
// (validation-worker.ts) with the very same function, prepareSubmission, so a second core does it while the
// event loop serves others (ADR 034). Whatever goes wrong with the thread, the answer is still survey-core's:
// a job the thread cannot answer is worked out on the event loop instead, so nothing is refused for it.
import path from "node:path";
import { Worker } from "node:worker_threads";
import { prepareSubmission, type PrepareOptions, type PreparedSubmission } from "./prepare-submission";
import type { Instrument } from "./types";
import { THREAD_ROLE, type ThreadJob, type ThreadReply } from "./validation-worker";

// Found from the working directory like the instrument files (load-instruments.ts): the server bundle does not sit next to it.
const entryFile = () => path.resolve(process.cwd(), "surveys/validation-worker-entry.js");
// A thread that fails this often without answering a job in between is not started again; the event loop does
// the work from then on. One that answered has shown it can: a later crash (say, past its heap) starts it anew.
const MAX_STARTS = 3;
// The thread holds survey-core, at most 20 instruments and one submission at a time: a small heap of its own keeps
// the server inside its memory budget (ADR 025). A thread that outgrows it stops, and the event loop takes over.
const THREAD_LIMITS = { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 4 };

type Pending = {
  job: ThreadJob;
  instrument: Instrument;
  resolve: (prepared: PreparedSubmission) => void;
  reject: (error: unknown) => void;
};

let thread: { worker: Worker; sent: WeakSet<object> } | null = null;
let starts = 0;
let nextId = 1;
const pending = new Map<number, Pending>();
const jsonKeys = new WeakMap<object, number>();

function keyOf(json: object): number {
  let key = jsonKeys.get(json);
  if (key === undefined) jsonKeys.set(json, (key = nextId++));
  return key;
}

/** On the event loop: the same function the thread runs. */
function here(entry: Pending) {
  const { instrument, job } = entry;
  try {
    entry.resolve(prepareSubmission(instrument, job.answers, job.options));
  } catch (error) {
    entry.reject(error);
  }
}

function stopped(worker: Worker, reason: unknown) {
  if (thread?.worker !== worker) return;
  thread = null;
  if (pending.size)
    console.error(`validation thread stopped (${String(reason)}); ${pending.size} submission(s) validated on the event loop`);
  const waiting = [...pending.values()];
  pending.clear();
  for (const entry of waiting) here(entry);
}

function onReply(worker: Worker, reply: ThreadReply) {
  const entry = pending.get(reply.id);
  if (!entry) return;
  if ("missing" in reply) {
    // The thread let this instrument go: the job goes again with it.
    thread?.sent.delete(entry.instrument.json);
    return void send(entry);
  }
  pending.delete(reply.id);
  starts = 0;
  if ("prepared" in reply) return entry.resolve(reply.prepared);
  // prepareSubmission threw on the thread: the event loop runs it again so its caller gets the same error.
  here(entry);
}

function started(): NonNullable<typeof thread> | null {
  if (thread) return thread;
  if (starts >= MAX_STARTS) return null;
  starts++;
  let worker: Worker;
  try {
    worker = new Worker(entryFile(), { workerData: { role: THREAD_ROLE }, resourceLimits: THREAD_LIMITS });
  } catch (error) {
    console.error(`validation thread could not start (${String(error)}); validating on the event loop`);
    return null;
  }
  // The thread never keeps the process alive: a server that stops, stops.
  worker.unref();
  worker.on("message", (reply: ThreadReply) => onReply(worker, reply));
  worker.on("error", (error) => stopped(worker, error));
  worker.on("exit", (code) => stopped(worker, `exit ${code}`));
  return (thread = { worker, sent: new WeakSet() });
}

function send(entry: Pending) {
  const current = started();
  if (!current) return here(entry);
  const withInstrument = !current.sent.has(entry.instrument.json);
  if (withInstrument) current.sent.add(entry.instrument.json);
  pending.set(entry.job.id, entry);
  try {
    current.worker.postMessage(withInstrument ? { ...entry.job, instrument: entry.instrument } : entry.job);
  } catch {
    // Answers no copy can be sent of: the event loop works them out, and passes on what prepareSubmission says.
    pending.delete(entry.job.id);
    here(entry);
  }
}

/** prepareSubmission, worked out on the validation thread; resolves with exactly what prepareSubmission returns. */
export function prepareSubmissionOffThread(
  instrument: Instrument,
  answers: Record<string, unknown>,
  options: PrepareOptions,
): Promise<PreparedSubmission> {
  return new Promise((resolve, reject) => {
    const job: ThreadJob = { id: nextId++, jsonKey: keyOf(instrument.json), answers, options };
    send({ job, instrument, resolve, reject });
  });
}

/** Starts the thread ahead of the first submission (it loads survey-core and the instruments' code: about a second). */
export function warmValidationThread() {
  started();
}

/** For tests: whether a thread is running (or starting) to take the next job. */
export function validationThreadRunning(): boolean {
  return thread !== null;
}

/** For tests: stops the thread as a crash would, with whatever jobs it holds. */
export async function stopValidationThread() {
  const current = thread;
  if (current) await current.worker.terminate();
}
