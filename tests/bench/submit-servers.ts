// The two servers the submission bench loads, each in its own process on 127.0.0.1, stopped by pid:
// the real built Sikiliza server (app/server/serve.js, as in production) on the bench world's database,
// and the bare yardstick server (bare-server.ts).
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freePort, startServer, type ServerProcess } from "../e2e/server-process";
import type { BareValidation } from "./submit-bare-work";

const BUILD = path.resolve("build/index.js");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds like `npm start` does: only when the build is missing or older than the sources. */
export function ensureBuild(log: (line: string) => void) {
  const stale = !fs.existsSync(BUILD) || ["app", "db", "surveys", "reports"].some((dir) => newestMtime(dir) > fs.statSync(BUILD).mtimeMs);
  if (!stale) return;
  log("  building the server (remix build)…");
  execFileSync(path.resolve("node_modules/.bin/remix"), ["build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production" },
  });
}

/**
 * The node options of the systemd unit (docs/deploy/sikiliza.service): the server is measured as it is deployed
 * on a small machine, where the heap limit makes the collector keep memory down. BENCH_NODE_OPTIONS overrides.
 */
const DEPLOYED_NODE_OPTIONS = process.env.BENCH_NODE_OPTIONS ?? "--max-old-space-size=256";

/**
 * BENCH_CPU_PROFILE=<dir>: each server (real and bare) writes a V8 CPU profile of its whole life there when it
 * stops, named by its pid (`node --cpu-prof`; open it in a browser's developer tools). The profiler slows both a little.
 */
const PROFILE_ARGS = process.env.BENCH_CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.BENCH_CPU_PROFILE)}`] : [];
/** BENCH_NODE_ARGS: more options for the real server's node that NODE_OPTIONS may not carry (`--trace-gc`). */
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);

/** The built server in production mode on an existing database and key; no demo data. */
export async function startRealServer(databasePath: string, keyText: string): Promise<ServerProcess> {
  // No nightly backup while it is measured: copying a database of gigabytes is not what the bench measures.
  const server = await startServer(
    {
      NODE_OPTIONS: DEPLOYED_NODE_OPTIONS,
      DATABASE_PATH: databasePath,
      SIKILIZA_KEY: keyText,
      SIKILIZA_SEED_DEMO: "off",
      SIKILIZA_NIGHTLY_BACKUP: "off",
    },
    [...PROFILE_ARGS, ...NODE_ARGS],
  );
  // startServer's own data directory holds only the server log (and no key: SIKILIZA_KEY wins).
  const stop = async (signal?: NodeJS.Signals) => {
    await server.stop(signal);
    // Beside a profile, the server's own log (BENCH_NODE_OPTIONS=--trace-gc writes the collector's work there).
    if (process.env.BENCH_CPU_PROFILE)
      fs.copyFileSync(path.join(server.dataDir, "server.log"), path.join(process.env.BENCH_CPU_PROFILE, `server-${server.child.pid}.log`));
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  };
  return { ...server, stop };
}

export type BareServer = { baseURL: string; pid: number; stop: () => Promise<void> };

async function waitUntilAnswering(url: string, isAlive: () => boolean, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (!isAlive()) throw new Error(`the server for ${url} exited before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer`);
}

/**
 * The bare server as one node process (tsx loaded with --import, as the `tsx` command does in a child
 * process of its own), so the pid we stop is the server itself.
 */
export async function startBareServer(
  databasePath: string,
  variables: Record<string, string>,
  validation: BareValidation,
): Promise<BareServer> {
  const port = await freePort();
  const log = fs.openSync(`${databasePath}.log`, "a");
  const child = spawn(process.execPath, [...PROFILE_ARGS, "--import", "tsx", "tests/bench/bare-server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      BARE_DATABASE_PATH: databasePath,
      BARE_VARIABLES: JSON.stringify(variables),
      BARE_VALIDATION: validation,
    },
    stdio: ["ignore", log, log],
  });
  fs.closeSync(log);
  const baseURL = `http://127.0.0.1:${port}`;
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (!alive() || !child.pid) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (alive()) process.kill(child.pid, "SIGKILL");
  };
  try {
    await waitUntilAnswering(`${baseURL}/healthz`, alive);
  } catch (error) {
    await stop();
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}; log: ${fs.readFileSync(`${databasePath}.log`, "utf8").slice(-2000)}`,
    );
  }
  return { baseURL, pid: child.pid!, stop };
}
