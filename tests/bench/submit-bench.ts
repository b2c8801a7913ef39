// Validated submissions over HTTP, as issue 3 asks: CONNECTIONS concurrent keep-alive connections against
// the real built server (its own process, production mode, on a fresh bench world), each signed in as its
// own community member and sending the last page of partnership-view with intent=submit and a fresh
// submission id, again and again — every request a whole validated submission (survey-core over the whole
// response, derived rows, encryption, one durable IMMEDIATE commit). In the same run, the same load against
// the bare server (bare-server.ts, its own process) that only parses, validates on a model built once and
// INSERTs durably. The two take turns in SLICES slices (each: warm-up, then its share of BENCH_SECONDS), so
// a busy neighbour on the machine weighs on both alike. Both stores are counted afterwards, so every answer
// taken for accepted really left a row. Last, a per-step profile of one submission in-process
// (submit-profile.ts), to show where the time goes.
// Environment: BENCH_SECONDS (measured per side, 10), BENCH_WARMUP_SECONDS (per turn, 2), BENCH_SLICES (4),
// BENCH_BARE_VALIDATION (model-once, or validateAnswers to validate through the app's own function).
import crypto from "node:crypto";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { openDatabase } from "../../db/client";
import { submissionKeys } from "../../db/schema";
import { hashPassword } from "../../app/models/people/passwords.server";
import type { Target } from "../../app/models/rounds/responses.server";
import { fullCommunityAnswers, makeBenchWorld, type BenchWorld } from "./bench-world";
import { mergeLoads, runLoad, type LoadOptions, type LoadResult } from "./http-load";
import { notePeak, peakRssMb, rssMb } from "./process-memory";
import type { BenchModule } from "./run";
import type { BareValidation } from "./submit-bare-work";
import { allFields, formBody } from "./submit-forms";
import { profileSubmission } from "./submit-profile";
import { acceptsSubmission, checkOneSubmission, INSTRUMENT, prepareRespondents, respondPath } from "./submit-respondents";
import { ensureBuild, startBareServer, startRealServer, type BareServer } from "./submit-servers";

const CONNECTIONS = 20;
const MEASURE_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const WARMUP_MS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2) * 1000;
const SLICES = Number(process.env.BENCH_SLICES ?? 4);
const BARE_VALIDATION = (process.env.BENCH_BARE_VALIDATION ?? "model-once") as BareValidation;
const PASSWORD = "bench-listens-first";

type Log = (line: string) => void;
type Load = Omit<LoadOptions, "connections" | "warmupMs" | "measureMs">;

const round = (value: number, digits = 2) => Number(value.toFixed(digits));
const describe = (load: LoadResult) =>
  `${load.perSecond.toFixed(1)}/s, p50 ${load.p50.toFixed(1)} ms, p99 ${load.p99.toFixed(1)} ms, ${load.accepted} measured, ${load.failed} failed${load.firstFailure ? ` (first: ${load.firstFailure})` : ""}`;

function storedSubmissions(world: BenchWorld): number {
  const db = openDatabase(world.file, { runMigrations: false });
  try {
    return db.select({ n: count() }).from(submissionKeys).where(eq(submissionKeys.kind, "response")).get()?.n ?? 0;
  } finally {
    db.$client.close();
  }
}

/** The real and the bare load, taking turns; each slice warms up before its window. */
async function alternate(real: Load, bare: Load, log: Log): Promise<{ real: LoadResult; bare: LoadResult }> {
  const slices: { real: LoadResult[]; bare: LoadResult[] } = { real: [], bare: [] };
  const window = { connections: CONNECTIONS, warmupMs: WARMUP_MS, measureMs: MEASURE_MS / SLICES };
  for (let slice = 1; slice <= SLICES; slice++) {
    for (const side of ["real", "bare"] as const) {
      const result = await runLoad({ ...window, ...(side === "real" ? real : bare) });
      log(`  ${side} ${slice}/${SLICES}: ${describe(result)}`);
      slices[side].push(result);
    }
  }
  return { real: mergeLoads(slices.real), bare: mergeLoads(slices.bare) };
}

type Measured = { real: LoadResult; bare: LoadResult; rssRest: number; rssPeak: number };

