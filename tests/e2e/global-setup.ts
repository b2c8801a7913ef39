// One built server for every browser test: build once, seed the demo once, start once on a copy of it, stop by pid.
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startServer } from "./server-process";

export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== "1") {
    execFileSync(path.resolve("node_modules/.bin/remix"), ["build"], { stdio: "ignore", env: { ...process.env, NODE_ENV: "production" } });
  }
  // The demo is seeded once, by a server started like any other and then stopped; every server of the run
  // (this shared one and those a test file starts for itself) starts on its own copy of that data folder.
  const seeding = await startServer();
  await seeding.stop();
  const server = await startServer({}, [], seeding.dataDir);
  project.provide("baseURL", server.baseURL);
  project.provide("dataDir", server.dataDir);
  project.provide("seededDataDir", seeding.dataDir);
  return () => server.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
    seededDataDir: string;
  }
}
