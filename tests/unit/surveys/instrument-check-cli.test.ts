// `npm run instrument:check -- FILE...` as a person runs it: per file "ok" with its question count, or every
// problem with its question; exit status 0 only when every file is accepted.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../../..");
const check = (...files: string[]) =>
  spawnSync(path.join(root, "node_modules/.bin/tsx"), ["surveys/instrument-check.ts", ...files], { cwd: root, encoding: "utf8" });

describe("npm run instrument:check", () => {
  it("prints ok with the question count for accepted files and exits 0", () => {
    const run = check("surveys/story.json", "tests/data/every-type.json");
    expect(run.stdout).toBe("surveys/story.json: ok (7 questions)\ntests/data/every-type.json: ok (21 questions)\n");
    expect(run.status).toBe(0);
  }, 60_000);

  it("prints every problem of a refused file with its question and exits 1, still checking the others", () => {
    const run = check("tests/data/surveyjs-examples/novacode-every-type.json", "surveys/story.json", "no-such-file.json");
    const lines = run.stdout.trim().split("\n");
    expect(
      lines.filter((line) => line.startsWith("tests/data/surveyjs-examples/novacode-every-type.json: question ")).length,
    ).toBeGreaterThanOrEqual(10);
    expect(lines).toContain(
      'tests/data/surveyjs-examples/novacode-every-type.json: question "signature": question type "signaturepad" is not supported: a signature pad needs a script to draw',
    );
    expect(lines).toContain("surveys/story.json: ok (7 questions)");
    expect(lines).toContain('no-such-file.json: question "(file)": cannot be read: ENOENT');
    expect(run.status).toBe(1);
  }, 60_000);
});