async function measure(world: BenchWorld, target: Target, log: Log): Promise<Measured> {
  const real = await startRealServer(world.file, world.keyText);
  let bare: BareServer | null = null;
  try {
    const rssRest = rssMb(real.child.pid!);
    log(`  real server (pid ${real.child.pid}) at ${real.baseURL}; signing in ${CONNECTIONS} members and saving their pages…`);
    const respondents = await prepareRespondents(real.baseURL, world, target.instrument.json, CONNECTIONS, PASSWORD);
    await checkOneSubmission(real.baseURL, world, respondents[0]);
    bare = await startBareServer(path.join(world.dir, "bare.db"), target.variables, BARE_VALIDATION);
    log(`  bare server (pid ${bare.pid}, validation: ${BARE_VALIDATION}) at ${bare.baseURL}`);
    log(`  ${CONNECTIONS} connections; ${SLICES} turns each of ${WARMUP_MS / 1000} s warm-up + ${MEASURE_MS / SLICES / 1000} s measured…`);
    // The bare server gets the same answers the members submit, whole: it has no saved progress.
    const bodies = Array.from({ length: CONNECTIONS }, (_, i) => allFields(target.instrument.json, fullCommunityAnswers(i)));
    const loads = await alternate(
      { baseURL: real.baseURL, next: (connection) => respondents[connection].submit(), accept: acceptsSubmission(respondPath(world)) },
      {
        baseURL: bare.baseURL,
        next: (connection) => ({
          path: "/",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: formBody([...bodies[connection], ["clientId", crypto.randomUUID()]]),
        }),
        accept: (answer) => answer.status === 200 && answer.body === "accepted",
      },
      log,
    );
    const bareStored = Number(await (await fetch(`${bare.baseURL}/count`)).text());
    if (bareStored !== loads.bare.acceptedTotal)
      throw new Error(`the bare server stored ${bareStored} rows for ${loads.bare.acceptedTotal} accepted answers`);
    // The real server's memory: at rest after start, and its peak over the whole submission load.
    const rssPeak = peakRssMb(real.child.pid!);
    notePeak("submissions", rssPeak);
    log(`  real server memory: ${rssRest} MB at rest, ${rssPeak} MB peak under the load`);
    return { ...loads, rssRest, rssPeak };
  } finally {
    await bare?.stop();
    await real.stop();
  }
}

export const submitBench: BenchModule = {
  title: `validated submissions over HTTP (${CONNECTIONS} connections): real server vs bare server`,
  async run(log) {
    ensureBuild(log);
    // One Argon2 hash for everyone: the world is made in a second, not in CONNECTIONS hashes.
    const world = makeBenchWorld("submit", CONNECTIONS, { passwordHash: await hashPassword(PASSWORD) });
    // The round's instrument and partner names, read while the world's handle is still open.
    const target = world.target(INSTRUMENT, world.clo);
    world.release();
    try {
      const { real, bare, rssRest, rssPeak } = await measure(world, target, log);
      log(`  real: ${describe(real)}`);
      log(`  bare: ${describe(bare)}`);
      // Every answer taken as accepted left its submission key (one more: the checked first submission).
      const stored = storedSubmissions(world);
      if (stored !== real.acceptedTotal + 1)
        throw new Error(`the real server stored ${stored} submissions for ${real.acceptedTotal + 1} accepted answers`);
      log("  profiling one submission in-process…");
      const profile = await profileSubmission(world);
      log(`  ms per call: ${profile}`);
      return [
        { name: "submit_per_s", value: round(real.perSecond, 1) },
        { name: "bare_per_s", value: round(bare.perSecond, 1) },
        { name: "submit_vs_bare_ratio", value: round(real.perSecond / bare.perSecond, 3) },
        { name: "submit_p50_ms", value: round(real.p50) },
        { name: "submit_p99_ms", value: round(real.p99) },
        { name: "bare_p50_ms", value: round(bare.p50) },
        { name: "bare_p99_ms", value: round(bare.p99) },
        { name: "submit_failed", value: real.failed },
        { name: "bare_failed", value: bare.failed },
        { name: "submit_profile_ms", value: profile },
        { name: "rss_mb_rest", value: rssRest },
        { name: "rss_mb_submit_peak", value: rssPeak },
      ];
    } finally {
      world.close();
    }
  },
};
