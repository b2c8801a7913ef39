// The thread side of validation-thread.ts: it answers each job with prepareSubmission, the very function the
// event loop would otherwise run itself, on models of its own. Instruments come by a key the event loop gives
// each JSON object it sends; only a bounded number are kept, and a job for one no longer kept asks for it again.
import { parentPort, workerData } from "node:worker_threads";
import { prepareSubmission, type PrepareOptions, type PreparedSubmission } from "./prepare-submission";
import type { Instrument } from "./types";

export type ThreadJob = {
  id: number;
  jsonKey: number;
  /** Sent with the first job for its key; the thread keeps it for later jobs. */
  instrument?: Instrument;
  answers: Record<string, unknown>;
  options: PrepareOptions;
};
export type ThreadReply = { id: number; prepared: PreparedSubmission } | { id: number; missing: true } | { id: number; error: string };

// Each instrument kept holds a built survey-core model (a megabyte or more); a network instrument is expanded anew
// for each respondent, so the thread keeps only the last few and asks again for any other.
const MAX_KEPT = 20;
const instruments = new Map<number, Instrument>();

function keep(key: number, instrument: Instrument) {
  if (instruments.size >= MAX_KEPT) instruments.delete(instruments.keys().next().value!);
  instruments.set(key, instrument);
}

export function answer(job: ThreadJob): ThreadReply {
  if (job.instrument) keep(job.jsonKey, job.instrument);
  const instrument = instruments.get(job.jsonKey);
  if (!instrument) return { id: job.id, missing: true };
  try {
    return { id: job.id, prepared: prepareSubmission(instrument, job.answers, job.options) };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}

export const THREAD_ROLE = "sikiliza-validation";
// Only as the validation thread: imported anywhere else (a test runner's own worker), the module listens to nothing.
if (parentPort && (workerData as { role?: string } | null)?.role === THREAD_ROLE)
  parentPort.on("message", (job: ThreadJob) => parentPort!.postMessage(answer(job)));
