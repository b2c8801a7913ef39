import { deriveRows } from "../../../surveys/derive-rows";
import { instrumentFromJson } from "../../../surveys/load-instruments";
import { buildPageModel } from "../../../surveys/page-model";
import { parsePageForm } from "../../../surveys/parse-form";
import { aboutOrganisationOf, answeredPooled, expandSelfReflection } from "../../../surveys/self-reflection-partners";
import { allElements, instrument, rawInstrument } from "./helpers";

const partners = [
  { id: 12, name: "Pamoja Network" },
  { id: 7, name: "Tumaini {Men}" },
];
const variables = { INGO: "Global Partners", CLO: "Pamoja Network & Tumaini Men" };
const expanded = (list = partners) => instrumentFromJson("self-reflection", expandSelfReflection(rawInstrument("self-reflection"), list));
const ratingNames = (json: object) =>
  allElements(json as Record<string, any>)
    .filter((element) => element.type === "rating")
    .map((element) => element.name as string);

describe("the self-reflection asked per community partner", () => {
  it("asks every self-view and prediction once per partner, the partner named in every language", () => {
    const json = expandSelfReflection(rawInstrument("self-reflection"), partners) as Record<string, any>;
    const byName = Object.fromEntries(allElements(json).map((element) => [element.name, element]));
    expect(ratingNames(json)).toHaveLength(2 * ratingNames(rawInstrument("self-reflection")).length);
    expect(byName.decisions_self__7.title).toEqual({
      default: "We make decisions about this programme together with Tumaini Men.",
      sw: "Tunafanya maamuzi kuhusu mpango huu pamoja na Tumaini Men.",
      nl: "We nemen besluiten over dit programma samen met Tumaini Men.",
      fr: "Nous prenons les décisions sur ce programme avec Tumaini Men.",
    });
    expect(byName.decisions_self__12).toMatchObject({ dimension: "decisions", perspective: "ingo_self" });
    expect(byName.agenda_prediction__12.title.default).toBe(
      "How do you think Pamoja Network will answer: «{INGO} asks for our advice before it sets priorities.»?",
    );
    // Each rating keeps its own "don't know"; the example and the reflections are asked once.
    expect(byName.decisions_self__12_na.type).toBe("boolean");
    expect(byName.decisions_example).toBeDefined();
    expect(byName.decisions_self).toBeUndefined();
    expect(byName.reflection_surprised.title.default).toContain("{CLO}");
    expect(json.pages.map((page: { name: string }) => page.name)).toEqual(
      rawInstrument("self-reflection").pages.map((page: { name: string }) => page.name),
    );
  });

  it("orders a dimension's questions: self-views per partner, predictions per partner, then the example", () => {
    const page = buildPageModel(expanded(), { locale: "en", answers: {}, pageIndex: 0, variables });
    expect(page.elements.slice(0, 5).map((element) => element.name)).toEqual([
      "decisions_self__12",
      "decisions_self__7",
      "decisions_prediction__12",
      "decisions_prediction__7",
      "decisions_example",
    ]);
    expect(page.elements[1]).toMatchObject({
      naName: "decisions_self__7_na",
      title: "We make decisions about this programme together with Tumaini Men.",
    });
  });

  it("reads a plain form post and derives one rating per dimension, side and partner", () => {
    const self = expanded();
    const { answers, unknown } = parsePageForm(
      self,
      0,
      [
        ["decisions_self__12", "4"],
        ["decisions_self__7", "na"],
        ["decisions_prediction__12", "2"],
      ],
      {},
    );
    expect(unknown).toEqual([]);
    expect(answers).toEqual({ decisions_self__12: 4, decisions_self__7_na: true, decisions_prediction__12: 2 });
    const metrics = deriveRows(self, answers, { language: "en" }).metrics;
    expect(metrics.map((m) => [m.question, m.perspective, m.value, aboutOrganisationOf(m.question)])).toEqual([
      ["decisions_self__12", "ingo_self", 4, 12],
      ["decisions_self__7", "ingo_self", null, 7],
      ["decisions_prediction__12", "ingo_prediction", 2, 12],
    ]);
  });

  it("with one community partner reads as before: one rating per dimension and side, tied to that partner", () => {
    const one = expanded([{ id: 3, name: "Amani" }]);
    expect(ratingNames(one.json)).toEqual(ratingNames(rawInstrument("self-reflection")).map((name) => `${name}__3`));
    const page = buildPageModel(one, { locale: "sw", answers: {}, pageIndex: 0, variables: { INGO: "GP", CLO: "Amani" } });
    expect(page.elements[0].title).toBe("Tunafanya maamuzi kuhusu mpango huu pamoja na Amani.");
  });

  it("leaves the file itself as it was: the expansion happens when a round asks it", () => {
    const file = rawInstrument("self-reflection");
    expandSelfReflection(file, partners);
    expect(file).toEqual(rawInstrument("self-reflection"));
    expect(JSON.stringify(instrument("self-reflection").json)).not.toContain("__");
  });

  it("tells answers given to the pooled form from per-partner ones", () => {
    expect(answeredPooled({ decisions_self: 4 })).toBe(true);
    expect(answeredPooled({ trust_prediction_na: true })).toBe(true);
    expect(answeredPooled({ decisions_self__12: 4, decisions_example: "x", consent: "partners" })).toBe(false);
    expect(aboutOrganisationOf("decisions_self")).toBeNull();
  });
});
