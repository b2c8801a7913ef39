// First and largest contentful paint on a slow phone, as Lighthouse simulates it (mobile form factor, 300 ms
// round trip, 400 kbit/s, CPU 4× slower), for three pages measured in the same run against one built
// production server on a fresh demo database: the anonymous story page, an instrument page (a community
// member signed in) and the funder's released joint report. Goal (issue 9, part 10): the report's LCP
// within 1.5× the story page's and under 2.5 s. The median of RUNS Lighthouse runs per page is reported.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { signInOverHttp, type Client } from "../e2e/http";
import { startServer } from "../e2e/server-process";
import type { BenchModule, Measurement } from "./run";
import { ensureBuild } from "./submit-servers";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const LIGHTHOUSE = path.resolve("node_modules/.bin/lighthouse");
const CHROME_FLAGS =
  "--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run";
const run = promisify(execFile);

type Paints = { fcp: number; lcp: number; bytes: number };

async function lighthouse(url: string, cookie?: string): Promise<Paints> {
  const args = [
    url,
    "--quiet",
    "--output=json",
    "--output-path=stdout",
    "--only-categories=performance",
    "--form-factor=mobile",
    "--throttling-method=simulate",
    "--throttling.rttMs=300",
    "--throttling.throughputKbps=400",
    "--throttling.cpuSlowdownMultiplier=4",
    `--chrome-flags=${CHROME_FLAGS}`,
    ...(cookie ? [`--extra-headers=${JSON.stringify({ Cookie: cookie })}`] : []),
  ];
  const { stdout } = await run(LIGHTHOUSE, args, {
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    maxBuffer: 64 * 1024 * 1024,
  });
  const lhr = JSON.parse(stdout) as { finalDisplayedUrl: string; audits: Record<string, { numericValue?: number }> };
  // A signed-in page that fell back to the login form would measure the wrong page.
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname) throw new Error(`${url} ended at ${lhr.finalDisplayedUrl}`);
  const value = (audit: string) => Math.round(lhr.audits[audit]?.numericValue ?? NaN);
  return { fcp: value("first-contentful-paint"), lcp: value("largest-contentful-paint"), bytes: value("total-byte-weight") };
}

/** On a busy machine Lighthouse sometimes loses the trace (NO_NAVSTART): such a run is done again, twice at most. */
async function retried(measureOnce: () => Promise<Paints>): Promise<Paints> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await measureOnce();
    } catch (error) {
      const stderr = (error as { stderr?: string }).stderr?.trim() ?? String(error);
      if (attempt === 3) throw new Error(`Lighthouse failed three times: ${stderr.slice(0, 500)}`);
    }
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(log: (line: string) => void, name: string, url: string, cookie?: string): Promise<Paints> {
  const runs: Paints[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await retried(() => lighthouse(url, cookie)));
  const paints = { fcp: median(runs.map((r) => r.fcp)), lcp: median(runs.map((r) => r.lcp)), bytes: median(runs.map((r) => r.bytes)) };
  log(`  ${name} ${new URL(url).pathname}: FCP ${paints.fcp} ms, LCP ${paints.lcp} ms, ${(paints.bytes / 1024).toFixed(1)} KB transferred`);
  return paints;
}

async function html(client: Client, pathname: string) {
  const res = await fetch(`${client.baseURL}${pathname}`, { headers: { Cookie: client.cookie } });
  return res.text();
}

/** The demo's active anonymous link, found the way a coordinator finds it (tests/e2e/story-link.test.ts). */
async function storyPath(baseURL: string) {
  const otieno = await signInOverHttp(baseURL, "otieno@tumaini.example");
  const home = await html(otieno, "/");
  const organisation = /href="(\/organisations\/\d+)"[^>]*>Tumaini Men(?:&#x27;|')s Collective/.exec(home)?.[1];
  const links = await html(otieno, `${organisation}/story-links`);
  const found = /href="(\/s\/[A-Za-z0-9_-]{32})"/.exec(links)?.[1];
  if (!found) throw new Error("no active story link in the demo");
  return found;
}

async function firstHref(client: Client, pathname: string, pattern: RegExp, what: string) {
  const found = pattern.exec(await html(client, pathname))?.[1];
  if (!found) throw new Error(`no ${what} on ${pathname}`);
  return found.replace(/&amp;/g, "&");
}

export const lighthouseBench: BenchModule = {
  title: `slow phone paints (Lighthouse 12 simulated: mobile, 300 ms RTT, 400 kbit/s, CPU ×4; median of ${RUNS})`,
  async run(log) {
    ensureBuild(log);
    const server = await startServer({ SIKILIZA_SEED_DEMO: "force" });
    try {
      const story = await storyPath(server.baseURL);
      const juma = await signInOverHttp(server.baseURL, "juma@tumaini.example");
      // Their home pages link the open round's instrument and the released report.
      const instrument = await firstHref(juma, "/", /href="(\/rounds\/\d+\/respond\/[a-z-]+)"/, "instrument");
      const grace = await signInOverHttp(server.baseURL, "grace@openhorizons.example");
      const report = await firstHref(grace, "/", /href="(\/reports\/\d+)"/, "released report");

      const storyPaints = await measure(log, "story page", server.baseURL + story);
      const instrumentPaints = await measure(log, "instrument page", server.baseURL + instrument, juma.cookie);
      const reportPaints = await measure(log, "report page", server.baseURL + report, grace.cookie);
      const results: Measurement[] = [
        { name: "story_page_fcp_ms_slow", value: storyPaints.fcp },
        { name: "story_page_lcp_ms_slow", value: storyPaints.lcp },
        { name: "instrument_page_fcp_ms_slow", value: instrumentPaints.fcp },
        { name: "instrument_page_lcp_ms_slow", value: instrumentPaints.lcp },
        { name: "report_page_fcp_ms_slow", value: reportPaints.fcp },
        { name: "report_page_lcp_ms_slow", value: reportPaints.lcp },
        { name: "report_page_kb_slow", value: Number((reportPaints.bytes / 1024).toFixed(1)) },
        { name: "report_vs_story_lcp_ratio", value: Number((reportPaints.lcp / storyPaints.lcp).toFixed(2)) },
      ];
      return results;
    } finally {
      await server.stop();
    }
  },
};

if (process.argv[1] && import.meta.url === new URL(`file://${path.resolve(process.argv[1])}`).href) {
  const measured = await lighthouseBench.run((line) => process.stderr.write(`${line}\n`));
  for (const { name, value } of measured) process.stdout.write(`${name}: ${value}\n`);
  process.exit(0);
}
