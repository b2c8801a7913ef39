import { deriveRows } from "../../../surveys/derive-rows";
import { keepVisibleAnswers } from "../../../surveys/visible-answers";
import { instrument } from "./helpers";

describe("deriving metric and narrative rows", () => {
  it("gives the community's ratings, a null for don't-know, and examples with their dimension", () => {
    const answers = { decisions: 4, agenda_na: true, decisions_example: "Tuliamua pamoja 🙌🏾", money_example: "  ", consent: "partners" };
    expect(deriveRows(instrument("partnership-view"), answers, { language: "sw" })).toEqual({
      metrics: [
        { question: "decisions", dimension: "decisions", perspective: "community", value: 4 },
        { question: "agenda", dimension: "agenda", perspective: "community", value: null },
      ],
      narratives: [{ question: "decisions_example", dimension: "decisions", text: "Tuliamua pamoja 🙌🏾", language: "sw" }],
    });
  });

  it("gives the INGO's self-view and prediction apart, and reflections without a dimension", () => {
    const answers = { trust_self: 5, trust_prediction: 2, trust_example: "They told us late.", reflection_surprised: "The rent." };
    const rows = deriveRows(instrument("self-reflection"), answers, { language: "en" });
    expect(rows.metrics).toEqual([
      { question: "trust_self", dimension: "trust", perspective: "ingo_self", value: 5 },
      { question: "trust_prediction", dimension: "trust", perspective: "ingo_prediction", value: 2 },
    ]);
    expect(rows.narratives).toEqual([
      { question: "trust_example", dimension: "trust", text: "They told us late.", language: "en" },
      { question: "reflection_surprised", dimension: null, text: "The rent.", language: "en" },
    ]);
  });

  it("gives nothing for an empty response", () => {
    expect(deriveRows(instrument("partnership-view"), {}, { language: "en" })).toEqual({ metrics: [], narratives: [] });
  });
});

describe("keeping only visible answers", () => {
  it("drops a signed name once the teller chose to stay anonymous", () => {
    const story = instrument("story");
    const answers = { story: "x", consent: "community", attribution: "anonymous", signed_name: "Wanjiru" };
    expect(keepVisibleAnswers(story, answers)).toEqual({ story: "x", consent: "community", attribution: "anonymous" });
    expect(keepVisibleAnswers(story, { ...answers, attribution: "name" })).toEqual({ ...answers, attribution: "name" });
  });
});
