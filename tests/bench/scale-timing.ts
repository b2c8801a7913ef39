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

/** Wall time and this process's CPU time of one call, in ms: on a busy machine the second is the steadier. */
function timeAndCpu(fn: () => unknown): [wall: number, cpu: number] {
  const cpu = process.cpuUsage();
  const wall = timeOnce(fn);
  const used = process.cpuUsage(cpu);
  return [wall, (used.user + used.system) / 1000];
}

export type Samples = { wall: number[]; cpu: number[] };

/** Runs every function `warmup` times, then `runs` times in turn; returns each one's samples in ms. */
export function interleaved<K extends string>(fns: Record<K, () => unknown>, { warmup = 3, runs = 25 } = {}): Record<K, Samples> {
  const names = Object.keys(fns) as K[];
  for (let i = 0; i < warmup; i++) for (const name of names) fns[name]();
  const samples = Object.fromEntries(names.map((name) => [name, { wall: [], cpu: [] } as Samples])) as Record<K, Samples>;
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      collectGarbage();
      const [wall, cpu] = timeAndCpu(fns[name]);
      samples[name].wall.push(wall);
      samples[name].cpu.push(cpu);
    }
  }
  return samples;
}

export const round2 = (ms: number) => Math.round(ms * 100) / 100;
