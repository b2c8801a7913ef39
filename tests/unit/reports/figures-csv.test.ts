import { parse } from "csv-parse/sync";
import { formulaSafe, toCsv } from "../../../reports/export-csv";
import { reportFigures } from "../../../reports/export-flatten";
import { toJson } from "../../../reports/export-json";
import type { FigureRow } from "../../../reports/export-row";
import { buildJointReport } from "../../../reports/joint-report";
import { sampleInput, SWAHILI_QUOTE } from "./sample-input";

const report = buildJointReport(sampleInput());
const rows = reportFigures(report);
const parsed: Record<string, string>[] = parse(toCsv(rows), { bom: true, columns: true, skip_empty_lines: false });
type Located = { section: string; figure: string; dimension: string };
const find = <Row extends Located>(list: Row[], section: string, figure: string, dimension = "") =>
  list.filter((row) => row.section === section && row.figure === figure && row.dimension === dimension);

describe("report figures", () => {
  it("lists every figure once, section by section", () => {
    const sections = [...new Set(rows.map((row) => row.section))];
    expect(sections).toEqual([
      "response_rates",
      "headline",
      "per_dimension",
      "trends",
      "listening",
      "actions",
      "network",
      "texts",
      "quotes",
    ]);
    // per dimension: 2 sides × (5 ratings + 3 groups + don't know + mean + n) + gap + flag + prediction
    // mean + error = 26 (the groups carry a distribution with a small cell, ADR 012)
    expect(rows.filter((row) => row.section === "per_dimension")).toHaveLength(11 * 26);
  });

  it("writes a hidden figure as empty, marked, with the one note every hidden figure carries", () => {
    // Not "fewer than 3 answers": a note that told small cells from the others helped a solver (ADR 012).
    const [moneyGap] = find(rows, "per_dimension", "gap", "money");
    expect(moneyGap).toMatchObject({ value: "", n: "", suppressed: true, note: "hidden (small numbers, k = 3)" });
    const hiddenNotes = new Set(rows.filter((row) => row.suppressed).map((row) => row.note));
    expect([...hiddenNotes]).toEqual(["hidden (small numbers, k = 3)"]);
    const [decisionsGap] = find(rows, "per_dimension", "gap", "decisions");
    // n of a gap: the thinner side, 3 INGO answers beside 6 community ones
    expect(decisionsGap).toMatchObject({ value: 3.5, n: 3, suppressed: false });
  });

  it("explains a missing figure without tagging shown ones with that explanation", () => {
    expect(find(rows, "headline", "widening", "decisions")[0]).toMatchObject({ value: 1.5, note: "" });
    expect(find(rows, "headline", "widening", "agenda")[0]).toMatchObject({
      value: "",
      suppressed: false,
      note: "no earlier round to compare",
    });
  });

  it("puts quotes in their own section with the words as the value", () => {
    expect(find(rows, "quotes", "headline_quote", "decisions")[0].value).toBe(SWAHILI_QUOTE);
    expect(find(rows, "quotes", "quote", "visibility")[0]).toMatchObject({
      value: "",
      note: "no consented voice for this dimension",
    });
  });

  it("gives funders' systems the same figures as JSON", () => {
    const json = JSON.parse(toJson(report));
    expect(json.partnership).toEqual({ id: 7, name: "Tulinde × Aid International" });
    expect(json.k).toBe(3);
    expect(json.figures).toEqual(rows);
  });
});

describe("CSV export", () => {
  it("has a header and one line per figure", () => {
    expect(Object.keys(parsed[0])).toEqual(["section", "figure", "dimension", "organisation", "round", "value", "n", "suppressed", "note"]);
    expect(parsed).toHaveLength(rows.length);
  });

  it.each([
    ["+", "trust", "+254 700 000 000 is the number they never answered"],
    ["=", "decisions", '=HYPERLINK("http://evil.example","click")'],
    ["-", "respect", "-0.5 is what they gave us"],
    ["@", "listening", "@channel nobody came"],
    ["tab", "money", "\tTabbed in"],
    ["CR", "independence", "\rCarriage first"],
  ])("prefixes a quote starting with %s with ' and parses back to the same text", (_start, dimension, text) => {
    expect(find(parsed as (Record<string, string> & Located)[], "quotes", "quote", dimension).map((row) => row.value)).toContain(
      `'${text}`,
    );
  });

  it("prefixes an action title that is a formula", () => {
    expect(parsed.filter((row) => row.section === "actions").map((row) => row.note)).toContain("'=cmd|' /C calc'!A0");
  });

  it("round-trips commas, quotes, newlines, emoji and Swahili byte for byte", () => {
    const [row] = find(parsed as (Record<string, string> & Located)[], "quotes", "headline_quote", "decisions");
    expect(row.value).toBe(SWAHILI_QUOTE);
    expect(Buffer.from(row.value, "utf8").equals(Buffer.from(SWAHILI_QUOTE, "utf8"))).toBe(true);
  });

  it("writes a negative figure as a number, not as text", () => {
    // A negative gap is a figure: spreadsheets read "-0.5" as the number −0.5, not as a formula.
    const figure: FigureRow = {
      section: "per_dimension",
      figure: "gap",
      dimension: "money",
      organisation: "",
      round: "Round 2",
      value: -0.5,
      n: 6,
      suppressed: false,
      note: "",
    };
    const [line] = parse(toCsv([figure]), { bom: true, columns: true }) as Record<string, string>[];
    expect(line.value).toBe("-0.5");
    // …while the same characters as text are prefixed
    expect(formulaSafe("-0.5")).toBe("'-0.5");
    expect(formulaSafe(-0.5)).toBe("-0.5");
  });

  it("leaves ordinary text and booleans plain", () => {
    expect(formulaSafe("Tulinde")).toBe("Tulinde");
    expect(formulaSafe(true)).toBe("true");
    expect(parsed.find((row) => row.suppressed === "true")).toBeDefined();
  });
});

describe("a cell with a line break in it", () => {
  const row = (text: string) => ({
    section: "actions",
    figure: "title",
    dimension: "",
    organisation: "",
    round: "2026 Q4",
    value: text,
    n: "",
    suppressed: "false",
    note: "",
  });

  it.each([
    ["Budget review\r=cmd|' /C calc'!A0", "Budget review\r'=cmd|' /C calc'!A0"],
    ["\n=1+1", "'\n'=1+1"],
    ["line one\r\n+SUM(A1)\n@x\n-2", "line one\r\n'+SUM(A1)\n'@x\n'-2"],
  ])("neutralises a formula at the start of every line of %j, and keeps the cell whole", (text, safe) => {
    const csv = toCsv([row(text) as never]);
    const [line] = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(line.value).toBe(safe);
    // A reader that splits on any CR or LF still finds no line that starts a formula.
    for (const physical of csv.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/)) expect(physical).not.toMatch(/^[=+\-@]/);
  });
});
