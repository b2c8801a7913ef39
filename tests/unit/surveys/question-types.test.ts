// Each question type as a plain form: what it renders, how its post is typed, what validation refuses.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SurveyPage, type SurveyLabels } from "../../../app/components/rounds/survey-form";
import { buildPageModel } from "../../../surveys/page-model";
import { parsePageForm } from "../../../surveys/parse-form";
import { validateAnswers } from "../../../surveys/validate-answers";
import { instrumentFromJson } from "../../../surveys/load-instruments";
import { storyErrorMessages } from "../../../app/models/stories/form.server";
import { tinyInstrument } from "./helpers";

const labels: SurveyLabels = {
  required: "(required)",
  dontKnow: "Don't know",
  yes: "Yes",
  no: "No",
  choose: "Choose…",
  otherText: "Please describe:",
  condition: (words) => `IF ${JSON.stringify(words)}`,
  selected: (min, max) => `pick ${min ?? ""}-${max ?? ""}`,
};

const html = (instrument: ReturnType<typeof tinyInstrument>, answers: Record<string, unknown> = {}, locale = "en") =>
  renderToStaticMarkup(
    createElement(SurveyPage, { model: buildPageModel(instrument, { locale, answers, pageIndex: 0, variables: {} }), labels }),
  );
const posted = (instrument: ReturnType<typeof tinyInstrument>, entries: [string, string][]) => parsePageForm(instrument, 0, entries, {});
const codes = (instrument: ReturnType<typeof tinyInstrument>, answers: Record<string, unknown>) =>
  validateAnswers(instrument, answers).errors.map((error) => [error.question, error.code]);

describe("text inputs", () => {
  const form = tinyInstrument([
    { type: "text", name: "Age Now", inputType: "number", min: 0, max: 120 },
    { type: "text", name: "born", inputType: "date", min: "1900-01-01" },
    { type: "text", name: "mail", inputType: "email" },
  ]);

  it("render as real HTML input types with their limits, under a safely spelt field name", () => {
    const page = html(form);
    expect(page).toMatch(/<input type="number" id="q-Age_20Now" name="Age%20Now"[^>]*min="0" max="120"/);
    expect(page).toContain('type="date"');
    expect(page).toContain('type="email"');
  });

  it("store a number as a number, and refuse an impossible date, a number out of range and a text where a number goes", () => {
    const { answers } = posted(form, [
      ["Age%20Now", "34"],
      ["born", "2020-02-29"],
    ]);
    expect(answers).toEqual({ "Age Now": 34, born: "2020-02-29" });
    expect(codes(form, { born: "2020-02-31" })).toEqual([["born", "date"]]);
    expect(codes(form, { born: "1800-01-01" })).toEqual([["born", "range"]]);
    expect(codes(form, posted(form, [["Age%20Now", "many"]]).answers)).toEqual([["Age Now", "number"]]);
    expect(codes(form, { "Age Now": 200 })).toEqual([["Age Now", "invalid"]]);
    expect(codes(form, { mail: "not-an-address" })).toEqual([["mail", "invalid"]]);
  });
});

