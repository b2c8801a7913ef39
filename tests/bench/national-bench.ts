// How far one machine carries Sikiliza (ADR 025): the joint report at a national network's size (2 000
// organisations, 600 partnerships, 1 000 000 responses, 300 000 stories) beside 100 000 responses in the same run,
// the database's size, the real server's cold start on the biggest database at hand, its memory at rest and its
// peak while serving that database's joint report page (the submission bench adds its own peak under submissions).
// Generating the national database takes about 15 minutes on a small machine; the first `npm run bench` makes it
// (or `npm run seed:scale -- --national --db data/bench/scale-1m.db` beforehand), later runs reuse it.
// BENCH_NATIONAL=0 skips it for a quick run: the server figures are then taken on the 100 000-response database.
import fs from "node:fs";
import { signInOverHttp } from "../e2e/http";
import { runLoad } from "./http-load";
import { highestPeak, notePeak, peakRssMb, rssMb } from "./process-memory";
import { measureSize } from "./report-bench";
import { benchTarget } from "./report-bench";
import { ensureScaleDatabase, openScale, scaleFile, SIZES, type ScaleSize } from "./scale-databases";
import { keyFileOf } from "./seed-scale";
import { ensureBuild, startRealServer } from "./submit-servers";
import type { BenchModule, Measurement } from "./run";

type Log = (line: string) => void;
const SERVE_SECONDS = Number(process.env.BENCH_SERVE_SECONDS ?? 10);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/** The national database is measured unless BENCH_NATIONAL=0 asks for a quick run without it. */
function nationalWanted(): boolean {
  return process.env.BENCH_NATIONAL !== "0";
}

/** The report page the facilitator opens for the busiest partnership's latest closed round. */
function reportPageOf(file: string) {
  const db = openScale(file);
  try {
    const target = benchTarget(db);
    const sqlite = db.$client;
    const report = sqlite.prepare("select id from reports where round_id = ? order by id limit 1").get(target.roundId) as
      { id: number } | undefined;
    const facilitator = sqlite.prepare("select id from people where is_facilitator = 1 order by id limit 1").get() as { id: number };
    if (!report) throw new Error(`no report for round ${target.roundId} in ${file}`);
    return { path: `/reports/${report.id}`, email: `person${facilitator.id}@scale.example`, responses: target.responses };
  } finally {
    db.$client.close();
  }
}

/** Starts the built server on `size`'s database: cold start, memory at rest, and the peak while serving reports. */
async function serveReports(size: ScaleSize, log: Log) {
  const file = scaleFile(size);
  const page = reportPageOf(file);
  const started = performance.now();
  const server = await startRealServer(file, fs.readFileSync(keyFileOf(file), "utf8"));
  const coldStartMs = performance.now() - started;
  try {
    const pid = server.child.pid!;
    const rest = rssMb(pid);
    const client = await signInOverHttp(server.baseURL, page.email, "scale-benchmark-password");
    const load = await runLoad({
      baseURL: server.baseURL,
      connections: 4,
      warmupMs: 2000,
      measureMs: SERVE_SECONDS * 1000,
      next: () => ({ method: "GET", path: page.path, headers: { Cookie: client.cookie }, body: "" }),
      accept: (answer) => answer.status === 200 && answer.body.includes("</html>"),
    });
    const peak = peakRssMb(pid);
    notePeak(`report page at ${size.name}`, peak);
    log(
      `  server on ${size.name}: cold start ${Math.round(coldStartMs)} ms; ${rest} MB at rest; ${page.path} (${page.responses} responses in the partnership) ` +
        `${load.perSecond.toFixed(1)}/s, p50 ${load.p50.toFixed(0)} ms, ${load.failed} failed${load.firstFailure ? ` (${load.firstFailure})` : ""}; peak ${peak} MB`,
    );
    return { coldStartMs, rest, peak, load };
  } finally {
    await server.stop();
  }
}

export const nationalBench: BenchModule = {
  title: "national size: joint report at 1 000 000 responses, database size, cold start and server memory",
  async run(log) {
    ensureBuild(log);
    const out: Measurement[] = [];
    const national = nationalWanted();
    if (national) {
      const made = await ensureScaleDatabase(SIZES.national);
      log(`  national database ${made.generated ? "generated" : "reused"} (seeded in ${made.record.seconds.toFixed(0)} s)`);
      const large = await measureSize(SIZES.large, log);
      const big = await measureSize(SIZES.national, log);
      out.push(
        { name: "report_p50_ms_1m", value: round(big.reportP50) },
        { name: "report_growth_1m_over_100k", value: round(big.reportP50 / large.reportP50) },
        { name: "db_mb_1m", value: round(fs.statSync(scaleFile(SIZES.national)).size / 1e6, 1) },
      );
    } else {
      log("  national database skipped (BENCH_NATIONAL=0): server figures on 100k");
      await ensureScaleDatabase(SIZES.large);
      out.push(
        { name: "report_p50_ms_1m", value: "skipped (BENCH_NATIONAL=0)" },
        { name: "report_growth_1m_over_100k", value: "skipped (BENCH_NATIONAL=0)" },
        { name: "db_mb_1m", value: "skipped (BENCH_NATIONAL=0)" },
      );
    }
    const served = await serveReports(national ? SIZES.national : SIZES.large, log);
    const peak = highestPeak();
    log(`  highest server memory in this run: ${peak.mb} MB (${peak.what}); goal < 300 MB`);
    out.push(
      { name: "cold_start_ms", value: Math.round(served.coldStartMs) },
      { name: "rss_mb_rest_big_db", value: served.rest },
      { name: "rss_mb_report_peak", value: served.peak },
      { name: "report_page_per_s", value: round(served.load.perSecond, 1) },
      { name: "rss_mb_peak", value: peak.mb },
    );
    return out;
  },
};
