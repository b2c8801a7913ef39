/** One thing wrong with an instrument, named by the question (or "(survey)", "(file)") it belongs to. */
export interface InstrumentProblem {
  question: string;
  problem: string;
}

export const describeProblem = (file: string, { question, problem }: InstrumentProblem) => `${file}: question "${question}": ${problem}`;

/** An instrument that must not be used; the message names the file and, line by line, every problem found. */
export class InstrumentError extends Error {
  readonly problems: InstrumentProblem[];

  constructor(
    readonly file: string,
    problems: InstrumentProblem[] | string,
    problem?: string,
  ) {
    const list = typeof problems === "string" ? [{ question: problems, problem: problem ?? "" }] : problems;
    super(list.map((item) => describeProblem(file, item)).join("\n"));
    this.problems = list;
    this.name = "InstrumentError";
  }

  /** The first problem's question, for callers that name one. */
  get question(): string {
    return this.problems[0]?.question ?? "(survey)";
  }
}
