// The joint report at alliance scale: p50 time to build one report with trends over all rounds, at 10 000
// and 100 000 responses, beside hand-written SQL for the same figures on the same database in the same run.
// Goals (issue 5): report ≤ 2× SQL, p50 < 150 ms at 100 000 responses, 10× the data ≤ 10× the time.
import os from "node:os";
import { pathToFileURL } from "node:url";
import path from "node:path";
import type { Db } from "../../db/client";
import { buildReportFor } from "../../app/models/joint-report/reports.server";
import { loadJointReportInput } from "../../app/models/joint-report/data.server";
import { buildJointReport } from "../../reports/joint-report";
import { withBenchmarks } from "../../app/models/joint-report/benchmarks.server";
import { optsIn } from "./scale-benchmarks";
import type { JointReport } from "../../reports/report-shape";
import { ensureScaleDatabase, openScale, SIZES, type ScaleSize } from "./scale-databases";
import { interleaved, median, round2 } from "./scale-timing";
import { explainBaseline, sqlBaseline, type SqlFigures } from "./sql-baseline";
import type { BenchModule } from "./run";

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
type Log = (line: string) => void;
const stderrLog: Log = (line) => process.stderr.write(`${line}\n`);

/** The partnership with the most responses, and its latest closed round. */
export function benchTarget(db: Db) {
  const sqlite = db.$client;
  const { partnershipId, responses } = sqlite
    .prepare(
      `select r.partnership_id as partnershipId, count(*) as responses from responses x join rounds r on r.id = x.round_id group by r.partnership_id order by 2 desc, 1 limit 1`,
    )
    .get() as { partnershipId: number; responses: number };
  const { roundId } = sqlite
    .prepare(`select id as roundId from rounds where partnership_id = ? and state = 'closed' order by opens_at desc limit 1`)
    .get(partnershipId) as { roundId: number };
  const { metricRows } = sqlite
    .prepare(
      `select count(*) as metricRows from metric_values where round_id in (select id from rounds where partnership_id = ? and opens_at <= (select opens_at from rounds where id = ?))`,
    )
    .get(partnershipId, roundId) as { metricRows: number };
  return { partnershipId, roundId, responses, metricRows };
}

/** Both ways must find the same people behind each figure, or the comparison means nothing. */
function sameCommunityN(report: JointReport, figures: SqlFigures, roundId: number): boolean {
  // Either form of the views query: five sums per group, or one row per value with its count.
  type ViewRow = {
    round_id: number;
    dimension: string;
    perspective: string;
    value?: number | null;
    n?: number;
    v1?: number;
    v2?: number;
    v3?: number;
    v4?: number;
    v5?: number;
  };
  const rows = (figures.views as ViewRow[]).filter((v) => v.round_id === roundId && v.perspective === "community");
  return report.perDimension.every((section) => {
    const shown = section.gap.community.n;
    if (typeof shown !== "number") return true;
    const counted = rows
      .filter((v) => v.dimension === section.dimension)
      .reduce((sum, v) => sum + (v.n !== undefined ? (v.value === null ? 0 : v.n) : v.v1! + v.v2! + v.v3! + v.v4! + v.v5!), 0);
    return counted === shown;
  });
}

export type SizeResult = {
  reportP50: number;
  sqlP50: number;
  loadP50: number;
  buildP50: number;
  /** The benchmark section read beside the report (ADR 030), and how many lines it showed. */
  benchmarkP50: number;
  benchmarkLines: number;
  reportCpuP50: number;
  sqlCpuP50: number;
  seedSeconds: number;
  generated: boolean;
};

