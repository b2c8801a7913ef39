import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { SurveyPage, type SurveyLabels } from "../../../app/components/rounds/survey-form";
import { buildPageModel } from "../../../surveys/page-model";
import { parsePageForm } from "../../../surveys/parse-form";
import type { PageModel } from "../../../surveys/types";
import { instrument, tinyInstrument } from "./helpers";

const labels: SurveyLabels = {
  required: "(lazima)",
  dontKnow: "Sijui",
  yes: "Ndiyo",
  no: "Hapana",
  choose: "Chagua…",
  otherText: "Eleza:",
  condition: (words) => `Jibu ikiwa ${JSON.stringify(words)}`,
  selected: (min, max) => `${min ?? ""}-${max ?? ""}`,
};
const variables = { INGO: "Global Aid", CLO: "Amani Collective" };
const render = (model: PageModel, errors: Record<string, string> = {}) =>
  renderToStaticMarkup(createElement(SurveyPage, { model, errors, labels }));
const model = (name: string, pageIndex: number, answers: Record<string, unknown> = {}) =>
  buildPageModel(instrument(name), { locale: "en", answers, pageIndex, variables });

/** Whether the markup has an input of that name and value that is checked. */
const isChecked = (html: string, name: string, value: string) =>
  [...html.matchAll(/<input [^>]*>/g)].some(
    ([input]) => input.includes(`name="${name}"`) && input.includes(`value="${value}"`) && input.includes('checked=""'),
  );

/** The fields a browser would post for the checked and filled controls of the markup. */
function submitted(html: string): [string, string][] {
  const fields: [string, string][] = [];
  for (const [input] of html.matchAll(/<input [^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input)?.[1];
    const value = /value="([^"]*)"/.exec(input)?.[1];
    if (name && value !== undefined && (/checked=""/.test(input) || /type="text"/.test(input))) fields.push([name, value]);
  }
  for (const [, name, value] of html.matchAll(/<textarea [^>]*name="([^"]*)"[^>]*>([^<]*)<\/textarea>/g)) fields.push([name, value]);
  return fields;
}

describe("the plain HTML survey page", () => {
  it("renders a rating as a fieldset of radios 1-5 plus don't-know, all named after the question", () => {
    const html = render(model("partnership-view", 0, { agenda_na: true }));
    expect(html).toContain('<legend class="question-title">Decisions about this programme are made together with us.</legend>');
    for (const value of ["1", "2", "3", "4", "5", "na"]) expect(html).toContain(`name="decisions" value="${value}"`);
    expect(html).toContain("1 – Strongly disagree");
    expect(html).toContain("Don&#x27;t know / not applicable");
    expect(isChecked(html, "agenda", "na")).toBe(true);
    expect(isChecked(html, "agenda", "1")).toBe(false);
    expect(html).not.toContain('name="decisions_na"');
    expect(html).toMatch(/<textarea [^>]*id="q-decisions_example"[^>]*name="decisions_example"[^>]*maxLength="10000"/);
    expect(html).toContain('<label for="q-decisions_example" class="question-title">Give an example (optional)</label>');
  });

  it("shows an error next to its question, tied by aria-describedby and aria-invalid", () => {
    const html = render(model("story", 0), { story: "Tafadhali andika hadithi yako" });
    expect(html).toContain('<p id="q-story-error" class="field-error">Tafadhali andika hadithi yako</p>');
    expect(html).toMatch(/<textarea [^>]*aria-describedby="q-story-desc q-story-error"[^>]*aria-invalid="true"[^>]*aria-required="true"/);
    expect(html).toContain('<span class="question-required"> (lazima)</span>');
    expect(render(model("story", 0))).not.toContain("aria-invalid");
  });

  it("shows answers, markup included, as text and never as markup", () => {
    const html = render(model("story", 0, { story: "<script>alert(1)</script> 🙌🏾" }));
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; 🙌🏾</textarea>");
    expect(html).not.toContain("<script>");
  });

  it("uses the labels it is given instead of built-in English", () => {
    const tiny = tinyInstrument([
      { type: "boolean", name: "agree", title: "Agree?" },
      { type: "dropdown", name: "year", title: "Year", choices: [2024, 2025] },
      { type: "rating", name: "r", title: "R", dimension: "trust", perspective: "community" },
      { type: "boolean", name: "r_na", title: "" },
    ]);
    const html = render(buildPageModel(tiny, { locale: "sw", answers: { agree: false, year: 2025 }, pageIndex: 0, variables: {} }));
    expect(html).toContain(">Ndiyo</label>");
    expect(isChecked(html, "agree", "false")).toBe(true);
    expect(html).toContain('<option value="">Chagua…</option>');
    expect(html).toContain('<option value="2025" selected="">2025</option>');
    expect(html).toContain(">Sijui</label>");
    expect(html).not.toMatch(/>(Yes|No|Choose)/);
  });

  it("names matrix fields '<matrix>.<row>' and nests panels as fieldsets", () => {
    const tiny = tinyInstrument([
      {
        type: "panel",
        name: "box",
        title: "Box",
        elements: [{ type: "matrix", name: "often", title: "Often", rows: ["calls"], columns: ["never", "weekly"] }],
      },
    ]);
    const html = render(buildPageModel(tiny, { locale: "en", answers: { often: { calls: "weekly" } }, pageIndex: 0, variables: {} }));
    expect(html).toMatch(
      /^<div class="survey-page">(.*)<fieldset id="q-box" class="survey-panel"><legend class="panel-title">Box<\/legend><fieldset id="q-often"/,
    );
    expect(isChecked(html, "often.calls", "weekly")).toBe(true);
    expect(html).toContain('aria-label="calls: weekly"');
  });

  it("posts back what it shows: the form round-trips through parse-form", () => {
    const answers = { dimensions: ["money", "trust"], felt: 4, power: "us" };
    const parsed = parsePageForm(instrument("story"), 1, submitted(render(model("story", 1, answers))), {});
    expect(parsed).toEqual({ answers, unknown: [] });
    const consent = submitted(render(model("partnership-view", 4)));
    expect(consent).toEqual([["consent", "community"]]);
  });

  it("has no inline styles and unique ids", () => {
    const html = render(model("self-reflection", 0));
    expect(html).not.toContain("style=");
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
