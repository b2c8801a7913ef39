// The joint report's gap per community organisation (reports/gaps-by-organisation.ts): loaded from ratings
// per organisation (community) and per organisation rated (INGO, about_organisation_id), shown on the page's
// loader data and in the CSV as section "by_organisation", and the pooled INGO view still one answer per person.
import { parse } from "csv-parse/sync";
import { and, eq, sql } from "drizzle-orm";
import { metricValues, responses } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import type { JointReport } from "../../reports/report-shape";
import { DIMENSIONS } from "../../surveys/dimensions";
import { reportingAlliance, type ReportingAlliance } from "../support/reporting-alliance";
import { everyView, makeReport } from "./reports-fixture";

/** The second round's INGO self-views, asked per partner: Tumaini 5, Pamoja 4 from every staff member. */
function ratePerPartner(world: ReportingAlliance, values: { tumaini: number; pamoja: number }) {
  const staff = db()
    .select({ id: responses.id, personId: responses.personId, organisationId: responses.organisationId })
    .from(responses)
    .where(and(eq(responses.roundId, world.rounds.second), eq(responses.instrument, "self-reflection")))
    .all();
  db()
    .delete(metricValues)
    .where(and(eq(metricValues.roundId, world.rounds.second), eq(metricValues.perspective, "ingo_self")))
    .run();
  for (const response of staff)
    for (const [about, value] of [
      [world.orgs.tumaini, values.tumaini],
      [world.orgs.pamoja, values.pamoja],
    ])
      db()
        .insert(metricValues)
        .values(
          DIMENSIONS.map((dimension) => ({
            responseId: response.id,
            roundId: world.rounds.second,
            organisationId: response.organisationId,
            personId: response.personId,
            dimension,
            perspective: "ingo_self" as const,
            value,
            aboutOrganisationId: about,
          })),
        )
        .run();
  return staff.length;
}

/** The community mean of one organisation on one dimension in the second round, straight from the table. */
function communityMean(world: ReportingAlliance, organisationId: number, dimension: string) {
  return db()
    .select({ mean: sql<number>`avg(${metricValues.value})` })
    .from(metricValues)
    .where(
      and(
        eq(metricValues.roundId, world.rounds.second),
        eq(metricValues.organisationId, organisationId),
        eq(metricValues.dimension, dimension),
        eq(metricValues.perspective, "community"),
      ),
    )
    .get()!.mean;
}

describe("the report's view per community organisation", () => {
  it("shows each organisation's gap where k allows, on the page's data and in the CSV, beside the pooled gap", async () => {
    // Twelve community respondents: six per organisation, so each side of each organisation can reach k = 5.
    const world = reportingAlliance({ communityRespondents: 12 });
    expect(ratePerPartner(world, { tumaini: 5, pamoja: 4 })).toBe(5);
    // A breakdown stands only beside a pooled view that hides nothing: every community answer of the round is
    // a 3 in Tumaini and a 2 in Pamoja, so the pooled view shows two cells of six.
    for (const [organisationId, value] of [
      [world.orgs.tumaini, 3],
      [world.orgs.pamoja, 2],
    ])
      db()
        .update(metricValues)
        .set({ value })
        .where(
          and(
            eq(metricValues.roundId, world.rounds.second),
            eq(metricValues.perspective, "community"),
            eq(metricValues.organisationId, organisationId),
          ),
        )
        .run();
    const reportId = makeReport(world, "draft");
    const views = await everyView(reportId, world.people.facilitator.cookie);
    const report = (views.page.data as { report: JointReport }).report;

    // Pooled: one answer per INGO person, the mean of their two ratings rounded half up (4.5 → 5).
    for (const section of report.perDimension) expect(section.gap.ingoSelf).toMatchObject({ n: 5, mean: 5 });

    const byOrganisation = report.byOrganisation!;
    expect(byOrganisation.organisations.map((o) => o.name).sort()).toEqual(["Pamoja Network", "Tumaini Collective"]);
    const shown = byOrganisation.perDimension.filter((d) => d.organisations.every((o) => typeof o.gap === "number"));
    expect(shown.length).toBeGreaterThan(0);
    for (const { dimension, organisations } of shown) {
      const tumaini = organisations.find((o) => o.organisationId === world.orgs.tumaini)!;
      const pamoja = organisations.find((o) => o.organisationId === world.orgs.pamoja)!;
      expect(tumaini.ingoSelf).toEqual({ mean: 5, n: 5 });
      expect(pamoja.ingoSelf).toEqual({ mean: 4, n: 5 });
      expect(tumaini.community).toMatchObject({ n: 6 });
      expect(tumaini.community.mean).toBeCloseTo(communityMean(world, world.orgs.tumaini, dimension), 10);
      expect(pamoja.gap).toBeCloseTo(4 - communityMean(world, world.orgs.pamoja, dimension), 10);
    }
    // A dimension is hidden for both organisations or for neither.
    for (const { organisations } of byOrganisation.perDimension) {
      expect(new Set(organisations.map((o) => typeof o.gap === "number")).size).toBe(1);
    }

    const rows = (parse(views.csv.body, { columns: true, bom: true }) as Record<string, string>[]).filter(
      (row) => row.section === "by_organisation",
    );
    expect(rows).toHaveLength(2 * DIMENSIONS.length * 5);
    const first = shown[0];
    const tumainiGap = rows.find((r) => r.dimension === first.dimension && r.organisation === "Tumaini Collective" && r.figure === "gap")!;
    expect(Number(tumainiGap.value)).toBeCloseTo(
      first.organisations.find((o) => o.organisationId === world.orgs.tumaini)!.gap as number,
      3,
    );
    expect(tumainiGap.suppressed).toBe("false");
    const hidden = rows.filter((row) => row.suppressed === "true");
    for (const row of hidden) expect([row.value, row.n]).toEqual(["", ""]);
    expect(rows.filter((r) => r.figure === "gap" && r.suppressed === "false")).toHaveLength(2 * shown.length);
  });

  it("hides every organisation's figures when one organisation's community side is under k", async () => {
    // Ten respondents: five Tumaini, five Pamoja; Pamoja's fifth says "don't know" everywhere (n = 4).
    const world = reportingAlliance({ communityRespondents: 10 });
    ratePerPartner(world, { tumaini: 5, pamoja: 4 });
    const lastPamoja = db()
      .select({ personId: metricValues.personId })
      .from(metricValues)
      .where(and(eq(metricValues.roundId, world.rounds.second), eq(metricValues.organisationId, world.orgs.pamoja)))
      .orderBy(sql`${metricValues.personId} desc`)
      .get()!.personId;
    db()
      .update(metricValues)
      .set({ value: null })
      .where(and(eq(metricValues.roundId, world.rounds.second), eq(metricValues.personId, lastPamoja)))
      .run();
    const views = await everyView(makeReport(world, "draft"), world.people.facilitator.cookie);
    const report = (views.page.data as { report: JointReport }).report;
    for (const { organisations } of report.byOrganisation!.perDimension)
      for (const entry of organisations) expect(entry.gap).toMatchObject({ suppressed: true });
    const rows = (parse(views.csv.body, { columns: true, bom: true }) as Record<string, string>[]).filter(
      (row) => row.section === "by_organisation",
    );
    expect(rows.every((row) => row.suppressed === "true" && row.value === "")).toBe(true);
  });
});
