// Counts read as each language says them, dates as each language writes them, and no message glues a
// bare number to a noun (which would read "1 stories" in one language or another).
import fs from "node:fs";
import path from "node:path";
import { UI_LANGUAGES, format, formatDate, makeT } from "~/i18n";

const dir = path.resolve("app/i18n/catalogues");
const catalogues: Record<string, Record<string, string>> = Object.fromEntries(
  UI_LANGUAGES.map((code) => [code, JSON.parse(fs.readFileSync(path.join(dir, `${code}.json`), "utf8"))]),
);

const PLURAL = /\{\s*(\w+)\s*,\s*plural\s*,/g;
const COUNTS = [0, 1, 2, 5];

/** The names each message counts with, from English, which every language must count with too. */
const countedNames = new Set(Object.values(catalogues.en).flatMap((m) => [...m.matchAll(PLURAL)].map((x) => x[1])));

/** The message with every plural block removed, so what is left holds only plain placeholders. */
function outsidePlurals(message: string): string {
  let out = "";
  let i = 0;
  for (const m of message.matchAll(PLURAL)) {
    if (m.index < i) continue;
    out += message.slice(i, m.index);
    let depth = 0;
    let j = m.index;
    for (; j < message.length; j++) {
      if (message[j] === "{") depth++;
      else if (message[j] === "}" && --depth === 0) break;
    }
    out += " ";
    i = j + 1;
  }
  return out + message.slice(i);
}

/** The selectors (one, other, =0…) of the plural block the text starts with. */
function topSelectors(block: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let word = "";
  for (const ch of block) {
    if (ch === "{") {
      if (depth === 1)
        selectors.push(
          word
            .trim()
            .split(/[\s,]+/)
            .pop() ?? "",
        );
      depth++;
      word = "";
    } else if (ch === "}") {
      if (--depth === 0) break;
      word = "";
    } else if (depth === 1) word += ch;
  }
  return selectors;
}

describe("plurals", () => {
  it("are chosen per language by Intl.PluralRules, with the number written the language's way", () => {
    const template = "{n, plural, one {# story} other {# stories}}";
    expect(COUNTS.map((n) => format(template, { n }, "en"))).toEqual(["0 stories", "1 story", "2 stories", "5 stories"]);
    // French counts zero as singular.
    expect(COUNTS.map((n) => format(template, { n }, "fr"))).toEqual(["0 story", "1 story", "2 stories", "5 stories"]);
    expect(format(template, { n: 1234 }, "nl")).toBe("1.234 stories");
    expect(format("{n, plural, =0 {none} other {# left}}", { n: 0 }, "en")).toBe("none");
    expect(format("{a} and {n, plural, one {# for {a}} other {# for {a}}}", { a: "x", n: 1 }, "en")).toBe("x and 1 for x");
  });

  it("read right in every language for 0, 1, 2 and 5", () => {
    const expected: Record<string, Record<string, string[]>> = {
      "story.coordinator.count": {
        en: ["0 stories", "1 story", "2 stories", "5 stories"],
        sw: ["Hadithi 0", "Hadithi 1", "Hadithi 2", "Hadithi 5"],
        nl: ["0 verhalen", "1 verhaal", "2 verhalen", "5 verhalen"],
        fr: ["0 témoignage", "1 témoignage", "2 témoignages", "5 témoignages"],
      },
      "story.home.to_rate": {
        en: [
          "0 answers wait for your rating",
          "1 answer waits for your rating",
          "2 answers wait for your rating",
          "5 answers wait for your rating",
        ],
        sw: [
          "majibu 0 yanasubiri alama yako",
          "jibu 1 linasubiri alama yako",
          "majibu 2 yanasubiri alama yako",
          "majibu 5 yanasubiri alama yako",
        ],
        nl: [
          "0 antwoorden wachten op jouw oordeel",
          "1 antwoord wacht op jouw oordeel",
          "2 antwoorden wachten op jouw oordeel",
          "5 antwoorden wachten op jouw oordeel",
        ],
        fr: [
          "0 réponse attend votre note",
          "1 réponse attend votre note",
          "2 réponses attendent votre note",
          "5 réponses attendent votre note",
        ],
      },
      "action.story_count": {
        en: ["0 linked stories", "1 linked story", "2 linked stories", "5 linked stories"],
        sw: ["hadithi 0 zilizounganishwa", "hadithi 1 iliyounganishwa", "hadithi 2 zilizounganishwa", "hadithi 5 zilizounganishwa"],
        nl: ["0 gekoppelde verhalen", "1 gekoppeld verhaal", "2 gekoppelde verhalen", "5 gekoppelde verhalen"],
        fr: ["0 témoignage relié", "1 témoignage relié", "2 témoignages reliés", "5 témoignages reliés"],
      },
    };
    for (const [key, byLanguage] of Object.entries(expected)) {
      for (const [code, lines] of Object.entries(byLanguage)) {
        const t = makeT(catalogues[code], code);
        expect({ key, code, read: COUNTS.map((n) => t(key, { n, count: n })) }).toEqual({ key, code, read: lines });
      }
    }
  });

  it("have a branch for every form each language uses, and every counted message resolves cleanly for 0, 1, 2 and 5", () => {
    for (const code of UI_LANGUAGES) {
      const rules = new Intl.PluralRules(code);
      const t = makeT(catalogues[code], code);
      for (const [key, message] of Object.entries(catalogues[code])) {
        const counted = [...message.matchAll(PLURAL)].map((m) => m[1]);
        if (counted.length === 0) continue;
        for (const n of COUNTS) {
          const params = Object.fromEntries([...counted, "k", "max", "date", "by", "suppressed"].map((name) => [name, n]));
          const read = t(key, params);
          expect({ code, key, n, read, leftover: /[{}#]/.test(read) }).toMatchObject({ code, key, n, leftover: false });
          expect({ code, key, n, hasNumber: read.includes(String(n)) }).toEqual({ code, key, n, hasNumber: true });
          const category = rules.select(n);
          // A language whose form for n differs from "other" must say so in each plural block.
          if (category !== "other") {
            for (const m of message.matchAll(PLURAL)) {
              const selectors = topSelectors(message.slice(m.index));
              // "{k, plural, other {#}}" is a bare number standing alone, which needs no form.
              const alone = /^\{\s*\w+\s*,\s*plural\s*,\s*other\s*\{#\}\s*\}/.test(message.slice(m.index));
              const branch = selectors.includes(category) || selectors.includes(`=${n}`);
              expect({ code, key, category, has: alone || branch }).toEqual({
                code,
                key,
                category,
                has: true,
              });
            }
          }
        }
      }
    }
  });
});

describe("no message glues a number to a noun", () => {
  it("counts with plural forms wherever English does, in every language", () => {
    // A counted name standing as a plain placeholder beside a word ("{n} stories", "hadithi {n}") is glued.
    const glued = (message: string) =>
      [...countedNames].some((name) => new RegExp(`\\p{L}\\s+\\{${name}\\}|\\{${name}\\}\\s+\\p{L}`, "u").test(outsidePlurals(message)));
    for (const code of UI_LANGUAGES) {
      const bare = Object.entries(catalogues[code])
        .filter(([, message]) => glued(message))
        .map(([key]) => key);
      expect({ code, bare }).toEqual({ code, bare: [] });
    }
  });

  it("never follows a plain placeholder with a plural noun in English", () => {
    // "{n} stories" reads "1 stories"; "{organisation} members" is fine, so names are allowed.
    const names = new Set([
      "name",
      "organisation",
      "round",
      "label",
      "dimension",
      "title",
      "role",
      "themes",
      "organisations",
      "email",
      "number",
      "next",
    ]);
    const glued = Object.entries(catalogues.en)
      .flatMap(([key, message]) =>
        [...outsidePlurals(message).matchAll(/\{(\w+)\}\s+([a-z]+s)\b/g)].map((m) => ({ key, name: m[1], word: m[2] })),
      )
      .filter(({ name }) => !names.has(name));
    expect(glued).toEqual([]);
  });
});

describe("dates", () => {
  it("are written in the reader's language, Swahili included", () => {
    const written = Object.fromEntries(UI_LANGUAGES.map((code) => [code, formatDate("2027-01-29", code)]));
    expect(written).toEqual({ en: "January 29, 2027", sw: "29 Januari 2027", nl: "29 januari 2027", fr: "29 janvier 2027" });
  });

  it("keep the calendar day of a stored moment, whatever the server's time zone", () => {
    expect(formatDate("2027-01-29T23:30:00.000Z", "nl")).toBe("29 januari 2027");
    expect(formatDate("not a date", "fr")).toBe("not a date");
  });

  it("fill the {date} of a message in every language", () => {
    for (const code of UI_LANGUAGES) {
      const t = makeT(catalogues[code], code);
      expect(t("story.told_on", { date: formatDate("2027-01-29", code) })).toContain(formatDate("2027-01-29", code));
    }
  });
});
