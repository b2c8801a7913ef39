import { describe, expect, it } from "vitest";
import { buildDecisionMap, positionStep, type DecisionMapInput, type DecisionRow } from "../../../reports/decision-map";
import { buildJointReport } from "../../../reports/joint-report";
import { reportFigures } from "../../../reports/export-flatten";
import type { DecisionPosition } from "../../../surveys/dimensions";
import { round } from "./fixtures";
import { sampleInput } from "./sample-input";

const ORGS: DecisionMapInput["organisations"] = [
  { id: 1, name: "Tulinde", side: "community" },
  { id: 2, name: "Sauti", side: "community" },
  { id: 9, name: "Aid International", side: "ingo" },
];

const row = (
  roundId: number,
  organisationId: number,
  topic: string,
  actual: DecisionPosition | null,
  desired: DecisionPosition | null,
): DecisionRow => ({
  roundId,
  organisationId,
  topic,
  actual,
  desired,
});

// Round 1: the INGO says the budget was split together, Tulinde says by the INGO alone, Sauti after consulting.
// Round 2: the INGO says together, Tulinde now says after consulting, Sauti says the funder decided.
const INPUT: DecisionMapInput = {
  organisations: ORGS,
  rows: [
    row(1, 9, "budget", "together", "together"),
    row(1, 1, "budget", "ingo_alone", "community_consulting"),
    row(1, 2, "budget", "ingo_consulting", "together"),
    row(2, 9, "budget", "together", "together"),
    row(2, 1, "budget", "ingo_consulting", "community_consulting"),
    row(2, 2, "budget", "funder", "together"),
    row(2, 1, "hiring", null, "together"),
  ],
};

describe("who decides what", () => {
  const map = buildDecisionMap(INPUT, [round(1), round(2)]);
  const budget = map.topics.find((t) => t.topic === "budget")!;

  it("places the positions on one line from the INGO alone (1) to the community alone (5), with the funder off it", () => {
    expect(
      ["ingo_alone", "ingo_consulting", "together", "community_consulting", "community_alone", "funder"].map((p) =>
        positionStep(p as DecisionPosition),
      ),
    ).toEqual([1, 2, 3, 4, 5, null]);
  });

  it("shows each organisation's actual and desired for the report's round, with the steps between them", () => {
    expect(budget.dimension).toBe("money");
    expect(budget.views).toEqual([
      { organisation: "Tulinde", side: "community", actual: "ingo_consulting", desired: "community_consulting", distance: 2 },
      { organisation: "Sauti", side: "community", actual: "funder", desired: "together", distance: null },
      { organisation: "Aid International", side: "ingo", actual: "together", desired: "together", distance: 0 },
    ]);
    expect(map.answered).toEqual(["Tulinde", "Sauti", "Aid International"]);
  });

  it("sets the INGO's actual beside each community organisation's: another perception gap", () => {
    expect(budget.gaps).toEqual([
      { organisation: "Tulinde", ingoActual: "together", communityActual: "ingo_consulting", gap: 1, differs: true },
      // The funder has no steps: the answers differ, by no number.
      { organisation: "Sauti", ingoActual: "together", communityActual: "funder", gap: null, differs: true },
    ]);
  });

  it("follows the gap and the distance over the rounds", () => {
    expect(budget.trend).toEqual([
      // Round 1: gaps 2 (Tulinde) and 1 (Sauti); distances 3, 1, 0.
      { round: "Round 1", gap: 1.5, distance: 4 / 3 },
      // Round 2: Tulinde's gap 1 only; distances 2 and 0 (Sauti's actual is the funder).
      { round: "Round 2", gap: 1, distance: 1 },
    ]);
  });

  it("keeps a topic answered on one side only, and lists every topic even when nobody answered it", () => {
    const hiring = map.topics.find((t) => t.topic === "hiring")!;
    expect(hiring.views).toEqual([{ organisation: "Tulinde", side: "community", actual: null, desired: "together", distance: null }]);
    expect(hiring.gaps.every((g) => g.differs === null)).toBe(true);
    expect(map.topics.map((t) => t.topic)).toEqual([
      "budget",
      "strategy",
      "activities",
      "indicators",
      "hiring",
      "partners",
      "messages",
      "reporting",
    ]);
  });

  it("never shows a later round's answers in an earlier round's report", () => {
    const earlier = buildDecisionMap(INPUT, [round(1)]);
    expect(earlier.topics[0].views.find((v) => v.organisation === "Tulinde")?.actual).toBe("ingo_alone");
  });

  it("reaches the joint report and its exports as rows of section decisions", () => {
    const input = sampleInput();
    const organisations = [
      { id: 1, name: "Tulinde", side: "community" as const },
      { id: 9, name: "Aid International", side: "ingo" as const },
    ];
    const report = buildJointReport({ ...input, decisions: { organisations, rows: INPUT.rows.filter((r) => r.organisationId !== 2) } });
    expect(report.decisions?.topics[0].views.map((v) => v.organisation)).toEqual(["Tulinde", "Aid International"]);
    const rows = reportFigures(report).filter((r) => r.section === "decisions");
    expect(rows).toContainEqual(
      expect.objectContaining({
        figure: "budget.actual",
        organisation: "Tulinde",
        dimension: "money",
        value: "ingo_consulting",
        round: "Round 2",
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ figure: "budget.ingo_community_gap", organisation: "Tulinde", value: 1, suppressed: false }),
    );
    expect(rows).toContainEqual(expect.objectContaining({ figure: "budget.trend.gap", round: "Round 1", value: 2 }));
    // The report's round 2 of three: round 3 is never in the trend.
    expect(rows.some((r) => r.round === "Round 3")).toBe(false);
  });

  it("leaves the section out of a report built without it (a version frozen before it existed)", () => {
    const report = buildJointReport(sampleInput());
    expect(report.decisions).toBeUndefined();
    expect(reportFigures(report).some((r) => r.section === "decisions")).toBe(false);
  });
});
