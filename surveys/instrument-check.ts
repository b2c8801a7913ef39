// npm run instrument:check -- FILE...: loads each file exactly as the app loads an instrument (surveys/ at start,
// an upload) and prints, per file, "ok" with its question count, or every problem with its question named.
// Exit status 0 only when every file is accepted.
import { instrumentWarnings } from "./check-instrument";
import { InstrumentError, describeProblem } from "./instrument-error";
import { readInstrumentFile } from "./load-instruments";
import { questionCount } from "./question-count";

function checkFile(file: string): boolean {
  try {
    const instrument = readInstrumentFile(file);
    console.log(`${file}: ok (${questionCount(instrument.json)} questions)`);
    // Accepted all the same: SurveyJS itself ignores a property it does not know; the author may have meant something.
    for (const warning of instrumentWarnings(instrument.json)) console.log(describeProblem(file, warning));
    return true;
  } catch (error) {
    if (error instanceof InstrumentError) {
      for (const problem of error.problems) console.log(describeProblem(file, problem));
    } else {
      console.log(`${file}: cannot be read: ${(error as Error).message}`);
    }
    return false;
  }
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run instrument:check -- FILE.json [FILE.json ...]");
  process.exit(2);
}
const results = files.map(checkFile);
process.exit(results.every(Boolean) ? 0 : 1);
