import { loadInstruments } from "../../surveys/load-instruments";
import { prepareSubmission } from "../../surveys/prepare-submission";
import { bareWork } from "./submit-bare-work";
import { fullCommunityAnswers, makeBenchWorld } from "./bench-world";
import { allFields } from "./submit-forms";
import { setContext } from "../../app/models/platform/context.server";
import { openDatabase } from "../../db/client";
import { parseKeyring } from "../../app/models/platform/crypto.server";
const world = makeBenchWorld("micro", 2, { passwordHash: "x" });
const target = world.target("partnership-view", world.clo);
world.release();
const file = loadInstruments().get("partnership-view")!;
console.log("same json text:", JSON.stringify(file.json) === JSON.stringify(target.instrument.json), "vars", target.variables, "version", target.instrument.version);
const work = bareWork(file, target.variables, "model-once");
const A = [0, 1, 2, 3].map((i) => work.parse(new URLSearchParams(allFields(file.json, fullCommunityAnswers(i)))));
const tick = () => new Promise((r) => setImmediate(r));
const res: Record<string, number[]> = {};
async function time(name: string, fn: (a: Record<string, unknown>) => unknown, n = 200) {
  let t = 0;
  for (let i = 0; i < n; i++) { const a = A[i % 4]; const s = performance.now(); fn(a); t += performance.now() - s; await tick(); }
  (res[name] ??= []).push(t / n);
}
const steps: [string, (a: Record<string, unknown>) => unknown][] = [
  ["bare validate", (a) => work.validate(a)],
  ["prepare file json", (a) => prepareSubmission(file, a, { variables: target.variables, language: "sw" })],
  ["prepare pinned json", (a) => prepareSubmission(target.instrument, a, { variables: target.variables, language: "sw" })],
];
for (let r = 0; r < 4; r++) for (const [n, f] of steps) await time(n, f);
for (const [n, v] of Object.entries(res)) console.log(n.padEnd(24), v.map((x) => x.toFixed(2)).join(" "), " min", Math.min(...v).toFixed(2));
world.close();
