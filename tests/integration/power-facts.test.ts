// The facts of power (docs/decisions/023): the INGO enters them, the community organisation's coordinator
// confirms or disputes them, the report shows each beside its dimension — and only the partnership, and the
// readers of a released report, ever see one.
import { parse } from "csv-parse/sync";
import { powerFacts } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import * as factsPage from "../../app/routes/partnerships.$partnershipId.power-facts";
import { reportingAlliance, type ReportingAlliance } from "../support/reporting-alliance";
import { renderPage } from "../support/render-page";
import { get, post, route, type Outcome } from "../support/route-calls";
import { everyView, makeReport, reportPage } from "./reports-fixture";

const FACTS = route(factsPage, "/partnerships/:partnershipId/power-facts");
const pathOf = (world: ReportingAlliance, roundId = world.rounds.second) =>
  `/partnerships/${world.partnershipId}/power-facts?round=${roundId}`;
const rows = () => db().select().from(powerFacts).all();
const errors = (outcome: Outcome) => (outcome.data as { errors: Record<string, string> }).errors;

async function enter(
  world: ReportingAlliance,
  values: Record<string, string>,
  organisationId = world.orgs.tumaini,
  cookie = world.people.ingo.cookie,
) {
  return post(FACTS, pathOf(world), cookie, { intent: "enter", organisationId: String(organisationId), ...values });
}

async function judge(world: ReportingAlliance, fact: string, form: Record<string, string>, cookie = world.people.coordTumaini.cookie) {
  const row = rows().find((r) => r.fact === fact)!;
  return post(FACTS, pathOf(world), cookie, { intent: "judge", factId: String(row.id), ...form });
}

describe("entering and answering facts of power", () => {
  it("lets the INGO enter facts for a community organisation, and its coordinator confirm one and dispute another with its own value", async () => {
    const world = reportingAlliance();
    expect((await enter(world, { budget_share: "8", overhead_rate: "10", proposal_drafted_by: "ingo" })).location).toBe(pathOf(world));
    expect(rows().map((r) => [r.fact, r.value, r.verdict])).toEqual([
      ["budget_share", "8", null],
      ["overhead_rate", "10", null],
      ["proposal_drafted_by", "ingo", null],
    ]);
    expect((await judge(world, "budget_share", { verdict: "confirmed", communityValue: "", comment: "" })).status).toBe(302);
    expect(
      (await judge(world, "overhead_rate", { verdict: "disputed", communityValue: "4", comment: "Rent is not covered." })).status,
    ).toBe(302);
    expect(rows().map((r) => [r.fact, r.verdict, r.communityValue, r.communityComment])).toEqual([
      ["budget_share", "confirmed", null, null],
      ["overhead_rate", "disputed", "4", "Rent is not covered."],
      ["proposal_drafted_by", null, null, null],
    ]);
    const { html } = await renderPage(FACTS, pathOf(world), world.people.memberTumaini.cookie);
    expect(html).toContain("Rent is not covered.");
    expect(html).toContain("disputed");
  });

  it("asks the community again when the INGO changes a value, and keeps the verdict of an unchanged one", async () => {
    const world = reportingAlliance();
    await enter(world, { budget_share: "8", overhead_rate: "10" });
    await judge(world, "budget_share", { verdict: "confirmed", communityValue: "", comment: "" });
    await judge(world, "overhead_rate", { verdict: "confirmed", communityValue: "", comment: "" });
    await enter(world, { budget_share: "12", overhead_rate: "10" });
    expect(rows().map((r) => [r.fact, r.value, r.verdict])).toEqual([
      ["budget_share", "12", null],
      ["overhead_rate", "10", "confirmed"],
    ]);
  });

  it.each([
    ["a share above 100", { budget_share: "140" }, "budget_share"],
    ["days that are no whole number", { days_to_payment: "two weeks" }, "days_to_payment"],
    ["a drafter that is not a choice", { proposal_drafted_by: "the funder" }, "proposal_drafted_by"],
    ["no fact at all", {}, "form"],
  ])("refuses %s with a message naming the field, changing nothing", async (_case, values, field) => {
    const world = reportingAlliance();
    await enter(world, { budget_share: "8" });
    const outcome = await enter(world, { ...values, overhead_rate: field === "form" ? "" : "9" });
    expect(outcome.status).toBe(400);
    expect(errors(outcome)).toHaveProperty(field);
    expect(rows().map((r) => [r.fact, r.value])).toEqual([["budget_share", "8"]]);
  });

  it("refuses a dispute without the community's own value, naming it", async () => {
    const world = reportingAlliance();
    await enter(world, { budget_share: "8" });
    const outcome = await judge(world, "budget_share", { verdict: "disputed", communityValue: "", comment: "" });
    expect(outcome.status).toBe(400);
    expect(errors(outcome)).toHaveProperty("communityValue");
    expect(rows()[0].verdict).toBeNull();
  });

  it("lets only the coordinator of the organisation a fact is about answer it, and only the INGO enter facts", async () => {
    const world = reportingAlliance();
    await enter(world, { budget_share: "8" });
    const { people } = world;
    for (const who of [people.coordPamoja, people.memberTumaini, people.ingo, people.facilitator]) {
      expect((await judge(world, "budget_share", { verdict: "confirmed", communityValue: "", comment: "" }, who.cookie)).status).toBe(404);
    }
    for (const who of [people.coordTumaini, people.memberTumaini, people.facilitator]) {
      expect((await enter(world, { budget_share: "50" }, world.orgs.tumaini, who.cookie)).status).toBe(404);
    }
    // An organisation outside the partnership, or the INGO itself, is no community partner to hold facts about.
    expect((await enter(world, { budget_share: "50" }, world.orgs.elsewhere)).status).toBe(404);
    expect((await enter(world, { budget_share: "50" }, world.orgs.ingoOrg)).status).toBe(404);
    expect(rows().map((r) => [r.value, r.verdict])).toEqual([["8", null]]);
  });

  it("shows the facts page to the partnership and the facilitator, and the same 404 to the funder and outsiders", async () => {
    const world = reportingAlliance();
    await enter(world, { budget_share: "8" });
    const { people } = world;
    for (const who of [people.ingo, people.coordTumaini, people.memberTumaini, people.coordPamoja, people.facilitator]) {
      expect((await get(FACTS, pathOf(world), who.cookie)).status).toBe(200);
    }
    const missing = await get(FACTS, `/partnerships/${world.partnershipId + 100}/power-facts`, people.funder.cookie);
    for (const who of [people.funder, people.outsider]) {
      const outcome = await get(FACTS, pathOf(world), who.cookie);
      expect(outcome.status).toBe(404);
      expect(outcome.body).toBe(missing.body);
      expect(outcome.body).not.toContain("8");
    }
  });
});

