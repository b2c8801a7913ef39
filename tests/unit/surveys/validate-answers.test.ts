import { parsePageForm } from "../../../surveys/parse-form";
import { validateAnswers } from "../../../surveys/validate-answers";
import { instrument, tinyInstrument } from "./helpers";

const story = () => instrument("story");
const view = () => instrument("partnership-view");
const valid = { story: "We were heard.", consent: "partners", attribution: "anonymous" };

describe("validating answers", () => {
  it.each([
    ["a complete story", "story", valid, []],
    [
      "a missing required story and consent",
      "story",
      { attribution: "anonymous" },
      [
        { question: "story", code: "required" },
        { question: "consent", code: "required" },
      ],
    ],
    [
      "a rating of 0 on a 1-5 scale",
      "partnership-view",
      { decisions: 0, consent: "community" },
      [{ question: "decisions", code: "range", params: { min: 1, max: 5 } }],
    ],
    [
      "a rating of 6 on a 1-5 scale",
      "partnership-view",
      { decisions: 6, consent: "community" },
      [{ question: "decisions", code: "range", params: { min: 1, max: 5 } }],
    ],
    [
      "a rating of 2.5",
      "partnership-view",
      { money: 2.5, consent: "community" },
      [{ question: "money", code: "range", params: { min: 1, max: 5 } }],
    ],
    ["a rating that is text", "partnership-view", { money: "3.5", consent: "community" }, [{ question: "money", code: "type" }]],
    ["ratings of 1 and 5", "partnership-view", { decisions: 1, agenda: 5, consent: "community" }, []],
    [
      "a consent scope that is not a choice",
      "story",
      { ...valid, consent: "everyone" },
      [{ question: "consent", code: "choice", params: { value: "everyone" } }],
    ],
    [
      "a dimension that is not a choice",
      "story",
      { ...valid, dimensions: ["money", "power"] },
      [{ question: "dimensions", code: "choice", params: { value: "power" } }],
    ],
    ["a checkbox answer that is not a list", "story", { ...valid, dimensions: "money" }, [{ question: "dimensions", code: "type" }]],
    ["an unknown question name", "story", { ...valid, nickname: "Tembo" }, [{ question: "nickname", code: "unknown" }]],
    [
      "a boolean given as text",
      "partnership-view",
      { decisions_na: "yes", consent: "community" },
      [{ question: "decisions_na", code: "type" }],
    ],
    [
      "a rating and its don't-know both",
      "partnership-view",
      { trust: 2, trust_na: true, consent: "community" },
      [{ question: "trust", code: "invalid", params: { conflict: "trust_na" } }],
    ],
    ["a name when signing with a name", "story", { ...valid, attribution: "name", signed_name: "Wanjiru" }, []],
    ["no name when signing with a name", "story", { ...valid, attribution: "name" }, [{ question: "signed_name", code: "required" }]],
  ])("%s", (_case, name, answers, errors) => {
    const result = validateAnswers(instrument(name), answers as Record<string, unknown>);
    expect(result.errors).toEqual(errors);
    expect(result.ok).toBe(errors.length === 0);
  });

  it("refuses a text of 10 001 characters, never cutting it, and accepts 10 000", () => {
    const long = "a".repeat(10_001);
    const answers = { ...valid, story: long };
    expect(validateAnswers(story(), answers).errors).toEqual([{ question: "story", code: "too_long", params: { max: 10_000 } }]);
    expect(answers.story).toBe(long);
    expect(validateAnswers(story(), { ...valid, story: "a".repeat(10_000) }).ok).toBe(true);
  });

  it("keeps emoji and Swahili byte for byte from the form to the answers", () => {
    const text = "Tulisikilizwa 🙌🏾 — asante";
    const { answers } = parsePageForm(story(), 0, [["story", text]], {});
    expect(validateAnswers(story(), { ...valid, ...answers }).ok).toBe(true);
    expect(Buffer.from(answers.story as string)).toEqual(Buffer.from(text));
  });

  it("accepts markup as plain text, unchanged", () => {
    const answers = { ...valid, story: "<script>alert(1)</script>" };
    expect(validateAnswers(story(), answers).ok).toBe(true);
    expect(answers.story).toBe("<script>alert(1)</script>");
  });

  it("skips a question its visibleIf hides, even with a bad value", () => {
    expect(validateAnswers(story(), { ...valid, attribution: "anonymous", signed_name: 42 }).ok).toBe(true);
    expect(validateAnswers(story(), { ...valid, attribution: "name", signed_name: 42 }).errors).toEqual([
      { question: "signed_name", code: "type" },
    ]);
  });

  it("checks only the given page, but refuses unknown names anywhere", () => {
    expect(validateAnswers(story(), { story: "Yes" }, { pageIndex: 0 }).ok).toBe(true);
    expect(validateAnswers(story(), {}, { pageIndex: 0 }).errors).toEqual([{ question: "story", code: "required" }]);
    expect(validateAnswers(story(), { story: "Yes", consent: "nobody", extra: 1 }, { pageIndex: 0 }).errors).toEqual([
      { question: "extra", code: "unknown" },
    ]);
  });

  it("leaves the answers it is given untouched (survey-core would drop an invalid choice)", () => {
    const answers = { ...valid, consent: "everyone", dimensions: ["money", "power"], extra: true };
    const before = structuredClone(answers);
    validateAnswers(story(), answers);
    expect(answers).toEqual(before);
  });

  it("needs a default kept on purpose: an unposted consent is missing, not 'community'", () => {
    const result = validateAnswers(view(), {}, { pageIndex: 4 });
    expect(result.errors).toEqual([{ question: "consent", code: "required" }]);
  });

  it("checks matrix rows and columns, and dropdown choices with numeric values", () => {
    const tiny = tinyInstrument([
      { type: "matrix", name: "often", rows: ["meetings", "calls"], columns: ["never", "sometimes"] },
      { type: "dropdown", name: "year", choices: [2024, 2025] },
    ]);
    expect(validateAnswers(tiny, { often: { meetings: "never" }, year: 2025 }).ok).toBe(true);
    expect(validateAnswers(tiny, { often: { lunches: "never" } }).errors).toEqual([
      { question: "often", code: "choice", params: { row: "lunches" } },
    ]);
    expect(validateAnswers(tiny, { often: { calls: "always" } }).errors[0].code).toBe("choice");
    expect(validateAnswers(tiny, { year: "2025" }).errors).toEqual([{ question: "year", code: "choice", params: { value: "2025" } }]);
  });
});
