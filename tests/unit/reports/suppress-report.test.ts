import fc from "fast-check";
import { DIMENSIONS } from "../../../surveys/dimensions";
import { isSuppressed } from "../../../reports/figure-value";
import { reportFigures } from "../../../reports/export-flatten";
import { buildJointReport, type JointReportInput } from "../../../reports/joint-report";
import { effectiveK, suppressReport } from "../../../reports/suppress-report";
import type { MetricRow } from "../../../reports/types";
import { indexViews, type ViewSummary } from "../../../reports/rating-views";
import { round } from "./fixtures";
import { oraclePinsSmallCell } from "./oracle";

const FEW_DIMENSIONS = DIMENSIONS.slice(0, 3);

/** A few (round, dimension, side) groups, each with up to 20 respondents: enough for shown and hidden cells. */
const metricsArbitrary = fc
  .array(
    fc.record({
      roundId: fc.constantFrom(1, 2, 3, 3, 3),
      dimension: fc.constantFrom(...FEW_DIMENSIONS),
      perspective: fc.constantFrom("community" as const, "ingo_self" as const, "ingo_prediction" as const),
      values: fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 8 }), { maxLength: 20 }),
    }),
    { maxLength: 12 },
  )
  .map((groups) =>
    groups.flatMap(({ roundId, dimension, perspective, values }): MetricRow[] =>
      values.map((value, index) => ({
        roundId,
        organisationId: 1,
        respondentId: index + 1,
        dimension,
        perspective,
        value,
      })),
    ),
  );

const responseRateArbitrary = fc
  .record({
    organisationId: fc.integer({ min: 1, max: 5 }),
    instrument: fc.constantFrom("partnership_view", "self_reflection"),
    invited: fc.nat({ max: 14 }),
    startedShare: fc.double({ min: 0, max: 1, noNaN: true }),
    submittedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ organisationId, instrument, invited, startedShare, submittedShare }) => {
    const started = Math.floor(invited * startedShare);
    return {
      roundId: 3,
      organisationId,
      organisationName: `Org ${organisationId}`,
      instrument,
      invited,
      started,
      submitted: Math.floor(started * submittedShare),
    };
  });

const storyArbitrary = fc.record({
  id: fc.nat(),
  roundId: fc.constantFrom(1, 2, 3, 3, 3),
  scope: fc.constantFrom("community" as const, "partners" as const, "report" as const),
  withdrawn: fc.integer({ min: 0, max: 4 }).map((draw) => draw === 0),
  createdAt: fc.constant("2024-01-01T00:00:00Z"),
  firstReadAt: fc.option(fc.constant("2024-01-05T00:00:00Z")),
  answeredAt: fc.option(fc.constantFrom("2024-01-03T00:00:00Z", "2024-02-01T00:00:00Z")),
  actionIds: fc.array(fc.nat({ max: 3 }), { maxLength: 1 }),
  feltHeard: fc.option(fc.integer({ min: 1, max: 5 })),
});

const inputArbitrary = fc
  .record({
    k: fc.option(fc.integer({ min: 0, max: 7 })),
    metrics: metricsArbitrary,
    responseRates: fc.array(responseRateArbitrary, { maxLength: 8 }),
    stories: fc.array(storyArbitrary, { maxLength: 30 }),
  })
  .map(({ k, metrics, responseRates, stories }): JointReportInput => ({
    partnership: { id: 1, name: "Tulinde × Aid", k },
    round: round(3),
    rounds: [round(1), round(2), round(3)],
    now: "2024-06-01T00:00:00Z",
    metrics,
    responseRates,
    listening: { stories, actions: [] },
    quotes: [],
    network: { organisations: [], ties: [] },
    actions: [],
    texts: { ourReadings: [], whatWeLearned: null },
  }));

/** (b) for one view: hidden cells come two or more, hold ≥ k together, and cannot be worked out. */
function expectNoCellDerivable(shown: ViewSummary, raw: ViewSummary, k: number) {
  if (isSuppressed(shown.n)) return;
  const rawCounts = raw.distribution.map((cell) => cell.count as number);
  const hidden = shown.distribution.filter((cell) => isSuppressed(cell.count)).map((cell) => cell.rating);
  shown.distribution.forEach((cell, index) => {
    if (!isSuppressed(cell.count)) expect(cell.count).toBe(rawCounts[index]);
  });
  if (hidden.length === 0) return;
  expect(hidden.length).toBeGreaterThanOrEqual(2);
  const remainder = hidden.reduce((sum, rating) => sum + rawCounts[rating - 1], 0);
  expect(remainder).toBeGreaterThanOrEqual(k);
  const weighted = typeof shown.mean === "number" ? hidden.reduce((sum, rating) => sum + rating * rawCounts[rating - 1], 0) : null;
  expect(oraclePinsSmallCell(hidden, remainder, weighted, k)).toBe(false);
}

describe("suppressReport over random data sets", () => {
  it("property: no shown figure rests on fewer than k, and no hidden figure can be derived", () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const report = buildJointReport(input);
        const k = effectiveK(input.partnership.k);
        expect(report.k).toBe(k);

        // (a) every shown figure with people behind it has 0 or at least k of them
        for (const row of reportFigures(report)) {
          if (!row.suppressed && typeof row.n === "number") expect(row.n === 0 || row.n >= k).toBe(true);
        }

        // (b) distributions, against the raw answers
        const raw = indexViews(input.metrics as MetricRow[]);
        for (const section of report.perDimension) {
          expectNoCellDerivable(section.gap.community, raw.view(3, section.dimension, "community"), k);
          expectNoCellDerivable(section.gap.ingoSelf, raw.view(3, section.dimension, "ingo_self"), k);
          // one rule for means: the accuracy section hides exactly what the gap section hides
          expect(isSuppressed(section.accuracy.communityMean)).toBe(isSuppressed(section.gap.community.mean));
          // the current round's trend point shows what the section shows
          const gapTrend = section.trend.find((series) => series.figure === "gap")!;
          const last = gapTrend.points[gapTrend.points.length - 1];
          expect(last.suppressed).toBe(isSuppressed(section.gap.gap));
          if (typeof section.gap.gap === "number") expect(last.value).toBe(section.gap.gap);
        }

        // (b) response rates: per instrument, 0 or ≥ 2 hidden rows holding ≥ k invited together
        for (const total of report.responseRates.totals) {
          if (isSuppressed(total.submitted)) continue;
          const hidden = report.responseRates.rows.filter((row) => row.instrument === total.instrument && isSuppressed(row.submitted));
          expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
          if (hidden.length > 0) expect(hidden.reduce((sum, row) => sum + row.invited, 0)).toBeGreaterThanOrEqual(k);
        }

        // the headline only holds shown, flagged gaps
        for (const entry of report.headline) expect(typeof entry.gap === "number" && Math.abs(entry.gap) >= 1.33 - 1e-9).toBe(true);

        // suppression is safe to apply twice
        expect(suppressReport(report, k)).toEqual(report);
      }),
      { numRuns: 250 },
    );
  });

  it("covers every dimension even when the random data touch only a few", () => {
    const report = buildJointReport(fc.sample(inputArbitrary, 1)[0]);
    expect(report.perDimension.map((section) => section.dimension)).toEqual([...DIMENSIONS]);
  });
});
