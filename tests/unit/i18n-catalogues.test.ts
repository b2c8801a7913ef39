// Every UI string goes through t(): the catalogues agree with each other and with the keys the code uses.
import fs from "node:fs";
import path from "node:path";

const dir = path.resolve("app/i18n/catalogues");
const catalogues = Object.fromEntries(
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => [path.basename(f, ".json"), JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Record<string, string>]),
);

function sourceFiles(root: string): string[] {
  return fs.readdirSync(root, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(root, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(tsx?|jsx?)$/.test(e.name) ? [full] : [];
  });
}

const sources = sourceFiles(path.resolve("app")).map((file) => ({ file, text: fs.readFileSync(file, "utf8") }));

describe("the catalogues", () => {
  it("every language has exactly the keys English has, and no empty message", () => {
    const english = Object.keys(catalogues.en).sort();
    for (const [code, messages] of Object.entries(catalogues)) {
      expect({ code, missing: english.filter((k) => !(k in messages)) }).toEqual({ code, missing: [] });
      expect({ code, extra: Object.keys(messages).filter((k) => !(k in catalogues.en)) }).toEqual({ code, extra: [] });
      expect({
        code,
        empty: Object.entries(messages)
          .filter(([, v]) => !v.trim())
          .map(([k]) => k),
      }).toEqual({ code, empty: [] });
    }
  });

  it("holds every literal key the code passes to t()", () => {
    const used = new Set<string>();
    for (const { text } of sources) for (const m of text.matchAll(/\bt\(\s*"([a-z0-9_.-]+)"/g)) used.add(m[1]);
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((key) => !(key in catalogues.en))).toEqual([]);
  });

  it("keeps the same placeholders in every language", () => {
    const placeholders = (s: string) =>
      [...s.matchAll(/\{(\w+)\}/g)]
        .map((m) => m[1])
        .sort()
        .join(",");
    const mismatched = Object.entries(catalogues.sw)
      .filter(([k, v]) => placeholders(v) !== placeholders(catalogues.en[k] ?? ""))
      .map(([k]) => k);
    expect(mismatched).toEqual([]);
  });

  it("leaves no hard-coded English sentence in a component or route", () => {
    // Text between tags that has two or more words and no braces is a string that skipped t().
    const offenders = sources
      .filter(({ file }) => file.endsWith(".tsx"))
      .flatMap(({ file, text }) =>
        [...text.matchAll(/>\s*([A-Za-z][a-z]+(?: [A-Za-z][a-z,.']*)+)\s*</g)].map((m) => `${path.relative(process.cwd(), file)}: ${m[1]}`),
      );
    expect(offenders).toEqual([]);
  });
});
