// The pattern view (docs/decisions/029): the tellers' signification added up, every count under k hidden with
// the one marker — and, read back from the CSV text, no hidden count can be rebuilt by an attacker who knows
// k, the suppression rule and every published count (an algorithm-aware search over all consistent tables).
import fc from "fast-check";
import { toCsv } from "../../../reports/export-csv";
import { storyPatternRows } from "../../../reports/export-stories";
import type { JointReport } from "../../../reports/report-shape";
import { buildStoryPatterns, suppressCounts, type PatternStory } from "../../../reports/story-patterns";
import { rowsFromCsv, type PublishedRow } from "../../support/disclosure-solver";
import { DIMENSIONS } from "../../../surveys/dimensions";

const story = (organisationId: number, dimensions: string[], felt: number | null, power: PatternStory["power"]): PatternStory => ({
  organisationId,
  organisationName: `Org ${organisationId}`,
  dimensions,
  felt,
  power,
});

const hidden = { suppressed: true, k: 5 };
const ORGS = [1, 2, 3].map((id) => ({ id, name: `Org ${id}` }));
const patternsOf = (stories: PatternStory[], k: number) => buildStoryPatterns(ORGS, stories, k);

describe("the pattern view", () => {
  it("counts per dimension how many stories touch it and how they felt", () => {
    const stories = [
      ...Array.from({ length: 6 }, () => story(1, ["listening", "respect"], 2, "them")),
      ...Array.from({ length: 5 }, () => story(1, ["listening"], 5, "shared")),
    ];
    const patterns = patternsOf(stories, 5);
    const listening = patterns.perDimension.find((row) => row.dimension === "listening")!;
    expect(listening.stories).toBe(11);
    expect(listening.felt.map((cell) => cell.stories)).toEqual([0, 6, 0, 0, 5, 0]);
    const respect = patterns.perDimension.find((row) => row.dimension === "respect")!;
    expect(respect.felt.map((cell) => cell.stories)).toEqual([0, 6, 0, 0, 0, 0]);
    expect(patterns.perDimension.find((row) => row.dimension === "money")!.stories).toBe(0);
    expect(patterns.powerByOrganisation.map((row) => row.stories)).toEqual([11, 0, 0]);
    expect(patterns.powerByOrganisation[0]).toEqual({
      organisationName: "Org 1",
      stories: 11,
      power: [
        { holder: "us", stories: 0 },
        { holder: "them", stories: 6 },
        { holder: "shared", stories: 5 },
        { holder: "not_said", stories: 0 },
      ],
    });
  });

  it("hides every count under k, and a cell beside it, with the same marker", () => {
    const stories = [
      ...Array.from({ length: 7 }, () => story(1, ["agenda"], 4, "us")),
      ...Array.from({ length: 2 }, () => story(1, ["agenda"], 1, "them")),
      story(2, ["money"], null, null),
    ];
    const patterns = patternsOf(stories, 5);
    const agenda = patterns.perDimension.find((row) => row.dimension === "agenda")!;
    // 2 stories felt 1: hidden; 7 felt 4: hidden beside it, or 9 − 7 would give the 2 away; the zeros too,
    // or a reader knowing the rule would know each hidden cell holds at least one.
    expect(agenda.stories).toBe(9);
    expect(agenda.felt.map((cell) => cell.stories)).toEqual([hidden, hidden, hidden, hidden, hidden, hidden]);
    // One story on money: the whole row hidden, its total included.
    const money = patterns.perDimension.find((row) => row.dimension === "money")!;
    expect(money.stories).toEqual(hidden);
    expect(money.felt.every((cell) => typeof cell.stories !== "number")).toBe(true);
    // Org 2's one story is hidden, so Org 1's 9 is hidden beside it (10 stories shown in all), and Org 3's
    // none with them; each row hides with its count. Org 3 told none and is listed all the same.
    expect(patterns.stories).toBe(10);
    expect(patterns.powerByOrganisation.map((row) => row.organisationName)).toEqual(["Org 1", "Org 2", "Org 3"]);
    for (const row of patterns.powerByOrganisation) {
      expect(row.stories).toEqual(hidden);
      expect(row.power.every((cell) => typeof cell.stories !== "number")).toBe(true);
    }
  });

  it("shows nothing but zeros when there is no story, and hides a total of fewer than k", () => {
    expect(patternsOf([], 5).stories).toBe(0);
    const few = patternsOf([story(1, ["trust"], 3, "us"), story(1, ["trust"], 3, "us")], 5);
    expect(few.stories).toEqual(hidden);
    expect(few.perDimension.find((row) => row.dimension === "trust")!.stories).toEqual(hidden);
  });

  it("publishes rows of section story_patterns, a hidden count with the export's one note", () => {
    const patterns = patternsOf([story(1, ["trust"], 3, "us")], 5);
    const rows = storyPatternRows({ storyPatterns: patterns } as JointReport, "2026 Q2");
    expect(new Set(rows.map((row) => row.section))).toEqual(new Set(["story_patterns"]));
    const trust = rows.filter((row) => row.dimension === "trust");
    expect(trust.map((row) => row.figure)).toEqual(["stories", "felt_1", "felt_2", "felt_3", "felt_4", "felt_5", "felt_not_said"]);
    expect(trust.every((row) => row.suppressed && row.value === "" && row.note === "hidden (small numbers, k = 5)")).toBe(true);
  });
});

