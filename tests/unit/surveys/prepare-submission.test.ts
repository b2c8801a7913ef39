import { deriveRows } from "../../../surveys/derive-rows";
import { expandNetworkInstrument } from "../../../surveys/network";
import { instrumentFromJson } from "../../../surveys/load-instruments";
import { preparePage, prepareSubmission } from "../../../surveys/prepare-submission";
import type { Instrument } from "../../../surveys/types";
import { validateAnswers } from "../../../surveys/validate-answers";
import { keepVisibleAnswers } from "../../../surveys/visible-answers";
import { instrument, rawInstrument, tinyInstrument } from "./helpers";

const variables = { INGO: "Msaada International", CLO: "Sauti Yetu" };

/** What submitResponse computed before prepareSubmission: three calls, three models. */
function separately(from: Instrument, answers: Record<string, unknown>, language: string) {
  const kept = keepVisibleAnswers(from, answers);
  return { kept, validation: validateAnswers(from, kept, { variables }), derived: deriveRows(from, kept, { language }) };
}

const story = { story: "Tulisikilizwa 🙌🏾", consent: "partners", attribution: "anonymous" };

// A condition on a question that is itself hidden: dropping `detail` must hide `more` for validation and rows.
const chained = () =>
  tinyInstrument([
    { type: "radiogroup", name: "mode", choices: ["a", "b"] },
    { type: "comment", name: "detail", visibleIf: "{mode} = 'a'", isRequired: true },
    { type: "comment", name: "more", visibleIf: "{detail} notempty", isRequired: true },
  ]);

const network = () =>
  instrumentFromJson(
    "collaboration-network",
    expandNetworkInstrument(rawInstrument("collaboration-network"), [{ id: 7, name: "Sauti Yetu" }]),
  );

describe("preparing a submission on one model", () => {
  it.each([
    [
      "a complete community view",
      "partnership-view",
      { decisions: 4, agenda_na: true, decisions_example: "Tuliamua pamoja", money_example: "  ", consent: "partners" },
    ],
    ["an empty community view", "partnership-view", {}],
    ["a rating and its don't-know both", "partnership-view", { trust: 2, trust_na: true, consent: "community" }],
    ["a rating out of range and one that is text", "partnership-view", { decisions: 6, money: "3", consent: "community" }],
    ["an example that is too long", "partnership-view", { decisions: 3, decisions_example: "a".repeat(10_001), consent: "community" }],
    ["unknown names", "partnership-view", { decisions: 3, consent: "community", nickname: "Tembo", "decisions.x": 1 }],
    [
      "a self-reflection with reflections",
      "self-reflection",
      { trust_self: 5, trust_prediction: 2, trust_example: "They told us late.", reflection_surprised: "The rent." },
    ],
    ["a signed name the teller then hid", "story", { ...story, signed_name: "Wanjiru" }],
    ["a signed name kept", "story", { ...story, attribution: "name", signed_name: "Wanjiru" }],
    ["a missing signed name", "story", { ...story, attribution: "name" }],
    ["a choice that is not a choice", "story", { ...story, consent: "everyone", dimensions: ["money", "power"] }],
  ])("gives what the three separate calls give: %s", (_case, name, answers) => {
    for (const language of ["en", "sw"]) {
      expect(prepareSubmission(instrument(name), answers, { variables, language })).toEqual(
        separately(instrument(name), answers, language),
      );
    }
  });

  it("gives the same for a condition on a question the answers hide", () => {
    for (const answers of [
      { mode: "b", detail: "x", more: "y" },
      { mode: "a", detail: "x" },
      { mode: "a", detail: "x", more: "y" },
      { mode: "b" },
    ]) {
      expect(prepareSubmission(chained(), answers, { variables, language: "en" })).toEqual(separately(chained(), answers, "en"));
    }
    const hidden = prepareSubmission(chained(), { mode: "b", detail: "x", more: "y" }, { variables, language: "en" });
    // keepVisibleAnswers looks once: `more` was shown while `detail` was there; the rows see it hidden.
    expect(hidden.kept).toEqual({ mode: "b", more: "y" });
    expect(hidden.validation.ok).toBe(true);
    expect(hidden.derived.narratives).toEqual([]);
  });

  it("gives the same for an expanded network", () => {
    const answers = { worked_together__7: false, worked_on__7: ["advocacy"], how_often__7: "weekly" };
    expect(prepareSubmission(network(), answers, { variables, language: "en" })).toEqual(separately(network(), answers, "en"));
  });

  it("never changes the answers it is given", () => {
    const answers = { ...story, signed_name: "Wanjiru", consent: "everyone" };
    const copy = structuredClone(answers);
    prepareSubmission(instrument("story"), answers, { variables, language: "en" });
    expect(answers).toEqual(copy);
  });

  it("gives the same when called many times in one task (pooled models)", () => {
    const cases = [{ ...story, signed_name: "Wanjiru" }, { ...story, attribution: "name" }, story];
    const expected = cases.map((answers) => separately(instrument("story"), answers, "en"));
    for (let round = 0; round < 3; round++) {
      cases.forEach((answers, i) =>
        expect(prepareSubmission(instrument("story"), answers, { variables, language: "en" })).toEqual(expected[i]),
      );
    }
  });
});

describe("preparing a saved page on one model", () => {
  it.each([
    [
      "a valid first page, already submitted",
      "partnership-view",
      0,
      { decisions: 4, decisions_example: "Pamoja", consent: "community" },
      true,
    ],
    ["a valid first page, not submitted", "partnership-view", 0, { decisions: 4 }, false],
    ["an invalid page", "partnership-view", 0, { decisions: 9, trust: 2, trust_na: true }, true],
    ["a hidden signed name", "story", 0, { ...story, signed_name: "Wanjiru" }, true],
  ])(
    "validates the page as validateAnswers does, and keeps and derives as the separate calls: %s",
    (_case, name, pageIndex, answers, derive) => {
      const from = instrument(name);
      const prepared = preparePage(from, answers, pageIndex, { variables, language: "sw", derive });
      const validation = validateAnswers(from, answers, { pageIndex, variables });
      expect(prepared.validation).toEqual(validation);
      const kept = keepVisibleAnswers(from, answers);
      expect(prepared.submitted).toEqual(derive && validation.ok ? { kept, derived: deriveRows(from, kept, { language: "sw" }) } : null);
    },
  );
});
