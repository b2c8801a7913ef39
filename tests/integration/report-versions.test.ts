// Frozen report versions, through the routes (docs/decisions/015-frozen-report-versions.md): what the
// community approved is exactly what funders read; after release nothing moves it, except consent, which
// may only take a quote away, at once, on the page and in both exports.
import { parse } from "csv-parse/sync";
import { and, eq } from "drizzle-orm";
import { metricValues, quoteChoices, reportReviews, reportVersions, reports, stories } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { answerStory } from "../../app/models/listening/answers.server";
import { withdrawStory } from "../../app/models/stories/withdrawal.server";
import { createReport } from "../../app/models/joint-report/reports.server";
import { createRound } from "../../app/models/rounds/rounds.server";
import { reportingAlliance, type ReportingAlliance } from "../support/reporting-alliance";
import { get, post } from "../support/route-calls";
import type { Member } from "../support/world";
import { bodies, everyView, reportPage, tellStory } from "./reports-fixture";

type Page = {
  meta: { version: { number: number; changedSince: boolean } | null };
  forms: { versionId: number | null; nextVersion: number; mayToReview: boolean; roundClosed: boolean; mostlySuppressed: unknown } | null;
};

const step = (reportId: number, who: Member, fields: Record<string, string>) =>
  post(reportPage, `/reports/${reportId}`, who.cookie, fields);
const pageOf = async (reportId: number, who: Member) => (await get(reportPage, `/reports/${reportId}`, who.cookie)).data as Page;
const versionIdOf = async (world: ReportingAlliance, reportId: number) =>
  String((await pageOf(reportId, world.people.facilitator)).forms!.versionId);

/** A coordinator of the teller's organisation chose this story for a dimension of the round's report. */
function choose(world: ReportingAlliance, storyId: number, dimension = "decisions") {
  db()
    .insert(quoteChoices)
    .values({ roundId: world.rounds.second, organisationId: world.orgs.tumaini, section: "dimension", sectionKey: dimension, storyId })
    .run();
}

function newReport(world: ReportingAlliance, roundId = world.rounds.second) {
  const created = createReport(world.people.facilitator.person(), roundId);
  if (!created.ok) throw new Error("no report");
  return created.reportId;
}

async function approveBoth(world: ReportingAlliance, reportId: number) {
  const versionId = await versionIdOf(world, reportId);
  for (const [who, org] of [
    [world.people.coordTumaini, world.orgs.tumaini],
    [world.people.coordPamoja, world.orgs.pamoja],
  ] as const)
    expect((await step(reportId, who, { intent: "approve", organisationId: String(org), ourReading: "Sawa.", versionId })).status).toBe(
      302,
    );
  return versionId;
}

/** Both readings written in draft, so that approving with the same words changes nothing; then sent to review. */
async function inReview(world: ReportingAlliance, roundId = world.rounds.second) {
  const reportId = newReport(world, roundId);
  for (const [who, org] of [
    [world.people.coordTumaini, world.orgs.tumaini],
    [world.people.coordPamoja, world.orgs.pamoja],
  ] as const)
    await step(reportId, who, { intent: "our_reading", organisationId: String(org), ourReading: "Sawa." });
  expect((await step(reportId, world.people.facilitator, { intent: "to_review" })).status).toBe(302);
  return reportId;
}

/** Version 1 sent to review, approved by both partners and released. */
async function released(world: ReportingAlliance) {
  const reportId = await inReview(world);
  const versionId = await approveBoth(world, reportId);
  expect((await step(reportId, world.people.facilitator, { intent: "release", versionId })).status).toBe(302);
  return reportId;
}