// ---- The attacker: every table the CSV publishes, solved with the suppression rule in hand ----

type Table = { name: string; cells: (number | null)[]; total: number | null };

const published = (row: PublishedRow | undefined) => (row && row.suppressed !== "true" && row.value !== "" ? Number(row.value) : null);

/** The tables the rows publish: per dimension (feelings), the organisations' counts, per organisation (power). */
function tablesOf(rows: PublishedRow[]): Table[] {
  const at = (dimension: string, organisation: string, figure: string) =>
    rows.find((r) => r.dimension === dimension && r.organisation === organisation && r.figure === figure);
  const feelings = ["felt_1", "felt_2", "felt_3", "felt_4", "felt_5", "felt_not_said"];
  const holders = ["power.us", "power.them", "power.shared", "power.not_said"];
  const organisations = [...new Set(rows.filter((r) => r.organisation !== "").map((r) => r.organisation))];
  return [
    ...DIMENSIONS.map((d) => ({
      name: d,
      cells: feelings.map((f) => published(at(d, "", f))),
      total: published(at(d, "", "stories")),
    })),
    {
      name: "organisations",
      cells: organisations.map((o) => published(at("", o, "stories"))),
      total: published(at("", "", "stories")),
    },
    ...organisations
      .filter((o) => published(at("", o, "stories")) !== null)
      .map((o) => ({ name: o, cells: holders.map((h) => published(at("", o, h))), total: published(at("", o, "stories")) })),
  ];
}

/** Every table of whole numbers consistent with what is published and with the rule that published it. */
function solutions(table: Table, k: number, cap: number): number[][] {
  const hiddenAt = table.cells.flatMap((cell, index) => (cell === null ? [index] : []));
  const shownSum = table.cells.reduce<number>((sum, cell) => sum + (cell ?? 0), 0);
  const totals = table.total !== null ? [table.total] : Array.from({ length: k - 1 }, (_, i) => i + 1);
  const found: number[][] = [];
  for (const total of totals) {
    const rest = total - shownSum;
    if (rest < 0) continue;
    const check = (candidate: number[]) => {
      const redone = suppressCounts(
        candidate.map((count, index) => ({ key: index, count, value: count })),
        total,
        k,
      );
      const same =
        (typeof redone.total === "number" ? redone.total : null) === table.total &&
        redone.cells.every((cell, index) => (typeof cell.count === "number" ? cell.count : null) === table.cells[index]);
      if (same) found.push([...candidate]);
    };
    const fill = (at: number, left: number, values: number[]) => {
      if (at === hiddenAt.length) return left === 0 ? check(values) : undefined;
      for (let value = 0; value <= Math.min(left, cap); value += 1) {
        values[hiddenAt[at]] = value;
        fill(at + 1, left - value, values);
      }
    };
    fill(
      0,
      rest,
      table.cells.map((cell) => cell ?? 0),
    );
  }
  return found;
}

const storyArb = fc.record({
  organisationId: fc.integer({ min: 1, max: 3 }),
  dimensions: fc.subarray(["agenda", "listening", "trust"], { minLength: 0, maxLength: 2 }),
  felt: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  power: fc.constantFrom("us" as const, "them" as const, "shared" as const, null),
});

describe("the pattern view against an attacker with the CSV", () => {
  it("pins no hidden count: every one takes more than one value in the tables consistent with the export", () => {
    fc.assert(
      fc.property(fc.array(storyArb, { minLength: 0, maxLength: 14 }), fc.constantFrom(3, 5), (raw, k) => {
        const stories = raw.map((s) => ({ ...s, organisationName: `Org ${s.organisationId}` }));
        const patterns = patternsOf(stories, k);
        const csv = toCsv(storyPatternRows({ storyPatterns: patterns } as JointReport, "2026 Q2"));
        for (const table of tablesOf(rowsFromCsv(csv))) {
          // The attacker does not know how many stories there were: a generous bound, as the solver's.
          const found = solutions(table, k, 3 * k + 5);
          // The truth is always among them.
          expect(found.length).toBeGreaterThan(0);
          table.cells.forEach((cell, index) => {
            if (cell !== null) return;
            const values = new Set(found.map((solution) => solution[index]));
            expect(values.size, `${table.name}: cell ${index} pinned`).toBeGreaterThan(1);
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