describe("choices", () => {
  const form = tinyInstrument([
    {
      type: "checkbox",
      name: "fruits",
      choices: ["mango", "banana", "apple"],
      maxSelectedChoices: 2,
      showNoneItem: true,
      choicesOrder: "asc",
    },
    { type: "radiogroup", name: "colour", choices: ["red"], showOtherItem: true },
    { type: "dropdown", name: "pick", choicesFromQuestion: "fruits", choicesFromQuestionMode: "selected" },
    { type: "radiogroup", name: "size", choices: [{ value: "s" }, { value: "xl", visibleIf: "{fruits} contains 'mango'" }] },
  ]);

  it("keep the author's order, the none item, and the other item with its text field", () => {
    const page = html(form);
    expect([...page.matchAll(/name="fruits" value="([^"]+)"/g)].map((m) => m[1])).toEqual(["apple", "banana", "mango", "none"]);
    expect(page).toContain('name="colour~comment"');
  });

  it("list a choice an answer on the same page shows, with its condition in words and for the script", () => {
    const page = html(form, { fruits: ["banana"] });
    // choicesFromQuestion from this page: every choice of the source, each shown only if it is ticked there.
    for (const fruit of ["mango", "banana", "apple"])
      expect(page).toMatch(
        new RegExp(`<option value="${fruit}" data-condition="\\[&quot;anyof&quot;,\\[&quot;field&quot;,&quot;fruits&quot;\\]`),
      );
    expect(page).toContain(
      "IF {&quot;op&quot;:&quot;anyof&quot;,&quot;question&quot;:&quot;fruits&quot;,&quot;value&quot;:&quot;mango&quot;}",
    );
    // A choice's own visibleIf on this page's answer: listed, with its condition beside it.
    expect(page).toMatch(
      /<li class="choice" data-condition="[^"]*contains[^"]*" data-condition-kind="visible"><input type="radio"[^>]*value="xl"/,
    );
    expect(page).not.toMatch(/<li class="choice" data-condition[^>]*><input type="radio"[^>]*value="s"/);
  });

  it("show only the choices earlier pages' answers allow when the condition reads another page", () => {
    const twoPages = instrumentFromJson("two-pages", {
      pages: [
        { name: "first", elements: [{ type: "checkbox", name: "fruits", choices: ["mango", "banana"] }] },
        {
          name: "second",
          elements: [
            { type: "dropdown", name: "pick", choicesFromQuestion: "fruits", choicesFromQuestionMode: "selected" },
            { type: "radiogroup", name: "size", choices: [{ value: "s" }, { value: "xl", visibleIf: "{fruits} contains 'mango'" }] },
          ],
        },
      ],
    });
    const second = (answers: Record<string, unknown>) =>
      renderToStaticMarkup(
        createElement(SurveyPage, { model: buildPageModel(twoPages, { locale: "en", answers, pageIndex: 1, variables: {} }), labels }),
      );
    expect(second({ fruits: ["banana"] })).toMatch(/<option value="banana">banana<\/option>/);
    expect(second({ fruits: ["banana"] })).not.toContain('value="mango"');
    expect(second({ fruits: ["banana"] })).not.toContain('value="xl"');
    expect(second({ fruits: ["mango"] })).toContain('value="xl"');
    expect(second({ fruits: ["mango"] })).not.toContain("data-condition");
  });

  it("refuse, against the answers posted with it, a choice whose condition does not hold, naming why", () => {
    const refused = validateAnswers(form, { fruits: ["banana"], size: "xl", pick: "mango" }).errors;
    expect(refused).toEqual([
      { question: "pick", code: "choice", params: { value: "mango", text: "mango", hidden: 1 } },
      { question: "size", code: "choice", params: { value: "xl", text: "xl", hidden: 1 } },
    ]);
    expect(storyErrorMessages(refused, {})).toEqual({
      pick: { key: "answer.error.choice_hidden", params: { choice: "mango" } },
      size: { key: "answer.error.choice_hidden", params: { choice: "xl" } },
    });
    expect(codes(form, { fruits: ["mango", "banana"], size: "xl", pick: "mango" })).toEqual([]);
    // A value the question never had is the ordinary "choose one of the answers shown".
    expect(validateAnswers(form, { size: "xxl" }).errors).toEqual([{ question: "size", code: "choice", params: { value: "xxl" } }]);
  });

  it("refuse too many, none with others, and other without its text", () => {
    expect(codes(form, { fruits: ["apple", "banana", "mango"] })).toEqual([["fruits", "max_selected"]]);
    expect(codes(form, { fruits: ["apple", "none"] })).toEqual([["fruits", "invalid"]]);
    const other = posted(form, [
      ["colour", "other"],
      ["colour~comment", "purple"],
    ]).answers;
    expect(other).toEqual({ colour: "other", "colour-Comment": "purple" });
    expect(codes(form, other)).toEqual([]);
    expect(codes(form, { colour: "other" })).toEqual([["colour", "other_text"]]);
  });
});

describe("grids", () => {
  const form = tinyInstrument([
    {
      type: "matrixdropdown",
      name: "visits",
      rows: ["clinic"],
      columns: [
        { name: "times", cellType: "text", inputType: "number" },
        { name: "quality", cellType: "dropdown", choices: [1, 2] },
      ],
    },
    { type: "multipletext", name: "contact", items: [{ name: "phone" }, { name: "city" }] },
    { type: "ranking", name: "priorities", choices: ["housing", "health", "work"] },
    { type: "rating", name: "nps", rateMin: 0, rateMax: 10 },
  ]);

  it("type each cell, item and rank", () => {
    const { answers, unknown } = posted(form, [
      ["visits.clinic.times", "3"],
      ["visits.clinic.quality", "2"],
      ["contact.city", "Mombasa"],
      ["priorities.work", "1"],
      ["priorities.housing", "2"],
      ["priorities.health", "3"],
      ["nps", "0"],
      ["visits.nowhere.times", "1"],
    ]);
    expect(answers).toEqual({
      visits: { clinic: { times: 3, quality: 2 } },
      contact: { city: "Mombasa" },
      priorities: ["work", "housing", "health"],
      nps: 0,
    });
    expect(unknown).toEqual(["visits.nowhere.times"]);
    expect(codes(form, answers)).toEqual([]);
  });

  it("refuse a ranking with a number twice, and a cell outside its choices", () => {
    const { answers } = posted(form, [
      ["priorities.work", "1"],
      ["priorities.housing", "1"],
      ["priorities.health", "3"],
    ]);
    expect(codes(form, answers)).toEqual([["priorities", "ranking"]]);
    expect(codes(form, { visits: { clinic: { quality: 7 } } })).toEqual([["visits", "choice"]]);
  });

  it("render a select per rank, without a script", () => {
    expect(html(form)).toMatch(/<select id="q-priorities_housing" name="priorities.housing"/);
  });
});

describe("read-only, defaults, languages and the author's messages", () => {
  it("shows a boolean default as chosen and a read-only question disabled, never posted", () => {
    const form = tinyInstrument([
      { type: "boolean", name: "ok", defaultValue: "true" },
      { type: "text", name: "fixed", readOnly: true, defaultValue: "Coast" },
    ]);
    const page = html(form);
    expect(page).toContain(`name="ok" checked="" value="true"`);
    expect(page).toMatch(/name="fixed"[^>]*disabled=""/);
    expect(posted(form, [["fixed", "changed"]]).unknown).toEqual(["fixed"]);
  });

  it("speaks any language the instrument carries, and its own locale when the person's is missing", () => {
    const form = instrumentFromJson("de", {
      locale: "de",
      pages: [{ elements: [{ type: "text", name: "q", title: { de: "Frage", en: "Question", fr: "Question (fr)" } }] }],
    });
    expect(html(form, {}, "sw")).toContain("Frage");
    expect(html(form, {}, "en")).toContain("Question");
    expect(html(form, {}, "fr")).toContain("Question (fr)");
  });
});

describe("a condition on the same page", () => {
  const form = tinyInstrument([
    { type: "boolean", name: "visited", title: "Did you visit?", isRequired: true },
    { type: "comment", name: "how", title: "How was it?", visibleIf: "{visited} = true", isRequired: true },
  ]);

  it("keeps the question on the page with its condition, for the words and for the script", () => {
    const page = html(form);
    expect(page).toContain('name="how"');
    expect(page).toContain('data-condition="[&quot;equal&quot;,[&quot;field&quot;,&quot;visited&quot;],[&quot;value&quot;,true]]"');
    expect(page).toContain(
      "IF {&quot;op&quot;:&quot;equal&quot;,&quot;question&quot;:&quot;Did you visit?&quot;,&quot;value&quot;:&quot;Yes&quot;}",
    );
  });

  it("requires it only when the condition holds", () => {
    expect(codes(form, posted(form, [["visited", "false"]]).answers)).toEqual([]);
    expect(codes(form, posted(form, [["visited", "true"]]).answers)).toEqual([["how", "required"]]);
    expect(
      codes(
        form,
        posted(form, [
          ["visited", "true"],
          ["how", "Good"],
        ]).answers,
      ),
    ).toEqual([]);
  });
});
