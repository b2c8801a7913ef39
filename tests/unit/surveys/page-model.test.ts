import { buildPageModel, nextVisiblePage, previousVisiblePage } from "../../../surveys/page-model";
import type { PageElement } from "../../../surveys/types";
import { instrument, tinyInstrument } from "./helpers";

const variables = { INGO: "Global Aid", CLO: "Amani Collective", ORG: "Tumaini Clinic" };
const page = (name: string, pageIndex: number, answers: Record<string, unknown> = {}, locale: "en" | "sw" = "en") =>
  buildPageModel(instrument(name), { locale, answers, pageIndex, variables });
const find = (elements: PageElement[], name: string) => elements.find((element) => element.name === name)!;

describe("the page model", () => {
  it("fills {INGO} and {CLO} in the chosen language", () => {
    expect(find(page("partnership-view", 0).elements, "agenda").title).toBe("Global Aid asks for our advice before it sets priorities.");
    expect(find(page("partnership-view", 0, {}, "sw").elements, "agenda").title).toBe(
      "Global Aid huomba ushauri wetu kabla ya kuweka vipaumbele.",
    );
    expect(find(page("self-reflection", 0).elements, "agenda_prediction").title).toBe(
      "How do you think Amani Collective will answer: «Global Aid asks for our advice before it sets priorities.»?",
    );
    expect(find(page("partnership-view", 4).elements, "consent").choices).toContainEqual({
      value: "partners",
      text: "My organisation and the staff of Global Aid",
    });
  });

  it("describes a rating with its scale, its words and its folded don't-know", () => {
    const model = page("partnership-view", 0, { agenda_na: true, decisions: 4 }, "sw");
    expect(find(model.elements, "decisions")).toMatchObject({
      kind: "rating",
      rateMin: 1,
      rateMax: 5,
      minText: "Sikubali kabisa",
      maxText: "Nakubali kabisa",
      naName: "decisions_na",
      naText: "Sijui / haihusiki",
      naSelected: false,
      value: 4,
      isRequired: false,
    });
    expect(find(model.elements, "agenda")).toMatchObject({ naSelected: true });
    expect(model.elements.map((element) => element.name)).not.toContain("decisions_na");
    expect(find(model.elements, "decisions_example")).toMatchObject({ kind: "comment", maxLength: 10_000 });
    expect(find(model.elements, "intro").html).toMatch(/^Hakuna majibu sahihi/);
  });

  it("leaves out a page its visibleIf hides, and finds the pages around it", () => {
    const anonymous = { attribution: "anonymous" };
    const named = { attribution: "name" };
    expect(page("story", 0, anonymous).visiblePageIndexes).toEqual([0, 1, 2]);
    expect(page("story", 0, named).visiblePageIndexes).toEqual([0, 1, 2, 3]);
    expect(page("story", 0, anonymous).pageCount).toBe(4);
    expect(nextVisiblePage(instrument("story"), anonymous, 2)).toBeNull();
    expect(nextVisiblePage(instrument("story"), named, 2)).toBe(3);
    expect(previousVisiblePage(instrument("story"), named, 3)).toBe(2);
    expect(previousVisiblePage(instrument("story"), named, 0)).toBeNull();
    // Asked for the hidden page, it gives the nearest visible one and says which.
    expect(page("story", 3, anonymous).pageIndex).toBe(2);
    expect(find(page("story", 3, named).elements, "signed_name")).toMatchObject({ kind: "text", isRequired: true, maxLength: 200 });
  });

  it("keeps a question its same-page visibleIf hides, with the condition in words and for the script", () => {
    const panel = (answers: Record<string, unknown>) => find(page("collaboration-network", 0, answers).elements, "org_template");
    expect(panel({}).title).toBe("Tumaini Clinic");
    expect(panel({}).elements!.map((element) => element.name)).toEqual(["worked_together", "worked_on", "how_often"]);
    expect(find(panel({}).elements!, "worked_on").condition).toEqual({
      kind: "visible",
      tree: ["equal", ["field", "worked_together"], ["value", true]],
      words: { op: "equal", question: "Did you work together with Tumaini Clinic this period?", value: "Yes" },
    });
    expect(find(panel({}).elements!, "worked_together").condition).toBeUndefined();
    expect(find(panel({}).elements!, "worked_together")).toMatchObject({
      title: "Did you work together with Tumaini Clinic this period?",
      trueText: "Yes",
      falseText: "No",
    });
  });

  it("shows a default as chosen only while unanswered", () => {
    expect(find(page("partnership-view", 4).elements, "consent").value).toBe("community");
    expect(find(page("partnership-view", 4, { consent: "report" }).elements, "consent").value).toBe("report");
    expect(find(page("story", 2).elements, "consent").value).toBeUndefined();
    expect(find(page("story", 2).elements, "attribution").value).toBe("anonymous");
  });

  it("is plain serialisable data", () => {
    const model = page("self-reflection", 4, { reflection_surprised: "Much" });
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it("describes a matrix and a dropdown", () => {
    const tiny = tinyInstrument([
      { type: "matrix", name: "often", title: "How often", rows: ["meetings"], columns: [{ value: 1, text: "never" }] },
      { type: "dropdown", name: "year", title: "Year", choices: [2024, 2025] },
    ]);
    const model = buildPageModel(tiny, { locale: "en", answers: { often: { meetings: 1 } }, pageIndex: 0, variables: {} });
    expect(model.elements[0]).toMatchObject({
      kind: "matrix",
      rows: [{ value: "meetings", text: "meetings" }],
      columns: [{ value: 1, text: "never" }],
      value: { meetings: 1 },
    });
    expect(model.elements[1]).toMatchObject({
      kind: "dropdown",
      choices: [
        { value: 2024, text: "2024" },
        { value: 2025, text: "2025" },
      ],
    });
  });

  it("refuses a page that does not exist", () => {
    expect(() => page("story", 4)).toThrow(RangeError);
    expect(() => page("story", -1)).toThrow(RangeError);
  });
});
