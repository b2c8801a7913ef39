// Starting and stopping a built Sikiliza server in its own process, on its own fresh data directory.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type ServerProcess = {
  baseURL: string;
  dataDir: string;
  databasePath: string;
  child: ChildProcess;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function waitForHealth(url: string, timeoutMs = 170_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not become healthy`);
}

const DATABASE = "sikiliza.db";
const KEYS = "keys";

/** Copies what a stopped server left (its database, write-ahead log and key) into a fresh data folder. */
function copyDataFolder(from: string, to: string) {
  for (const name of [DATABASE, `${DATABASE}-wal`])
    if (fs.existsSync(path.join(from, name))) fs.copyFileSync(path.join(from, name), path.join(to, name));
  fs.cpSync(path.join(from, KEYS), path.join(to, KEYS), { recursive: true });
}

/**
 * `nodeArgs`: options for node itself that NODE_OPTIONS may not carry (`--cpu-prof`, for a bench's profile).
 * `seededFrom`: the data folder of a stopped server that seeded the demo (tests/e2e/global-setup.ts): this server
 * starts on its own copy of that demo instead of seeding another.
 */
export async function startServer(
  extraEnv: Record<string, string> = {},
  nodeArgs: string[] = [],
  seededFrom?: string,
): Promise<ServerProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-e2e-"));
  if (seededFrom) copyDataFolder(seededFrom, dataDir);
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const databasePath = path.join(dataDir, DATABASE);
  const log = fs.openSync(path.join(dataDir, "server.log"), "a");
  const child = spawn(process.execPath, [...nodeArgs, "app/server/serve.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_PATH: databasePath,
      SIKILIZA_KEY_FILE: path.join(dataDir, KEYS, "sikiliza.key"),
      // The server's nightly backup and pre-upgrade copies stay in its own temporary directory.
      SIKILIZA_BACKUP_DIR: path.join(dataDir, "backups"),
      SIKILIZA_SEED_DEMO: "force",
      // Browser tests deliver no messages unless they ask (extraEnv OUTBOX_WORKER: "on").
      OUTBOX_WORKER: "off",
      ...extraEnv,
    },
    stdio: ["ignore", log, log],
  });
  await waitForHealth(baseURL);
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(child.pid, signal);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
    if (child.exitCode === null && child.signalCode === null) process.kill(child.pid, "SIGKILL");
  };
  return { baseURL, dataDir, databasePath, child, stop };
}
