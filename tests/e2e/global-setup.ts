// One built server for every browser test: build once, start once on a fresh demo database, stop by pid.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

let server: ChildProcess | null = null;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });
}

async function waitForHealth(url: string, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server at ${url} did not become healthy`);
}

export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== "1") execFileSync(path.resolve("node_modules/.bin/remix"), ["build"], { stdio: "ignore", env: { ...process.env, NODE_ENV: "production" } });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "sikiliza-e2e-"));
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const log = fs.openSync(path.join(dataDir, "server.log"), "a");
  server = spawn(process.execPath, ["app/server/serve.js"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_PATH: path.join(dataDir, "sikiliza.db"),
      SIKILIZA_KEY_FILE: path.join(dataDir, "keys", "sikiliza.key"),
      SIKILIZA_SEED_DEMO: "force",
    },
    stdio: ["ignore", log, log],
  });
  await waitForHealth(baseURL);
  project.provide("baseURL", baseURL);
  project.provide("dataDir", dataDir);
  return async () => {
    if (server?.pid) process.kill(server.pid, "SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    if (server && server.exitCode === null && server.pid) process.kill(server.pid, "SIGKILL");
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
  }
}
