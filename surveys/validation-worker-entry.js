// Starts the validation thread (validation-worker.ts) from its TypeScript source: the thread registers tsx,
// which the project's own commands already run on (docs/decisions/024), then loads the worker module.
import { register } from "tsx/esm/api";

register();
await import("./validation-worker.ts");
