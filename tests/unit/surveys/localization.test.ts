import { shownTexts } from "../../../surveys/localized-texts";
import { expandNetworkInstrument } from "../../../surveys/network";
import { rawInstrument } from "./helpers";

const INSTRUMENTS = ["partnership-view", "self-reflection", "collaboration-network", "story"];

/** The shown texts lacking English or Swahili, named by where they sit. */
function untranslated(json: unknown): string[] {
  return shownTexts(json)
    .filter(({ value }) => {
      const texts = value as Record<string, unknown> | undefined;
      return (
        !texts || typeof texts !== "object" || ["default", "sw"].some((locale) => typeof texts[locale] !== "string" || texts[locale] === "")
      );
    })
    .map(({ where }) => where);
}

describe("every text a respondent reads", () => {
  it.each(INSTRUMENTS)("has English and Swahili in %s", (name) => {
    const json = rawInstrument(name);
    expect(shownTexts(json).length).toBeGreaterThan(5);
    expect(untranslated(json)).toEqual([]);
  });

  it("has English and Swahili in the network instrument once expanded", () => {
    const json = expandNetworkInstrument(rawInstrument("collaboration-network"), [{ id: 3, name: "Amani" }]);
    expect(untranslated(json)).toEqual([]);
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
              title: { default: "Pick", sw: "Chagua" },
              choices: ["bare", { value: "x", text: { default: "X" } }],
            },
            { type: "rating", name: "r", title: { default: "R", sw: "R" }, minRateDescription: { default: "low", sw: "" } },
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
