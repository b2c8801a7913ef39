// One built server for every browser test: build once, start once on a fresh demo database, stop by pid.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startServer } from "./server-process";

export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== "1") {
    execFileSync(path.resolve("node_modules/.bin/remix"), ["build"], { stdio: "ignore", env: { ...process.env, NODE_ENV: "production" } });
  }
  const server = await startServer();
  project.provide("baseURL", server.baseURL);
  project.provide("dataDir", server.dataDir);
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
  }
}
