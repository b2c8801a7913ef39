// What the operator commands share: a progress line that redraws in a terminal (and writes every tenth in a log),
// and one way to stop with a clear message.
export function progressLine(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastShown = -1;
  return (done: number, total: number) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    const shown = stream.isTTY ? percent : Math.floor(percent / 10) * 10;
    if (shown === lastShown) return;
    lastShown = shown;
    const line = `${label}: ${String(shown).padStart(3)}% (${done}/${total})`;
    stream.write(stream.isTTY ? `\r${line}${shown === 100 ? "\n" : ""}` : `${line}\n`);
  };
}

export function fail(message: string): never {
  process.stderr.write(`\n✗ ${message}\n`);
  process.exit(1);
}

export const say = (line: string) => process.stderr.write(`${line}\n`);

/** Runs a command's main function; any error ends it with its message, never a stack trace. */
export function runCommand(main: () => Promise<void>) {
  main().then(
    () => process.exit(0),
    (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
  );
}
