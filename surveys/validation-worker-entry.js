// Starts the validation thread (validation-worker.ts) from its TypeScript source: the thread registers tsx,
// which the project's own commands already run on (docs/decisions/024), loads the worker module, and lets tsx
// go again: everything the thread runs is loaded by then.
import { register } from "tsx/esm/api";

const unregister = register();
await import("./validation-worker.ts");
await unregister();
