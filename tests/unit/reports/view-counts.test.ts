// The loader hands the builder counts the database made instead of every rating; the report must not change.
import fc from "fast-check";
import { buildJointReport } from "../../../reports/joint-report";
import type { MetricRow } from "../../../reports/types";
import type { ViewCountRow } from "../../../reports/rating-views";
import { sampleInput } from "./sample-input";

function countsOf(metrics: readonly MetricRow[]): ViewCountRow[] {
  const counts = new Map<string, ViewCountRow>();
  for (const m of metrics) {
    const key = `${m.roundId}|${m.dimension}|${m.perspective}|${m.value}`;
    const row = counts.get(key) ?? {
      roundId: m.roundId,
      dimension: m.dimension,
      perspective: m.perspective,
      value: m.value,
      respondents: 0,
    };
    row.respondents += 1;
    counts.set(key, row);
  }
  return [...counts.values()];
}

describe("a report built from database counts", () => {
  it("is the report built from every rating, for the sample partnership", () => {
    const input = sampleInput();
    const fromRows = buildJointReport(input);
    const fromCounts = buildJointReport({ ...input, metrics: [], viewCounts: countsOf(input.metrics) });
    expect(fromCounts).toEqual(fromRows);
  });

  it("is the report built from every rating, for random answers (one row per person, round, dimension and side)", () => {
    const input = sampleInput();
    const roundIds = input.rounds.map((r) => r.id);
    const answer = fc.record({
      person: fc.integer({ min: 1, max: 40 }),
      round: fc.constantFrom(...roundIds),
      dimension: fc.constantFrom("decisions", "money", "listening"),
      perspective: fc.constantFrom("community" as const, "ingo_self" as const, "ingo_prediction" as const),
      value: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(answer, { selector: (a) => `${a.person}|${a.round}|${a.dimension}|${a.perspective}`, maxLength: 300 }),
        (answers) => {
          const metrics: MetricRow[] = answers.map((a) => ({
            roundId: a.round,
            organisationId: 1,
            respondentId: a.person,
            dimension: a.dimension,
            perspective: a.perspective,
            value: a.value,
          }));
          const base = { ...input, metrics };
          expect(buildJointReport({ ...base, metrics: [], viewCounts: countsOf(metrics) })).toEqual(buildJointReport(base));
        },
      ),
      { numRuns: 100 },
    );
  });
});
