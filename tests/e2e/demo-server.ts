// A server of a test file's own, on its own copy of the demo the run seeded once (tests/e2e/global-setup.ts).
import { inject } from "vitest";
import { startServer } from "./server-process";

export const startDemoServer = (extraEnv: Record<string, string> = {}) => startServer(extraEnv, [], inject("seededDataDir"));
