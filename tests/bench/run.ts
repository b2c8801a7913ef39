// `npm run bench`: runs every bench module in turn, each on its own fresh temporary database, logs
// progress on stderr, and ends with a summary on stdout, one `name: value` per line. Not a timed test:
// it only measures and prints. To add a measurement, write a module that returns name/value pairs and
// list it in MODULES.
//
// Decisions: submissions are measured over HTTP at 20 concurrent connections against the real built
// server in its own process, next to a bare node:http server (parse, validate on a model built once, one
// durable INSERT) in the same run; the page weight is measured through the built server's request handler
// in-process (the build `npm start` serves, without a port). See submit-bench.ts and page-weight-bench.ts.
// Paints on a slow phone are Lighthouse's simulation against one built server on a fresh demo database
// (lighthouse-bench.ts).
import { pathToFileURL } from "node:url";
import { lighthouseBench } from "./lighthouse-bench";
import { nationalBench } from "./national-bench";
import { pageWeightBench } from "./page-weight-bench";
import { reportBench } from "./report-bench";
import { submitBench } from "./submit-bench";

export type Measurement = { name: string; value: number | string };
export type BenchModule = { title: string; run: (log: (line: string) => void) => Promise<Measurement[]> };

const NAMED = {
  submit: submitBench,
  "page-weight": pageWeightBench,
  report: reportBench,
  national: nationalBench,
  lighthouse: lighthouseBench,
};
export const MODULES: BenchModule[] = Object.values(NAMED);

/** `npm run bench -- submit national`: only the named modules, in their usual order; none named: all. */
function chosen(names: string[]): BenchModule[] {
  const unknown = names.filter((n) => !(n in NAMED));
  if (unknown.length > 0) throw new Error(`Unknown bench ${unknown.join(", ")}; there are: ${Object.keys(NAMED).join(", ")}`);
  return names.length === 0
    ? MODULES
    : Object.entries(NAMED)
        .filter(([n]) => names.includes(n))
        .map(([, m]) => m);
}

const log = (line: string) => process.stderr.write(`${line}\n`);

export async function runBenchmarks(modules: BenchModule[] = MODULES): Promise<Measurement[]> {
  const all: Measurement[] = [];
  for (const module of modules) {
    log(`▶ ${module.title}`);
    const started = performance.now();
    const measured = await module.run(log);
    log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    all.push(...measured);
  }
  return all;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const measurements = await runBenchmarks(chosen(process.argv.slice(2)));
  process.stdout.write("\nsummary\n");
  for (const { name, value } of measurements) process.stdout.write(`${name}: ${value}\n`);
  // The build's server keeps its database open; the bench is done.
  process.exit(0);
}
