// Benchmarks that name no one (docs/security.md 1.18, docs/decisions/030), read back as a person of
// partnership A receives them: the report page's HTML, the CSV and the JSON.
import { parse } from "csv-parse/sync";
import { and, eq } from "drizzle-orm";
import { benchmarkAgreements, partnershipMembers } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { isOptedIn } from "../../app/models/joint-report/benchmark-consent.server";
import { organisation, signedIn } from "../support/world";
import * as consentRoute from "../../app/routes/partnerships.$partnershipId.benchmarks";
import * as pageRoute from "../../app/routes/reports.$reportId";
import { reportingAlliance, type ReportingAlliance } from "../support/reporting-alliance";
import { otherPartnership, optIn, type OtherPartnership } from "../support/benchmark-world";
import { get, post, route } from "../support/route-calls";
import { renderPage } from "../support/render-page";
import { everyView, makeReport } from "./reports-fixture";

const CONSENT = route(consentRoute, "/partnerships/:partnershipId/benchmarks");
const PAGE = route(pageRoute, "/reports/:reportId");

type Row = Record<string, string>;
const benchmarkRows = (csv: string) => (parse(csv, { columns: true }) as Row[]).filter((row) => row.section === "benchmark");

/** A and its agreement by both collectives and the INGO, through the page. */
async function optedInA() {
  const world = reportingAlliance();
  const path = `/partnerships/${world.partnershipId}/benchmarks`;
  await post(CONSENT, path, world.people.coordTumaini.cookie, { intent: "agree", organisationId: String(world.orgs.tumaini) });
  await post(CONSENT, path, world.people.coordPamoja.cookie, { intent: "agree", organisationId: String(world.orgs.pamoja) });
  await post(CONSENT, path, world.people.ingo.cookie, { intent: "agree", organisationId: String(world.orgs.ingoOrg) });
  return world;
}

/** What A's INGO staff member reads: the page's HTML, the CSV's benchmark rows and the JSON's. */
async function whatAReads(world: ReportingAlliance, reportId: number) {
  const cookie = world.people.ingo.cookie;
  const views = await everyView(reportId, cookie);
  const html = (await renderPage(PAGE, `/reports/${reportId}`, cookie)).html;
  const section = html.match(/<section[^>]*id="benchmark"[\s\S]*?<\/section>/)?.[0] ?? "";
  const json = (JSON.parse(views.json.body) as { figures: Row[] }).figures.filter((row) => row.section === "benchmark");
  return { section, csv: benchmarkRows(views.csv.body), json, all: [html, views.csv.body, views.json.body].join("\n") };
}

// INGO self 5 against community means 2, 2.5, 3, 3.5, 4 and 1.5: gaps 3, 2.5, 2, 1.5, 1 and 3.5. Each rating is
// given by five or more people, so every gap shows in its own report.
const times = (value: number, count: number) => Array.from({ length: count }, () => value);
const GAPS: [number[], number][] = [
  [times(2, 6), 5],
  [[...times(2, 5), ...times(3, 5)], 5],
  [times(3, 6), 5],
  [[...times(3, 5), ...times(4, 5)], 5],
  [times(4, 6), 5],
  [[...times(1, 5), ...times(2, 5)], 5],
];

function others(count: number): OtherPartnership[] {
  return GAPS.slice(0, count).map(([community, self]) => otherPartnership(community, self));
}

