import { DIMENSIONS } from "../../../surveys/dimensions";
import { instrumentWarnings } from "../../../surveys/check-instrument";
import { InstrumentError } from "../../../surveys/instrument-error";
import { instrumentFromJson, loadInstruments } from "../../../surveys/load-instruments";
import { SURVEYS_DIR, allElements, instrumentDir, rawInstrument } from "./helpers";

const ratingsOf = (json: Record<string, any>, perspective: string) =>
  allElements(json).filter((element) => element.type === "rating" && element.perspective === perspective);

function refusal(files: Record<string, unknown>): InstrumentError {
  try {
    loadInstruments(instrumentDir(files));
  } catch (error) {
    if (error instanceof InstrumentError) return error;
    throw error;
  }
  throw new Error("the instruments were accepted");
}

const story = () => rawInstrument("story");

describe("the instruments in surveys/", () => {
  it("all load and pass the checks, each versioned by a 16-hex content hash", () => {
    const instruments = loadInstruments(SURVEYS_DIR);
    expect([...instruments.keys()].sort()).toEqual([
      "collaboration-network",
      "decision-map",
      "partnership-view",
      "self-reflection",
      "story",
    ]);
    for (const instrument of instruments.values()) {
      expect(instrument.version).toMatch(/^[0-9a-f]{16}$/);
      expect(instrument.file).toBe(`${instrument.name}.json`);
    }
  });

  it("ask the community about all 11 dimensions, mirrored by the INGO's self-view and prediction", () => {
    expect(DIMENSIONS).toHaveLength(11);
    const view = rawInstrument("partnership-view");
    const self = rawInstrument("self-reflection");
    expect(ratingsOf(view, "community").map((rating) => rating.dimension)).toEqual([...DIMENSIONS]);
    expect(ratingsOf(self, "ingo_self").map((rating) => rating.name)).toEqual(DIMENSIONS.map((key) => `${key}_self`));
    expect(ratingsOf(self, "ingo_prediction").map((rating) => rating.name)).toEqual(DIMENSIONS.map((key) => `${key}_prediction`));
  });

  it("give every rating a 1-5 scale, a don't-know companion (stories excepted) and an example", () => {
    for (const name of ["partnership-view", "self-reflection"]) {
      const elements = allElements(rawInstrument(name));
      const names = elements.map((element) => element.name);
      for (const rating of elements.filter((element) => element.type === "rating")) {
        expect([rating.rateMin, rating.rateMax]).toEqual([1, 5]);
        expect(elements.find((element) => element.name === `${rating.name}_na`)?.type).toBe("boolean");
        expect(names).toContain(`${rating.dimension}_example`);
      }
    }
  });
});

describe("versions", () => {
  it("do not change with key order or formatting, and do change with a word", () => {
    const json = story();
    const reordered = structuredClone(Object.fromEntries(Object.entries(json).reverse()));
    expect(instrumentFromJson("story", reordered).version).toBe(instrumentFromJson("story", json).version);
    json.pages[0].elements[0].title.sw = "Tuambie hadithi";
    expect(instrumentFromJson("story", json).version).not.toBe(instrumentFromJson("story", reordered).version);
  });
});