describe("a released version", () => {
  it("does not move for a new answer, a new chosen story or the INGO answering an old story: page, CSV and JSON", async () => {
    const world = reportingAlliance();
    const old = tellStory(world, "OLD-STORY", "report", { putForward: true });
    choose(world, old);
    const reportId = await released(world);
    const cookie = world.people.funder.cookie;
    const before = await everyView(reportId, cookie);
    expect(before.page.body).toContain("OLD-STORY");

    db()
      .insert(metricValues)
      .values({
        responseId: world.responseIds.get(world.people.memberTumaini.id)!,
        roundId: world.rounds.second,
        organisationId: world.orgs.tumaini,
        personId: world.people.memberTumaini.id,
        dimension: "money",
        perspective: "community",
        value: 5,
      })
      .run();
    choose(world, tellStory(world, "LATE-STORY", "report", { putForward: true, dimensions: ["money"] }), "money");
    expect(answerStory(world.people.ingo.person(), old, { heard: "We heard you.", willDo: "We will act." })).not.toBeNull();

    const after = await everyView(reportId, cookie);
    expect(after.page.data).toEqual(before.page.data);
    expect(after.csv.body).toBe(before.csv.body);
    expect(after.json.body).toBe(before.json.body);
    for (const body of bodies(after)) expect(body).not.toContain("LATE-STORY");
    const rows = parse(after.csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toContainEqual(expect.objectContaining({ section: "version", figure: "version", value: "1" }));
    expect(rows.find((r) => r.figure === "released_on")!.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(JSON.parse(after.json.body)).toMatchObject({ version: { number: 1, releasedAt: expect.any(String) } });
  });

  it("loses a quote at once when its teller narrows or withdraws consent or a coordinator takes it out", async () => {
    const world = reportingAlliance();
    const texts = ["NARROWED-LATER", "WITHDRAWN-LATER", "UNCHOSEN-LATER", "STAYS-QUOTED"];
    const ids = texts.map((text) => tellStory(world, text, "report", { putForward: true }));
    ids.forEach((id) => choose(world, id));
    const reportId = await released(world);
    const cookie = world.people.funder.cookie;
    for (const body of bodies(await everyView(reportId, cookie))) for (const text of texts) expect(body).toContain(text);
    // The version keeps references, never the words.
    const stored = db().select({ content: reportVersions.content }).from(reportVersions).all();
    for (const { content } of stored) for (const text of texts) expect(content).not.toContain(text);
    expect(stored[0].content).toContain(`story:${ids[0]}`);

    db().update(stories).set({ scope: "partners" }).where(eq(stories.id, ids[0])).run();
    expect(withdrawStory(ids[1])).toBe(true);
    db().delete(quoteChoices).where(eq(quoteChoices.storyId, ids[2])).run();
    const after = await everyView(reportId, cookie);
    for (const body of bodies(after)) {
      for (const text of texts.slice(0, 3)) expect(body).not.toContain(text);
      expect(body).toContain("STAYS-QUOTED");
    }
    // Undoing "put forward" takes a quote out as well.
    db().update(stories).set({ putForward: false }).where(eq(stories.id, ids[3])).run();
    for (const body of bodies(await everyView(reportId, cookie))) expect(body).not.toContain("STAYS-QUOTED");
  });
});

describe("the review of versions", () => {
  it("makes a new version when the content changes, and says so to the partners", async () => {
    const world = reportingAlliance();
    const reportId = newReport(world);
    await step(reportId, world.people.facilitator, { intent: "to_review" });
    const first = await pageOf(reportId, world.people.coordTumaini);
    expect(first.meta.version).toMatchObject({ number: 1, changedSince: false });
    expect((await pageOf(reportId, world.people.facilitator)).forms).toMatchObject({ mayToReview: false, nextVersion: 2 });

    choose(world, tellStory(world, "A-NEW-VOICE", "report", { putForward: true }));
    const changed = await pageOf(reportId, world.people.coordTumaini);
    expect(changed.meta.version).toMatchObject({ number: 1, changedSince: true });
    expect(JSON.stringify(changed)).not.toContain("A-NEW-VOICE");
    expect((await pageOf(reportId, world.people.facilitator)).forms).toMatchObject({ mayToReview: true, nextVersion: 2 });

    expect((await step(reportId, world.people.facilitator, { intent: "to_review" })).status).toBe(302);
    const second = await get(reportPage, `/reports/${reportId}`, world.people.coordTumaini.cookie);
    expect(second.data).toMatchObject({ meta: { version: { number: 2, changedSince: false } } });
    expect(second.body).toContain("A-NEW-VOICE");

    // An edited "what we learned" is a change too.
    await step(reportId, world.people.ingo, { intent: "what_we_learned", whatWeLearned: "Tulijifunza." });
    expect((await pageOf(reportId, world.people.ingo)).meta.version).toMatchObject({ number: 2, changedSince: true });
    const versionId = await approveBoth(world, reportId);
    const refused = await step(reportId, world.people.facilitator, { intent: "release", versionId });
    expect(refused).toMatchObject({ status: 409, data: { errors: { form: "report.error.changed" } } });
  });

  it("counts no approval of an older version", async () => {
    const world = reportingAlliance();
    const reportId = await inReview(world);
    const v1 = await versionIdOf(world, reportId);
    const tumaini = { organisationId: String(world.orgs.tumaini), ourReading: "Sawa." };
    expect((await step(reportId, world.people.coordTumaini, { intent: "approve", ...tumaini, versionId: v1 })).status).toBe(302);
    choose(world, tellStory(world, "CHANGE", "report", { putForward: true }));
    await step(reportId, world.people.facilitator, { intent: "to_review" });
    const v2 = await versionIdOf(world, reportId);
    expect(v2).not.toBe(v1);

    const stale = await step(reportId, world.people.coordTumaini, { intent: "approve", ...tumaini, versionId: v1 });
    expect(stale).toMatchObject({ status: 409, data: { errors: { form: "report.error.version_stale" } } });
    const pamoja = { organisationId: String(world.orgs.pamoja), ourReading: "Sawa.", versionId: v2 };
    expect((await step(reportId, world.people.coordPamoja, { intent: "approve", ...pamoja })).status).toBe(302);
    // Even written straight into the table, an approval of version 1 does not let version 2 out.
    db()
      .update(reportReviews)
      .set({ decision: "approved", versionId: Number(v1) })
      .where(and(eq(reportReviews.reportId, reportId), eq(reportReviews.organisationId, world.orgs.tumaini)))
      .run();
    const release = await step(reportId, world.people.facilitator, { intent: "release", versionId: v2 });
    expect(release).toMatchObject({ status: 409, data: { errors: { form: "report.error.not_approved" } } });
    expect((await step(reportId, world.people.facilitator, { intent: "release", versionId: v1 })).status).toBe(409);

    expect((await step(reportId, world.people.coordTumaini, { intent: "approve", ...tumaini, versionId: v2 })).status).toBe(302);
    expect((await step(reportId, world.people.facilitator, { intent: "release", versionId: v2 })).status).toBe(302);
    expect(db().select().from(reports).where(eq(reports.id, reportId)).get()).toMatchObject({
      status: "released",
      releasedVersionId: Number(v2),
    });
  });

  it("previews the report of an open round but never releases it", async () => {
    const world = reportingAlliance();
    const day = 86_400_000;
    const open = createRound({
      partnershipId: world.partnershipId,
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 30 * day).toISOString(),
      schedule: "none",
      instruments: [],
      invitees: [],
    });
    const reportId = newReport(world, open);
    expect((await get(reportPage, `/reports/${reportId}`, world.people.ingo.cookie)).status).toBe(200);
    await step(reportId, world.people.facilitator, { intent: "to_review" });
    expect((await pageOf(reportId, world.people.facilitator)).forms).toMatchObject({ roundClosed: false });
    const versionId = await approveBoth(world, reportId);
    const release = await step(reportId, world.people.facilitator, { intent: "release", versionId });
    expect(release).toMatchObject({ status: 409, data: { errors: { form: "report.error.round_open" } } });
    expect(db().select({ status: reports.status }).from(reports).where(eq(reports.id, reportId)).get()!.status).toBe("review");
  });

  it("asks for a second confirmation, by its field, before releasing a version whose figures are mostly hidden", async () => {
    const world = reportingAlliance({ communityRespondents: 3, k: 10 });
    const reportId = await inReview(world);
    const version = db().select().from(reportVersions).where(eq(reportVersions.reportId, reportId)).get()!;
    expect(version.suppressedCount).toBeGreaterThan(version.figureCount / 2);
    expect((await pageOf(reportId, world.people.facilitator)).forms!.mostlySuppressed).toEqual({
      suppressed: version.suppressedCount,
      figures: version.figureCount,
    });
    const versionId = await approveBoth(world, reportId);
    const unconfirmed = await step(reportId, world.people.facilitator, { intent: "release", versionId });
    expect(unconfirmed).toMatchObject({ status: 400, data: { errors: { confirmSuppressed: "report.error.confirm_suppressed" } } });
    expect(db().select({ status: reports.status }).from(reports).where(eq(reports.id, reportId)).get()!.status).toBe("review");
    const confirmed = await step(reportId, world.people.facilitator, { intent: "release", versionId, confirmSuppressed: "yes" });
    expect(confirmed.status).toBe(302);
  });
});
