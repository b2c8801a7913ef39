// A process's memory as the kernel counts it: resident now (VmRSS) and the peak since it started (VmHWM).
// Every bench that runs the real server notes that server's peak here, so the summary can give the highest.
import fs from "node:fs";

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith(`${field}:`));
  if (!line) throw new Error(`no ${field} for process ${pid}`);
  return Number(line.split(/\s+/)[1]);
}

export const rssMb = (pid: number) => Math.round(statusKb(pid, "VmRSS") / 102.4) / 10;
export const peakRssMb = (pid: number) => Math.round(statusKb(pid, "VmHWM") / 102.4) / 10;

const peaks: { what: string; mb: number }[] = [];
export function notePeak(what: string, mb: number) {
  peaks.push({ what, mb });
}
export const highestPeak = () => peaks.reduce((a, b) => (b.mb > a.mb ? b : a), { what: "none", mb: 0 });