describe("a broken instrument is refused, naming its file and question", () => {
  it("when a rating names an unknown dimension", () => {
    const json = story();
    allElements(json).find((element) => element.name === "felt")!.dimension = "power";
    const error = refusal({ "broken.json": json });
    expect(error.message).toContain("broken.json");
    expect(error.message).toContain('"felt"');
    expect(error.message).toContain("power");
  });

  it("when a rating with a dimension has no perspective (without a dimension it is an ordinary question)", () => {
    const json = story();
    delete allElements(json).find((element) => element.name === "felt")!.perspective;
    expect(refusal({ "broken.json": json }).message).toMatch(
      /broken\.json: question "felt": a rating with a dimension needs a known "perspective"/,
    );
    delete allElements(json).find((element) => element.name === "felt")!.dimension;
    expect(() => instrumentFromJson("story", json)).not.toThrow();
  });

  it("when a question type cannot be rendered as a plain form (file upload)", () => {
    const json = story();
    json.pages[0].elements.push({ type: "file", name: "photo", title: { default: "Photo", sw: "Picha" } });
    const error = refusal({ "broken.json": json });
    expect(error.message).toMatch(/broken\.json: question "photo": question type "file" is not supported: a file upload/);
  });

  it.each(["signaturepad", "paneldynamic"])("when it uses %s, saying it needs a script", (type) => {
    const json = story();
    json.pages[1].elements.push({ type, name: "extra" });
    expect(refusal({ "broken.json": json }).message).toMatch(
      new RegExp(`question "extra": question type "${type}" is not supported: .*script`),
    );
  });

  it("listing every problem at once, each with its question", () => {
    const json = story();
    json.pages[1].elements.push(
      { type: "file", name: "photo" },
      { type: "dropdown", name: "country", choicesByUrl: { url: "https://example.org" } },
    );
    json.pages[1].elements.push({ type: "text", name: "why", visibleIf: "{missing} = 'yes'" });
    const error = refusal({ "broken.json": json });
    expect(error.problems.map((problem) => problem.question)).toEqual(["photo", "country", "why"]);
    expect(error.message).toContain('question "why": visibleIf names {missing}, which is no question of this instrument');
    expect(error.message).toContain(
      'question "country": property "choicesByUrl" is not supported: choices loaded from a URL need the network',
    );
  });

  it("but not for a property SurveyJS ignores too (another app's custom property, a typo): that is a warning", () => {
    const json = story();
    json.pages[1].elements.push({ type: "text", name: "nickname", titel: "Nickname" });
    expect(() => instrumentFromJson("story", json)).not.toThrow();
    expect(instrumentWarnings(json)).toEqual([{ question: "nickname", problem: expect.stringMatching(/^ignored: .*titel/) }]);
  });

  it("when the file is not JSON", () => {
    expect(refusal({ "broken.json": '{ "pages": [' }).message).toMatch(/^broken\.json: question "\(file\)": not valid JSON/);
  });

  it("when a condition names a question that does not exist", () => {
    const json = story();
    json.pages[1].elements.push({ type: "comment", name: "more", visibleIf: "{felt} > 2 and {nowhere} notempty" });
    expect(refusal({ "broken.json": json }).message).toContain('question "more": visibleIf names {nowhere}');
  });

  it("when a question name is used twice", () => {
    const json = story();
    json.pages[1].elements.push({ type: "comment", name: "story" });
    expect(refusal({ "broken.json": json }).message).toContain('question "story": name is used twice');
  });

  it("when the community view asks about a dimension the INGO does not mirror", () => {
    const self = rawInstrument("self-reflection");
    for (const page of self.pages) {
      page.elements = page.elements.filter((element: any) => !String(element.name).startsWith("visibility_self"));
    }
    const error = refusal({ "partnership-view.json": rawInstrument("partnership-view"), "self-reflection.json": self });
    expect(error.message).toBe(
      'partnership-view.json: question "visibility": dimension "visibility" has no ingo_self rating in self-reflection.json',
    );
  });

  it("when the INGO rates a dimension the community is not asked about", () => {
    const view = rawInstrument("partnership-view");
    for (const page of view.pages) page.elements = page.elements.filter((element: any) => element.name !== "trust");
    const error = refusal({ "partnership-view.json": view, "self-reflection.json": rawInstrument("self-reflection") });
    expect(error.message).toContain('self-reflection.json: question "trust_self": dimension "trust" has no community rating');
  });

  it("when it comes from the database instead of a file", () => {
    const json = story();
    json.pages[0].elements[0].type = "signaturepad";
    expect(() => instrumentFromJson("story", json)).toThrow(/story\.json: question "story": question type "signaturepad" is not supported/);
  });
});
