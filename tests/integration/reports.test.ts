// The way of a joint report to funders, through the routes: made by a facilitator, reviewed by every
// community partner (reading and approval, or sent back with a comment), released only after all approved.
import { parse } from "csv-parse/sync";
import { and, desc, eq } from "drizzle-orm";
import { actions, metricValues, reportVersions, reports } from "../../db/schema";
import { loadJointReportInput } from "../../app/models/joint-report/data.server";
import { db } from "../../app/models/platform/context.server";
import { reportsForHome } from "../../app/models/joint-report/reports.server";
import * as list from "../../app/routes/partnerships.$partnershipId.reports";
import { reportingAlliance, type ReportingAlliance } from "../support/reporting-alliance";
import { get, post, route } from "../support/route-calls";
import type { Member } from "../support/world";
import { giveExample, reportCsv, reportPage, tellStory } from "./reports-fixture";

const REPORTS = route(list, "/partnerships/:partnershipId/reports");

async function create(world: ReportingAlliance, who = world.people.facilitator, roundId = world.rounds.second) {
  const partnershipId = String(world.partnershipId);
  return post(REPORTS, `/partnerships/${partnershipId}/reports`, who.cookie, { roundId: String(roundId) });
}

async function madeReport(world: ReportingAlliance) {
  const outcome = await create(world);
  expect(outcome.status).toBe(302);
  return Number(db().select({ id: reports.id }).from(reports).where(eq(reports.roundId, world.rounds.second)).get()!.id);
}

function step(reportId: number, who: Member, fields: Record<string, string>) {
  return post(reportPage, `/reports/${reportId}`, who.cookie, fields);
}

/** The version the review forms name: the report's latest. */
async function versionOf(reportId: number) {
  const latest = db()
    .select({ id: reportVersions.id })
    .from(reportVersions)
    .where(eq(reportVersions.reportId, reportId))
    .orderBy(desc(reportVersions.number))
    .get();
  return String(latest!.id);
}

const statusOf = (reportId: number) =>
  db().select({ status: reports.status, releasedAt: reports.releasedAt }).from(reports).where(eq(reports.id, reportId)).get()!;

describe("making a report", () => {
  it("is for facilitators only, one per round (made twice, it leads to the first), starting as a draft", async () => {
    const world = reportingAlliance();
    expect((await create(world, world.people.ingo)).status).toBe(404);
    expect((await create(world, world.people.coordTumaini)).status).toBe(404);
    const reportId = await madeReport(world);
    expect(statusOf(reportId).status).toBe("draft");
    // The same "make the report" again makes no second one: it leads to the first (docs/security.md 7.7).
    expect(await create(world)).toMatchObject({ status: 302, location: `/reports/${reportId}` });
    expect(db().select().from(reports).where(eq(reports.roundId, world.rounds.second)).all()).toHaveLength(1);
  });

  it("refuses a round of another partnership with a 404", async () => {
    const world = reportingAlliance();
    const other = reportingAlliance();
    expect((await create(world, world.people.facilitator, other.rounds.first)).status).toBe(404);
  });
});

