import { parsePageForm } from "../../../surveys/parse-form";
import { validateAnswers } from "../../../surveys/validate-answers";
import { instrument, tinyInstrument } from "./helpers";

const view = () => instrument("partnership-view");
const story = () => instrument("story");

describe("parsing a posted page", () => {
  it("types ratings as numbers and keeps a non-integer as text for validation to refuse", () => {
    const { answers, unknown } = parsePageForm(
      view(),
      0,
      [
        ["decisions", "4"],
        ["agenda", "2.5"],
        ["money", ""],
      ],
      {},
    );
    expect(answers).toEqual({ decisions: 4, agenda: "2.5" });
    expect(unknown).toEqual([]);
    expect(validateAnswers(view(), { ...answers, consent: "community" }).errors).toEqual([{ question: "agenda", code: "type" }]);
  });

  it("stores a rating's 'na' as its don't-know boolean, replacing an earlier number", () => {
    const first = parsePageForm(view(), 0, [["decisions", "3"]], {}).answers;
    const { answers } = parsePageForm(view(), 0, [["decisions", "na"]], first);
    expect(answers).toEqual({ decisions_na: true });
    expect(parsePageForm(view(), 0, [["decisions", "5"]], answers).answers).toEqual({ decisions: 5 });
  });

  it("collects a repeated checkbox field as a list and an unticked one as unanswered", () => {
    const { answers } = parsePageForm(
      story(),
      1,
      [
        ["dimensions", "money"],
        ["dimensions", "trust"],
        ["felt", "2"],
        ["power", "shared"],
      ],
      {},
    );
    expect(answers).toEqual({ dimensions: ["money", "trust"], felt: 2, power: "shared" });
    expect(parsePageForm(story(), 1, [["felt", "2"]], answers).answers).toEqual({ felt: 2 });
  });

  it("reads booleans from 'true' and 'false' and keeps anything else for validation", () => {
    const network = instrument("collaboration-network");
    expect(parsePageForm(network, 0, [["worked_together", "true"]], {}).answers).toEqual({ worked_together: true });
    expect(parsePageForm(network, 0, [["worked_together", "false"]], {}).answers).toEqual({ worked_together: false });
    expect(parsePageForm(network, 0, [["worked_together", "yes"]], {}).answers).toEqual({ worked_together: "yes" });
  });

  it("keeps other pages' answers, replaces this page's and lists unknown fields without merging them", () => {
    const current = { story: "Earlier", consent: "community" };
    const { answers, unknown } = parsePageForm(
      story(),
      0,
      [
        ["story", "Now"],
        ["consent", "report"],
        ["intent", "next"],
      ],
      current,
    );
    expect(answers).toEqual({ story: "Now", consent: "community" });
    expect(unknown).toEqual(["consent", "intent"]);
  });

  it("treats an empty or blank text as unanswered and posts line breaks as typed", () => {
    expect(parsePageForm(story(), 0, [["story", "  \r\n "]], { story: "old" }).answers).toEqual({});
    expect(parsePageForm(story(), 0, [["story", "one\r\ntwo"]], {}).answers).toEqual({ story: "one\ntwo" });
  });

  it("keeps two values for a one-answer question, so validation refuses them", () => {
    const { answers } = parsePageForm(
      story(),
      2,
      [
        ["consent", "community"],
        ["consent", "report"],
      ],
      {},
    );
    expect(answers.consent).toEqual(["community", "report"]);
    expect(validateAnswers(story(), { story: "x", ...answers }).errors).toEqual([{ question: "consent", code: "type" }]);
  });

  it("reads a matrix from '<matrix>.<row>' fields and numeric choices as numbers", () => {
    const tiny = tinyInstrument([
      {
        type: "matrix",
        name: "often",
        rows: ["meetings", "calls"],
        columns: [
          { value: 1, text: "never" },
          { value: 2, text: "often" },
        ],
      },
      { type: "dropdown", name: "year", choices: [2024, 2025] },
    ]);
    const entries: [string, string][] = [
      ["often.meetings", "2"],
      ["often.lunches", "1"],
      ["often", "1"],
      ["year", "2025"],
    ];
    const { answers, unknown } = parsePageForm(tiny, 0, entries, {});
    expect(answers).toEqual({ often: { meetings: 2 }, year: 2025 });
    expect(unknown).toEqual(["often.lunches", "often"]);
    expect(validateAnswers(tiny, answers).ok).toBe(true);
  });
});
