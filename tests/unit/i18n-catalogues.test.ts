// Every UI string goes through t(): the catalogues agree with each other and with the keys the code uses.
import fs from "node:fs";
import path from "node:path";
import { UI_LANGUAGES } from "~/i18n";

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

/** Every placeholder a message names, plural selectors included, in order of name. */
export function placeholderNames(message: string): string {
  const names = new Set<string>();
  for (const m of message.matchAll(/\{\s*(\w+)\s*(?:,\s*plural\s*,|\})/g)) names.add(m[1]);
  return [...names].sort().join(",");
}

describe("the catalogues", () => {
  it("are exactly English, Swahili, Dutch and French, each naming itself", () => {
    expect(Object.keys(catalogues).sort()).toEqual([...UI_LANGUAGES].sort());
    expect(Object.fromEntries(Object.entries(catalogues).map(([code, m]) => [code, m["language.name"]]))).toEqual({
      en: "English",
      sw: "Kiswahili",
      nl: "Nederlands",
      fr: "Français",
    });
  });

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
    for (const [code, messages] of Object.entries(catalogues)) {
      const mismatched = Object.entries(messages)
        .filter(([k, v]) => placeholderNames(v) !== placeholderNames(catalogues.en[k] ?? ""))
        .map(([k]) => k);
      expect({ code, mismatched }).toEqual({ code, mismatched: [] });
    }
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