describe("benchmark consent", () => {
  it("counts a partnership only once the INGO and every community organisation agreed, and stops at one withdrawal", async () => {
    const world = reportingAlliance();
    const path = `/partnerships/${world.partnershipId}/benchmarks`;
    const state = async () =>
      (await get(CONSENT, path, world.people.coordTumaini.cookie)).data as { optedIn: boolean; sides: { agreedBy: string | null }[] };
    await post(CONSENT, path, world.people.coordTumaini.cookie, { intent: "agree", organisationId: String(world.orgs.tumaini) });
    await post(CONSENT, path, world.people.ingo.cookie, { intent: "agree", organisationId: String(world.orgs.ingoOrg) });
    expect((await state()).optedIn).toBe(false);
    await post(CONSENT, path, world.people.coordPamoja.cookie, { intent: "agree", organisationId: String(world.orgs.pamoja) });
    const agreed = await state();
    expect(agreed.optedIn).toBe(true);
    expect(agreed.sides.every((side) => side.agreedBy !== null)).toBe(true);
    await post(CONSENT, path, world.people.coordPamoja.cookie, { intent: "withdraw", organisationId: String(world.orgs.pamoja) });
    expect((await state()).optedIn).toBe(false);
  });

  it("stops counting when an organisation joins or comes back, until it agrees in its new place", async () => {
    const world = await optedInA();
    expect(isOptedIn(world.partnershipId)).toBe(true);
    const newcomer = organisation({ name: "Newcomer Collective", kind: "community_led" });
    const coordinator = signedIn({ of: newcomer, role: "coordinator" });
    const joined = new Date(Date.now() - 60_000).toISOString();
    db()
      .insert(partnershipMembers)
      .values({ partnershipId: world.partnershipId, organisationId: newcomer, role: "community_partner", since: joined })
      .run();
    expect(isOptedIn(world.partnershipId)).toBe(false);
    const path = `/partnerships/${world.partnershipId}/benchmarks`;
    await post(CONSENT, path, coordinator.cookie, { intent: "agree", organisationId: String(newcomer) });
    expect(isOptedIn(world.partnershipId)).toBe(true);
    // Pamoja agreed in 2020, then left and was added again in 2021: that agreement was for its earlier place.
    const pamojaIn = (table: typeof partnershipMembers | typeof benchmarkAgreements) =>
      and(eq(table.partnershipId, world.partnershipId), eq(table.organisationId, world.orgs.pamoja));
    db().update(benchmarkAgreements).set({ agreedAt: "2020-01-01T00:00:00.000Z" }).where(pamojaIn(benchmarkAgreements)).run();
    db().update(partnershipMembers).set({ since: "2021-01-01T00:00:00.000Z" }).where(pamojaIn(partnershipMembers)).run();
    expect(isOptedIn(world.partnershipId)).toBe(false);
    await post(CONSENT, path, world.people.coordPamoja.cookie, { intent: "agree", organisationId: String(world.orgs.pamoja) });
    expect(isOptedIn(world.partnershipId)).toBe(true);
  });

  it("lets no one answer for an organisation they do not coordinate, and shows outsiders and funders nothing", async () => {
    const world = reportingAlliance();
    const path = `/partnerships/${world.partnershipId}/benchmarks`;
    // A member (not coordinator) of a collective, and a coordinator answering for the other collective.
    expect(
      (await post(CONSENT, path, world.people.memberTumaini.cookie, { intent: "agree", organisationId: String(world.orgs.tumaini) }))
        .status,
    ).toBe(404);
    expect(
      (await post(CONSENT, path, world.people.coordTumaini.cookie, { intent: "agree", organisationId: String(world.orgs.pamoja) })).status,
    ).toBe(404);
    expect((await get(CONSENT, path, world.people.outsider.cookie)).status).toBe(404);
    expect((await get(CONSENT, path, world.people.funder.cookie)).status).toBe(404);
    const bad = await post(CONSENT, path, world.people.coordTumaini.cookie, {
      intent: "maybe",
      organisationId: String(world.orgs.tumaini),
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain("benchmark.error.intent");
    const noOrganisation = await post(CONSENT, path, world.people.coordTumaini.cookie, { intent: "agree", organisationId: "Tumaini" });
    expect(noOrganisation.status).toBe(400);
    expect(noOrganisation.body).toContain('"organisationId":"benchmark.error.organisation"');
  });
});

describe("benchmarks in the report", () => {
  it("are absent below five contributing partnerships and appear at five", async () => {
    const world = await optedInA();
    const reportId = makeReport(world, "released");
    const four = others(4);
    four.forEach((other) => optIn(other));
    const below = await whatAReads(world, reportId);
    expect(below.csv).toEqual([]);
    expect(below.json).toEqual([]);
    expect(below.section).not.toContain("benchmark-strip");
    const fifth = otherPartnership(...GAPS[4]);
    optIn(fifth);
    const at = await whatAReads(world, reportId);
    const count = at.csv.find((row) => row.figure === "gap.other_partnerships" && row.dimension === "decisions");
    expect(count?.value).toBe("5");
    expect(at.json.length).toBe(at.csv.length);
    expect(at.section).toContain("benchmark-strip");
    // Every string translated: no message key shows through.
    expect(at.section.match(/\b(report|benchmark|dimension)\.[a-z_]+(\.[a-z_0-9-]+)*/g) ?? []).toEqual([]);
  });

  it("never counts a partnership that did not opt in, or one that withdrew, and A not opted in shows none", async () => {
    const world = await optedInA();
    const reportId = makeReport(world, "released");
    others(5).forEach((other) => optIn(other));
    // Only its INGO agreed: its gap (3.5) would fall in a bin no one else has.
    const halfway = otherPartnership(...GAPS[5]);
    optIn(halfway, ["ingo"]);
    // Asked of one partnership among many, the answer is that partnership's own.
    expect([isOptedIn(halfway.partnershipId), isOptedIn(world.partnershipId)]).toEqual([false, true]);
    const read = await whatAReads(world, reportId);
    const strip = read.csv.filter((row) => row.figure === "gap.strip" && row.dimension === "decisions");
    expect(strip.map((row) => row.note)).not.toContain("other partnerships in bin 3.5 to 4");
    expect(read.csv.find((row) => row.figure === "gap.other_partnerships")?.value).toBe("5");
    // Now it agrees fully, then one of the five withdraws: 5 again, and the sixth's bin is there.
    optIn(halfway, ["community"]);
    expect(isOptedIn(halfway.partnershipId)).toBe(true);
    expect((await whatAReads(world, reportId)).csv.find((row) => row.figure === "gap.other_partnerships")?.value).toBe("6");
    const withdrawing = await post(CONSENT, `/partnerships/${halfway.partnershipId}/benchmarks`, halfway.ingo.cookie, {
      intent: "withdraw",
      organisationId: String(halfway.ingo.person().memberships[0].organisationId),
    });
    expect(withdrawing.status).toBe(302);
    expect((await whatAReads(world, reportId)).csv.find((row) => row.figure === "gap.other_partnerships")?.value).toBe("5");
    // A itself withdraws: its report shows no benchmark at all.
    await post(CONSENT, `/partnerships/${world.partnershipId}/benchmarks`, world.people.coordPamoja.cookie, {
      intent: "withdraw",
      organisationId: String(world.orgs.pamoja),
    });
    expect((await whatAReads(world, reportId)).csv).toEqual([]);
  });

  it("lets no figure of another partnership be recovered: a new exact value in the same bin changes nothing A reads", async () => {
    const world = await optedInA();
    const reportId = makeReport(world, "released");
    const five = others(5);
    five.forEach((other) => optIn(other));
    const before = await whatAReads(world, reportId);
    // The second partnership releases a later round: gap 5 − 2.333… = 2.667 instead of 2.5, both in the bin 2.5 to 3.
    five[1].release([...times(2, 10), ...times(3, 5)], 5);
    const after = await whatAReads(world, reportId);
    expect(after.csv).toEqual(before.csv);
    expect(after.json).toEqual(before.json);
    expect(after.section).toEqual(before.section);
    // Nothing A reads names, sizes or exactly states another partnership's figure.
    for (const other of five) expect(after.all).not.toContain(other.name);
    expect(after.all).not.toMatch(/Benchmark (Collective|INGO|Partnership)/);
    for (const row of after.csv.filter((r) => r.figure.endsWith(".strip"))) expect(row.n).toBe("");
    expect(JSON.stringify([after.csv, after.json]) + after.section).not.toMatch(/2[.,]66[67]/);
    // The later release is read: the same partnership moving to another bin moves one count in the strip.
    five[1].release(times(4, 6), 5);
    const moved = (await whatAReads(world, reportId)).csv.filter((row) => row.figure === "gap.strip" && row.dimension === "decisions");
    const strip = (rows: Row[]) =>
      rows.filter((row) => row.figure === "gap.strip" && row.dimension === "decisions").map((row) => [row.note, row.value]);
    expect(strip(moved)).not.toEqual(strip(after.csv));
    expect(strip(moved)).toContainEqual(["other partnerships in bin 1 to 1.5", "2"]);
  });
});
