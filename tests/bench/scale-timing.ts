// Timing helpers: warm-up runs, then interleaved measured runs (both sides see the same page cache),
// each started after a full garbage collection so no run pays for the garbage of the one before it.
import v8 from "node:v8";
import vm from "node:vm";

v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Runs every function `warmup` times, then `runs` times in turn; returns each one's samples in ms. */
export function interleaved<K extends string>(fns: Record<K, () => unknown>, { warmup = 3, runs = 25 } = {}): Record<K, number[]> {
  const names = Object.keys(fns) as K[];
  for (let i = 0; i < warmup; i++) for (const name of names) fns[name]();
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      collectGarbage();
      samples[name].push(timeOnce(fns[name]));
    }
  }
  return samples;
}

export const round2 = (ms: number) => Math.round(ms * 100) / 100;