describe("the review", () => {
  it("goes draft → review → sent back → review → approved by all → released, and only a facilitator releases", async () => {
    const world = reportingAlliance();
    const { coordTumaini, coordPamoja, ingo, facilitator, funder } = world.people;
    const reportId = await madeReport(world);
    expect((await step(reportId, coordTumaini, { intent: "to_review" })).status).toBe(403);
    // A draft has no version to release; a release must name one.
    expect(await step(reportId, facilitator, { intent: "release" })).toMatchObject({
      status: 400,
      data: { errors: { versionId: "report.error.version_required" } },
    });
    expect((await step(reportId, facilitator, { intent: "release", versionId: "1" })).status).toBe(409);
    expect((await step(reportId, facilitator, { intent: "to_review" })).status).toBe(302);
    expect(statusOf(reportId).status).toBe("review");

    const reading = 'Tumeona pengo kubwa 🙏🏾 — "decisions" bado ni zao.\nLine two.';
    const tumaini = (versionId: string) => ({
      intent: "approve",
      organisationId: String(world.orgs.tumaini),
      ourReading: reading,
      versionId,
    });
    const pamoja = (versionId: string) => ({
      intent: "approve",
      organisationId: String(world.orgs.pamoja),
      ourReading: "Sawa.",
      versionId,
    });
    const v1 = await versionOf(reportId);
    expect((await step(reportId, coordTumaini, tumaini(v1))).status).toBe(302);
    expect((await step(reportId, facilitator, { intent: "release", versionId: v1 })).status).toBe(409);
    expect(
      (
        await step(reportId, coordPamoja, {
          intent: "send_back",
          organisationId: String(world.orgs.pamoja),
          comment: "Ongeza hadithi zetu.",
          versionId: v1,
        })
      ).status,
    ).toBe(302);
    expect(statusOf(reportId).status).toBe("draft");

    // The comment reaches the INGO and the facilitator; the funder still gets nothing.
    for (const who of [ingo, facilitator]) {
      const seen = await get(reportPage, `/reports/${reportId}`, who.cookie);
      expect(seen.data).toMatchObject({
        review: expect.arrayContaining([{ organisationName: "Pamoja Network", decision: "returned", comment: "Ongeza hadithi zetu." }]),
      });
    }
    expect((await get(reportPage, `/reports/${reportId}`, funder.cookie)).status).toBe(404);

    // Sent to review again as version 2, earlier approvals start over.
    expect((await step(reportId, facilitator, { intent: "to_review" })).status).toBe(302);
    const v2 = await versionOf(reportId);
    expect(reportsForHome(coordTumaini.person()).map((r) => r.waiting)).toContain("review");
    expect((await step(reportId, coordPamoja, pamoja(v2))).status).toBe(302);
    expect((await step(reportId, facilitator, { intent: "release", versionId: v2 })).status).toBe(409);
    expect((await step(reportId, coordTumaini, tumaini(v2))).status).toBe(302);
    // Pamoja's reading came with its approval: version 2 is no longer what funders would read.
    const changed = await step(reportId, facilitator, { intent: "release", versionId: v2 });
    expect(changed).toMatchObject({ status: 409, data: { errors: { form: "report.error.changed" } } });
    expect((await step(reportId, facilitator, { intent: "to_review" })).status).toBe(302);
    const v3 = await versionOf(reportId);
    expect((await step(reportId, coordPamoja, pamoja(v3))).status).toBe(302);
    expect((await step(reportId, coordTumaini, tumaini(v3))).status).toBe(302);
    expect(reportsForHome(facilitator.person()).map((r) => r.waiting)).toContain("release");

    for (const who of [coordTumaini, ingo, funder])
      expect((await step(reportId, who, { intent: "release", versionId: v3 })).status).toBe(who === funder ? 404 : 403);
    expect((await step(reportId, facilitator, { intent: "release", versionId: v3 })).status).toBe(302);
    expect(statusOf(reportId)).toMatchObject({ status: "released", releasedAt: expect.any(String) });
    expect(reportsForHome(funder.person()).map((r) => r.waiting)).toEqual(["read"]);

    const read = await get(reportPage, `/reports/${reportId}`, funder.cookie);
    const texts = (read.data as { report: { texts: { ourReadings: { organisationName: string; text: string }[] } } }).report.texts;
    expect(texts.ourReadings).toContainEqual({ organisationName: "Tumaini Collective", text: reading });
    // Released is final: no more readings, no second release.
    expect(
      (await step(reportId, coordTumaini, { intent: "our_reading", organisationId: String(world.orgs.tumaini), ourReading: "later" }))
        .status,
    ).toBe(409);
    expect((await step(reportId, facilitator, { intent: "release", versionId: v3 })).status).toBe(409);
  });

  it("refuses an approval without a reading, and a comment-less send-back, with a message naming the field", async () => {
    const world = reportingAlliance();
    const reportId = await madeReport(world);
    await step(reportId, world.people.facilitator, { intent: "to_review" });
    const approve = await step(reportId, world.people.coordTumaini, {
      intent: "approve",
      organisationId: String(world.orgs.tumaini),
      ourReading: "   ",
    });
    expect(approve).toMatchObject({ status: 400, data: { errors: { ourReading: "report.error.reading_required" } } });
    const back = await step(reportId, world.people.coordTumaini, {
      intent: "send_back",
      organisationId: String(world.orgs.tumaini),
      comment: "",
    });
    expect(back).toMatchObject({ status: 400, data: { errors: { comment: "report.error.comment_required" } } });
    const huge = await step(reportId, world.people.ingo, { intent: "what_we_learned", whatWeLearned: "x".repeat(20_001) });
    expect(huge).toMatchObject({ status: 400, data: { errors: { whatWeLearned: "report.error.text_long" } } });
    const unknown = await step(reportId, world.people.ingo, { intent: "delete_everything" });
    expect(unknown).toMatchObject({ status: 400, data: { errors: { intent: "report.error.intent" } } });
    expect(statusOf(reportId).status).toBe("review");
  });

  it("lets a coordinator speak only for their own organisation, and only the INGO write what it learned", async () => {
    const world = reportingAlliance();
    const reportId = await madeReport(world);
    await step(reportId, world.people.facilitator, { intent: "to_review" });
    expect(
      (
        await step(reportId, world.people.coordTumaini, {
          intent: "approve",
          organisationId: String(world.orgs.pamoja),
          ourReading: "Not mine to give",
          versionId: await versionOf(reportId),
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await step(reportId, world.people.memberTumaini, {
          intent: "approve",
          organisationId: String(world.orgs.tumaini),
          ourReading: "A member is not the coordinator",
          versionId: await versionOf(reportId),
        })
      ).status,
    ).toBe(403);
    expect((await step(reportId, world.people.coordTumaini, { intent: "what_we_learned", whatWeLearned: "Not the INGO" })).status).toBe(
      403,
    );
    expect(
      (await step(reportId, world.people.ingo, { intent: "what_we_learned", whatWeLearned: "Tulijifunza kusikiliza. ✊🏾" })).status,
    ).toBe(302);
    expect(db().select({ text: reports.whatWeLearned }).from(reports).where(eq(reports.id, reportId)).get()!.text).toBe(
      "Tulijifunza kusikiliza. ✊🏾",
    );
    expect((await step(reportId, world.people.outsider, { intent: "what_we_learned", whatWeLearned: "x" })).status).toBe(404);
  });
});

describe("loading", () => {
  it("hands the builder every answer counted exactly as stored, don't-know answers included", () => {
    const world = reportingAlliance();
    db()
      .update(metricValues)
      .set({ value: null })
      .where(and(eq(metricValues.dimension, "money"), eq(metricValues.personId, world.people.memberTumaini.id)))
      .run();
    const input = loadJointReportInput(
      { partnershipId: world.partnershipId, roundId: world.rounds.second, reportId: null, whatWeLearned: null },
      { kind: "none" },
    )!;
    const stored = db()
      .select({
        roundId: metricValues.roundId,
        dimension: metricValues.dimension,
        perspective: metricValues.perspective,
        value: metricValues.value,
      })
      .from(metricValues)
      .all();
    const expected = new Map<string, number>();
    for (const r of stored) {
      const key = `${r.roundId}|${r.dimension}|${r.perspective}|${r.value}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const counted = new Map(
      (input.viewCounts ?? []).map((r) => [`${r.roundId}|${r.dimension}|${r.perspective}|${r.value}`, r.respondents]),
    );
    expect(counted).toEqual(expected);
    expect([...counted].filter(([key]) => key.endsWith("|null")).reduce((n, [, c]) => n + c, 0)).toBe(2);
  });

  it("leaves out the rounds after the report's round", () => {
    const world = reportingAlliance();
    const input = loadJointReportInput(
      { partnershipId: world.partnershipId, roundId: world.rounds.first, reportId: null, whatWeLearned: null },
      { kind: "none" },
    )!;
    expect(input.rounds.map((r) => r.id)).toEqual([world.rounds.first]);
    expect(new Set((input.viewCounts ?? []).map((r) => r.roundId))).toEqual(new Set([world.rounds.first]));
  });
});

describe("the CSV export", () => {
  const FORMULAS = ['=HYPERLINK("http://evil.example","x")', "+254 700 000 000", "-2+3", "@SUM(A1:A9)", "\tTabbed", "\rCarriage"];

  it("prefixes every text cell that could run as a formula with ' and parses back to the same text", async () => {
    const world = reportingAlliance();
    const dimensions = ["decisions", "agenda", "money", "knowledge", "listening", "respect"];
    FORMULAS.forEach((text, i) =>
      i % 2 === 0 ? tellStory(world, text, "report", { dimensions: [dimensions[i]] }) : giveExample(world, text, "report", dimensions[i]),
    );
    db().update(actions).set({ title: "=cmd|' /C calc'!A0" }).run();
    const reportId = await madeReport(world);
    const response = await get(reportCsv, `/reports/${reportId}.csv`, world.people.ingo.cookie);
    const rows = parse(response.body, { columns: true, bom: true, relax_quotes: false }) as Record<string, string>[];
    const quoted = rows.filter((r) => r.section === "quotes" && r.figure === "quote").map((r) => r.value);
    for (const text of FORMULAS) {
      expect(quoted).toContain(`'${text}`);
      expect(quoted.find((v) => v === `'${text}`)!.slice(1)).toBe(text);
    }
    expect(rows.find((r) => r.section === "actions")!.note).toBe("'=cmd|' /C calc'!A0");
    // No cell the spreadsheet would read as a formula, and numbers stay numbers.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]/);
    expect(rows.find((r) => r.figure === "ingo_self.mean")!.value).toBe("5");
  });
});