export async function measureSize(size: ScaleSize, log: Log = stderrLog): Promise<SizeResult> {
  const { file, record, generated } = await ensureScaleDatabase(size);
  const db = openScale(file);
  try {
    const target = benchTarget(db);
    const now = new Date();
    const iso = now.toISOString();
    const sql = sqlBaseline(db.$client);
    const reportTarget = { partnershipId: target.partnershipId, roundId: target.roundId, reportId: null, whatWeLearned: null };
    let input: ReturnType<typeof loadJointReportInput> = null;
    // The benchmark beside the report (ADR 030), read as an opted-in partnership reads it: the other opted-in
    // partnerships' released versions, frozen on the first read (in the warm-up) and cached by version after.
    const built = buildReportFor(target.partnershipId, target.roundId, now)!;
    const benchmarkPartnership = optsIn(target.partnershipId) ? target.partnershipId : target.partnershipId + 1;
    const samples = interleaved(
      {
        report: () => buildReportFor(target.partnershipId, target.roundId, now),
        sql: () => sql(target.partnershipId, target.roundId, iso),
        load: () => (input = loadJointReportInput(reportTarget, { kind: "none" }, now)),
        build: () => buildJointReport(input!),
        benchmark: () => withBenchmarks(built, benchmarkPartnership, now),
      },
      { warmup: 3, runs: RUNS },
    );
    const report = buildReportFor(target.partnershipId, target.roundId, now)!;
    if (!sameCommunityN(report, sql(target.partnershipId, target.roundId, iso), target.roundId))
      log(`report-bench ${size.name}: WARNING the report and the SQL baseline disagree on community n`);
    const result = {
      reportP50: median(samples.report.wall),
      sqlP50: median(samples.sql.wall),
      loadP50: median(samples.load.wall),
      buildP50: median(samples.build.wall),
      benchmarkP50: median(samples.benchmark.wall),
      benchmarkLines: withBenchmarks(built, benchmarkPartnership, now).benchmarks?.lines.length ?? 0,
      reportCpuP50: median(samples.report.cpu),
      sqlCpuP50: median(samples.sql.cpu),
      seedSeconds: record.seconds,
      generated,
    };
    log(
      `report-bench ${size.name}: ${path.relative(process.cwd(), file)} (${generated ? "generated" : "reused"}, seeded in ${record.seconds.toFixed(1)} s); ` +
        `partnership ${target.partnershipId} round ${target.roundId}: ${target.responses} responses, ${target.metricRows} metric rows in the report's rounds; ` +
        `p50 report ${round2(result.reportP50)} ms (load ${round2(result.loadP50)} + build ${round2(result.buildP50)}), SQL ${round2(result.sqlP50)} ms, benchmark ${round2(result.benchmarkP50)} ms (${result.benchmarkLines} lines), ${RUNS} runs; ` +
        `process CPU p50 (all threads) report ${round2(result.reportCpuP50)} ms, SQL ${round2(result.sqlCpuP50)} ms (load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)`,
    );
    if (process.env.BENCH_EXPLAIN)
      for (const [name, plan] of Object.entries(explainBaseline(db.$client, target.partnershipId, target.roundId)))
        log(`  ${name}: ${plan.join(" | ")}`);
    return result;
  } finally {
    db.$client.close();
  }
}

/** The five summary figures; the keys are fixed by issue 5. */
export async function run(log: Log = stderrLog): Promise<Record<string, number>> {
  const small = await measureSize(SIZES.small, log);
  const large = await measureSize(SIZES.large, log);
  const summary = {
    report_p50_ms_10k: round2(small.reportP50),
    report_p50_ms_100k: round2(large.reportP50),
    sql_p50_ms_100k: round2(large.sqlP50),
    report_vs_sql_ratio_100k: round2(large.reportP50 / large.sqlP50),
    report_growth_10x: round2(large.reportP50 / small.reportP50),
    // Not among issue 5's five: the benchmark section read beside the report at 100 000 responses.
    benchmark_p50_ms_100k: round2(large.benchmarkP50),
  };
  log(
    `report-bench: report/SQL at 10k ${round2(small.reportP50 / small.sqlP50)}×, at 100k ${summary.report_vs_sql_ratio_100k}× (goal ≤ 2); ` +
      `p50 at 100k ${summary.report_p50_ms_100k} ms (goal < 150); growth 10k→100k ${summary.report_growth_10x}× (goal ≤ 10)`,
  );
  return summary;
}

/** For `npm run bench` (run.ts). The databases live in data/bench/ and are reused, not made fresh each run. */
export const reportBench: BenchModule = {
  title: `joint report with trends at 10 000 and 100 000 responses vs hand-written SQL (p50 of ${RUNS})`,
  async run(log) {
    return Object.entries(await run(log)).map(([name, value]) => ({ name, value }));
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  run().then((summary) => console.log(JSON.stringify(summary, null, 2)));
}