type FactsSection = {
  dimension: string;
  communityMean: unknown;
  ingoSelfMean: unknown;
  facts: { fact: string; organisation: string; value: string; status: string; communityValue: string | null }[];
};

async function factsIn(world: ReportingAlliance) {
  await enter(world, { budget_share: "8", overhead_rate: "10" });
  await judge(world, "budget_share", { verdict: "confirmed", communityValue: "", comment: "A comment for the partnership only" });
  await judge(world, "overhead_rate", { verdict: "disputed", communityValue: "4", comment: "" });
}

describe("facts of power in the joint report", () => {
  it("shows each fact beside its dimension's perception, a disputed one with both values", async () => {
    const world = reportingAlliance();
    await factsIn(world);
    const reportId = makeReport(world, "draft");
    const outcome = await get(reportPage, `/reports/${reportId}`, world.people.coordTumaini.cookie);
    const sections = (
      outcome.data as {
        report: { powerFacts: FactsSection[]; perDimension: { dimension: string; gap: { community: { mean: unknown } } }[] };
      }
    ).report;
    const money = sections.powerFacts.find((s) => s.dimension === "money")!;
    expect(money.communityMean).toEqual(sections.perDimension.find((d) => d.dimension === "money")!.gap.community.mean);
    expect(typeof money.communityMean).toBe("number");
    expect(money.facts.map((f) => [f.fact, f.value, f.status, f.communityValue])).toEqual([
      ["budget_share", "8", "confirmed", null],
      ["overhead_rate", "10", "disputed", "4"],
    ]);
    const { html } = await renderPage(reportPage, `/reports/${reportId}`, world.people.coordTumaini.cookie);
    expect(html).toContain("Tumaini Collective decides 8% of the budget");
    expect(html).toMatch(/Tumaini Collective gets 10% overhead covered.*disputed.*Tumaini Collective says: 4%/s);
  });

  it("keeps facts from the funder while the report is in review", async () => {
    const world = reportingAlliance();
    await factsIn(world);
    const inReview = makeReport(world, "review");
    for (const outcome of Object.values(await everyView(inReview, world.people.funder.cookie))) expect(outcome.status).toBe(404);
  });

  it("reaches the funder in the released report, on the page and in both exports as section power_facts, without the comments", async () => {
    const released = reportingAlliance();
    await factsIn(released);
    const reportId = makeReport(released, "released");
    const views = await everyView(reportId, released.people.funder.cookie);
    expect([views.page.status, views.csv.status, views.json.status]).toEqual([200, 200, 200]);
    const csv = (parse(views.csv.body, { columns: true, bom: true }) as Record<string, string>[]).filter(
      (r) => r.section === "power_facts",
    );
    expect(csv).toContainEqual(
      expect.objectContaining({ figure: "budget_share", dimension: "money", organisation: "Tumaini Collective", value: "8" }),
    );
    expect(csv).toContainEqual(expect.objectContaining({ figure: "overhead_rate.community_value", value: "4" }));
    const json = (JSON.parse(views.json.body) as { figures: Record<string, unknown>[] }).figures.filter((r) => r.section === "power_facts");
    expect(json).toContainEqual(expect.objectContaining({ figure: "overhead_rate.status", value: "disputed" }));
    for (const body of [views.page.body, views.csv.body, views.json.body]) expect(body).not.toContain("A comment for the partnership only");
  });

  it("keeps the released version as the community approved it when a fact is corrected afterwards", async () => {
    const world = reportingAlliance();
    await factsIn(world);
    const reportId = makeReport(world, "released");
    await enter(world, { budget_share: "30" });
    const outcome = await get(reportPage, `/reports/${reportId}`, world.people.funder.cookie);
    const money = (outcome.data as { report: { powerFacts: FactsSection[] } }).report.powerFacts.find((s) => s.dimension === "money")!;
    expect(money.facts[0]).toMatchObject({ value: "8", status: "confirmed" });
  });
});
