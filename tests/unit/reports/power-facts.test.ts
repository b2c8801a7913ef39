import { describe, expect, it } from "vitest";
import { buildJointReport } from "../../../reports/joint-report";
import { reportFigures } from "../../../reports/export-flatten";
import { buildPowerFacts, type PowerFactRow } from "../../../reports/power-facts";
import { round } from "./fixtures";
import { sampleInput } from "./sample-input";

const fact = (roundId: number, fields: Partial<PowerFactRow> & Pick<PowerFactRow, "fact" | "value">): PowerFactRow => ({
  roundId,
  organisationId: 1,
  organisationName: "Tulinde",
  verdict: null,
  communityValue: null,
  ...fields,
});

const ROWS: PowerFactRow[] = [
  fact(1, { fact: "budget_share", value: "5", verdict: "confirmed" }),
  fact(2, { fact: "budget_share", value: "8", verdict: "confirmed" }),
  fact(2, { fact: "overhead_rate", value: "10", verdict: "disputed", communityValue: "4" }),
  fact(2, { fact: "proposal_drafted_by", value: "ingo" }),
  fact(3, { fact: "budget_share", value: "30", verdict: "confirmed" }),
];

describe("facts of power beside perceptions", () => {
  const perception = () => ({ communityMean: 2.2, ingoSelfMean: 4.2 });
  const sections = buildPowerFacts(ROWS, perception, [round(1), round(2)]);

  it("groups the round's facts under their dimension, beside that dimension's perception", () => {
    expect(sections.map((s) => s.dimension)).toEqual(["money", "agenda"]);
    const money = sections[0];
    expect(money).toMatchObject({ communityMean: 2.2, ingoSelfMean: 4.2 });
    expect(money.facts.map((f) => [f.fact, f.value, f.status])).toEqual([
      ["budget_share", "8", "confirmed"],
      ["overhead_rate", "10", "disputed"],
    ]);
  });

  it("keeps both values of a disputed fact, and marks a fact nobody answered yet as awaiting", () => {
    expect(sections[0].facts[1]).toMatchObject({ value: "10", communityValue: "4", status: "disputed" });
    expect(sections[1].facts[0]).toMatchObject({ fact: "proposal_drafted_by", value: "ingo", status: "awaiting" });
  });

  it("follows each fact over the rounds, never past the report's round", () => {
    expect(sections[0].facts[0].trend).toEqual([
      { round: "Round 1", value: "5", status: "confirmed", communityValue: null },
      { round: "Round 2", value: "8", status: "confirmed", communityValue: null },
    ]);
  });

  it("is shown at any n, but a hidden perception stays hidden beside it", () => {
    const input = sampleInput();
    // In the sample, money's INGO mean rests on 2 answers under k = 3: hidden. The fact itself is not.
    const report = buildJointReport({ ...input, powerFacts: ROWS });
    const money = report.powerFacts!.find((s) => s.dimension === "money")!;
    expect(money.ingoSelfMean).toEqual({ suppressed: true, k: 3 });
    expect(money.facts[0]).toMatchObject({ value: "8", status: "confirmed" });
  });

  it("exports each fact as rows of section power_facts, numbers as numbers, with both values when disputed", () => {
    const report = buildJointReport({ ...sampleInput(), powerFacts: ROWS });
    const rows = reportFigures(report).filter((r) => r.section === "power_facts");
    expect(rows).toContainEqual(
      expect.objectContaining({
        figure: "budget_share",
        dimension: "money",
        organisation: "Tulinde",
        round: "Round 2",
        value: 8,
        suppressed: false,
      }),
    );
    expect(rows).toContainEqual(expect.objectContaining({ figure: "budget_share", round: "Round 1", value: 5 }));
    expect(rows).toContainEqual(expect.objectContaining({ figure: "overhead_rate.status", value: "disputed" }));
    expect(rows).toContainEqual(expect.objectContaining({ figure: "overhead_rate.community_value", value: 4 }));
    expect(rows).toContainEqual(expect.objectContaining({ figure: "proposal_drafted_by", value: "ingo" }));
    expect(rows.some((r) => r.round === "Round 3")).toBe(false);
  });
});
