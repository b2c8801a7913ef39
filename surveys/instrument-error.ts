/** An instrument that must not be used; the message names the file and the question at fault. */
export class InstrumentError extends Error {
  constructor(
    readonly file: string,
    readonly question: string,
    problem: string,
  ) {
    super(`${file}: question "${question}": ${problem}`);
    this.name = "InstrumentError";
  }
}
