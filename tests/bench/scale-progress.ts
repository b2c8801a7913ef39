// A hand-written progress bar on stderr: `[#####     ] 52% responses 52000/100000`, redrawn in place.
export type Progress = { tick(done: number): void; finish(): void };

const WIDTH = 30;

export function progressBar(label: string, total: number, stream: NodeJS.WriteStream = process.stderr, quiet = false): Progress {
  let lastPercent = -1;
  // In a log (not a terminal) every redraw stays on the page: draw every tenth there.
  const step = stream.isTTY ? 1 : 10;
  const draw = (done: number) => {
    const share = total === 0 ? 1 : Math.min(1, done / total);
    const percent = Math.floor((share * 100) / step) * step;
    // Redraw only when the figure changes: writing to a terminal 100 000 times costs seconds.
    if (percent === lastPercent || quiet) return;
    lastPercent = percent;
    const filled = Math.round(share * WIDTH);
    stream.write(`\r[${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${String(percent).padStart(3)}% ${label} ${done}/${total}`);
  };
  draw(0);
  return {
    tick: draw,
    finish() {
      draw(total);
      if (!quiet) stream.write("\n");
    },
  };
}
