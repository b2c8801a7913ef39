import { shownTexts } from "../../../surveys/localized-texts";
import { expandNetworkInstrument } from "../../../surveys/network";
import { INSTRUMENT_LOCALES } from "../../../surveys/types";
import { rawInstrument } from "./helpers";

const INSTRUMENTS = ["partnership-view", "self-reflection", "collaboration-network", "story"];

// "default" holds English; every other interface language has its own key in every text.
const KEYS = INSTRUMENT_LOCALES.map((locale) => (locale === "en" ? "default" : locale));

/** The shown texts lacking one of the languages, named by where they sit. */
function untranslated(json: unknown): string[] {
  return shownTexts(json)
    .filter(({ value }) => {
      const texts = value as Record<string, unknown> | undefined;
      return !texts || typeof texts !== "object" || KEYS.some((locale) => typeof texts[locale] !== "string" || texts[locale] === "");
    })
    .map(({ where }) => where);
}

describe("every text a respondent reads", () => {
  it.each(INSTRUMENTS)("has English, Swahili, Dutch and French in %s", (name) => {
    const json = rawInstrument(name);
    expect(shownTexts(json).length).toBeGreaterThan(5);
    expect(untranslated(json)).toEqual([]);
  });

  it("has every language in the network instrument once expanded", () => {
    const json = expandNetworkInstrument(rawInstrument("collaboration-network"), [{ id: 3, name: "Amani" }]);
    expect(untranslated(json)).toEqual([]);
  });

  it("keeps the partner placeholders of English in every language", () => {
    const names = (text: string) => [...text.matchAll(/\{(INGO|CLO|ORG)\}/g)].map((m) => m[1]).sort();
    for (const name of INSTRUMENTS) {
      for (const { where, value } of shownTexts(rawInstrument(name))) {
        const texts = value as Record<string, string>;
        for (const key of KEYS) expect({ where, key, names: names(texts[key]) }).toEqual({ where, key, names: names(texts.default) });
      }
    }
  });

  it("is found by the check, including titles, choices and scale ends", () => {
    const json = {
      pages: [
        {
          name: "p",
          title: "Only English",
          elements: [
            {
              type: "radiogroup",
              name: "pick",
              title: { default: "Pick", sw: "Chagua", nl: "Kies", fr: "Choisir" },
              choices: ["bare", { value: "x", text: { default: "X" } }],
            },
            {
              type: "rating",
              name: "r",
              title: { default: "R", sw: "R", nl: "R", fr: "R" },
              minRateDescription: { default: "low", sw: "chini", nl: "laag", fr: "" },
            },
            { type: "comment", name: "untitled" },
          ],
        },
      ],
    };
    expect(untranslated(json)).toEqual([
      "(page p).title",
      "pick.choices[bare]",
      "pick.choices[x]",
      "r.minRateDescription",
      "untitled.title",
    ]);
  });
});
