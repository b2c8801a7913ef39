// Who decides what (docs/decisions/022): answered without JavaScript through the respond route like every
// instrument, stored one row per topic, and read back in the joint report and its exports as each organisation said it.
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { decisionAnswers, responses } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { currentVersion } from "../../app/models/rounds/instruments.server";
import { defaultInvitees } from "../../app/models/rounds/invitees.server";
import { reportingAlliance, type ReportingAlliance } from "../support/reporting-alliance";
import { renderPage } from "../support/render-page";
import { get, post } from "../support/route-calls";
import { buildAlliance, openRound } from "../support/world";
import { respondPath, respondRoute } from "./respond-route";
import { everyView, makeReport, reportPage } from "./reports-fixture";

function mappingAlliance() {
  const world = buildAlliance({
    organisations: {
      community: { name: "Tulinde", kind: "community_led" },
      ingo: { name: "Global Aid", kind: "ingo" },
      fund: { name: "Fund", kind: "funder" },
    },
    partnership: { name: "P", members: { community: "community_partner", ingo: "ingo_partner", fund: "funder" } },
    people: {
      coordinator: { of: "community", role: "coordinator" },
      member: { of: "community" },
      ingoCoordinator: { of: "ingo", role: "coordinator" },
      funder: { of: "fund", role: "coordinator" },
    },
  });
  const invitees = defaultInvitees(world.partnershipId);
  const roundId = openRound(world.partnershipId, { instruments: ["decision-map"], invitees });
  return { ...world, roundId, invitees };
}

const stored = () => db().select().from(decisionAnswers).all();

describe("answering the decision map without JavaScript", () => {
  it("invites the coordinators of the INGO and the community organisation, not members or funders", () => {
    const world = mappingAlliance();
    const mapped = world.invitees.filter((i) => i.instrument === "decision-map").map((i) => i.personId);
    expect(mapped.sort()).toEqual([world.people.coordinator.id, world.people.ingoCoordinator.id].sort());
  });

  it("renders each matrix as plain radio buttons, one field per topic, and no script from the framework", async () => {
    const world = mappingAlliance();
    const path = respondPath(world.roundId, "decision-map");
    const { status, html } = await renderPage(respondRoute, path, world.people.coordinator.cookie);
    expect(status).toBe(200);
    expect(html).toMatch(/<input type="radio" name="actual.budget"[^>]*value="ingo_alone"/);
    expect(html).toMatch(/<input type="radio" name="actual.reporting"[^>]*value="funder"/);
    expect(html).toContain("Global Aid alone");
    // The only script is the small draft keeper every instrument page has.
    expect(html.match(/<script/g)).toEqual(["<script"]);
    expect(html).toContain("/scripts/keep-draft.js");
  });

  it("stores what the coordinator posted, page by page, as one row per topic answered for the organisation", async () => {
    const world = mappingAlliance();
    const path = respondPath(world.roundId, "decision-map");
    const cookie = world.people.coordinator.cookie;
    const first = await post(respondRoute, path, cookie, {
      intent: "next",
      page: "0",
      "actual.budget": "ingo_alone",
      "actual.hiring": "funder",
    });
    expect(first.location).toBe(`${path}?page=1`);
    const last = await get(respondRoute, path, cookie);
    const clientId = (last.data as { view: { clientId: string } }).view.clientId;
    const sent = await post(respondRoute, path, cookie, { intent: "submit", page: "1", clientId, "desired.budget": "together" });
    expect(sent.location).toBe(path);
    expect(stored().map(({ topic, actual, desired, organisationId }) => ({ topic, actual, desired, organisationId }))).toEqual([
      { topic: "budget", actual: "ingo_alone", desired: "together", organisationId: world.orgs.community },
      { topic: "hiring", actual: "funder", desired: null, organisationId: world.orgs.community },
    ]);
  });

  it.each([
    ["a position that is not on the scale", { "actual.budget": "the_boss" }, "actual"],
    ["a topic the map does not ask", { "actual.weather": "together" }, "actual.weather"],
  ])("refuses %s with a message naming the field, storing nothing", async (_case, fields, field) => {
    const world = mappingAlliance();
    const path = respondPath(world.roundId, "decision-map");
    const outcome = await post(respondRoute, path, world.people.coordinator.cookie, { intent: "next", page: "0", ...fields });
    expect(outcome.status).toBe(400);
    expect(Object.keys((outcome.data as { errors: Record<string, string> }).errors)).toContain(field);
    expect(db().select().from(responses).all()).toEqual([]);
    expect(stored()).toEqual([]);
  });

  it("answers a member who was not invited, and a funder, with the 404 of a page that is not there", async () => {
    const world = mappingAlliance();
    const path = respondPath(world.roundId, "decision-map");
    for (const who of [world.people.member, world.people.funder]) {
      expect((await get(respondRoute, path, who.cookie)).status).toBe(404);
      expect((await post(respondRoute, path, who.cookie, { intent: "next", page: "0", "actual.budget": "together" })).status).toBe(404);
    }
    expect(stored()).toEqual([]);
  });
});

/** A submitted decision-map response of `organisationId` in `roundId`, with its derived rows. */
function answer(
  world: ReportingAlliance,
  roundId: number,
  organisationId: number,
  rows: { topic: string; actual: string | null; desired: string | null }[],
  submittedAt = "2024-05-01T00:00:00.000Z",
  person = organisationId === world.orgs.ingoOrg
    ? world.people.ingo
    : organisationId === world.orgs.tumaini
      ? world.people.coordTumaini
      : world.people.coordPamoja,
) {
  const responseId = db()
    .insert(responses)
    .values({
      roundId,
      instrument: "decision-map",
      version: currentVersion("decision-map"),
      organisationId,
      personId: person.id,
      answersEnc: "",
      status: "submitted",
      submittedAt,
      updatedAt: submittedAt,
    })
    .returning({ id: responses.id })
    .get().id;
  db()
    .insert(decisionAnswers)
    .values(rows.map((r) => ({ responseId, roundId, organisationId, ...r })))
    .run();
}

function mapped(world: ReportingAlliance) {
  const { first, second } = world.rounds;
  answer(world, first, world.orgs.ingoOrg, [{ topic: "budget", actual: "together", desired: "together" }]);
  answer(world, first, world.orgs.tumaini, [{ topic: "budget", actual: "ingo_alone", desired: "together" }]);
  answer(world, second, world.orgs.ingoOrg, [{ topic: "budget", actual: "together", desired: "together" }]);
  answer(world, second, world.orgs.tumaini, [{ topic: "budget", actual: "ingo_consulting", desired: "community_consulting" }]);
  answer(world, second, world.orgs.pamoja, [{ topic: "budget", actual: "ingo_alone", desired: "together" }]);
}

type Topic = {
  topic: string;
  views: { organisation: string; actual: string; desired: string }[];
  gaps: { organisation: string; gap: number }[];
  trend: { gap: number }[];
};

describe("the decision map in the joint report", () => {
  it("shows each organisation's actual and desired per topic, the INGO–community gap on the actual, and the trend", async () => {
    const world = reportingAlliance();
    mapped(world);
    const reportId = makeReport(world, "draft");
    const outcome = await get(reportPage, `/reports/${reportId}`, world.people.coordTumaini.cookie);
    const budget = (outcome.data as { report: { decisions: { topics: Topic[] } } }).report.decisions.topics[0];
    expect(budget.views.map((v) => [v.organisation, v.actual, v.desired])).toEqual([
      ["Global Partners", "together", "together"],
      ["Pamoja Network", "ingo_alone", "together"],
      ["Tumaini Collective", "ingo_consulting", "community_consulting"],
    ]);
    expect(budget.gaps.map((g) => [g.organisation, g.gap])).toEqual([
      ["Pamoja Network", 2],
      ["Tumaini Collective", 1],
    ]);
    // First round: Tumaini's gap 2 only; second: (2 + 1) / 2.
    expect(budget.trend.map((p) => p.gap)).toEqual([2, 1.5]);
  });

  it("lets the answer sent last speak for an organisation whose coordinators both answered", async () => {
    const world = reportingAlliance();
    mapped(world);
    const later = "2024-05-20T00:00:00.000Z";
    answer(
      world,
      world.rounds.second,
      world.orgs.tumaini,
      [{ topic: "budget", actual: "together", desired: "together" }],
      later,
      world.people.memberTumaini,
    );
    const reportId = makeReport(world, "draft");
    const outcome = await get(reportPage, `/reports/${reportId}`, world.people.coordTumaini.cookie);
    const budget = (outcome.data as { report: { decisions: { topics: Topic[] } } }).report.decisions.topics[0];
    expect(budget.views.find((v) => v.organisation === "Tumaini Collective")?.actual).toBe("together");
  });

  it("reaches the funder in the released version, on the page and in both exports as section decisions", async () => {
    const world = reportingAlliance();
    mapped(world);
    const reportId = makeReport(world, "released");
    const views = await everyView(reportId, world.people.funder.cookie);
    expect([views.page.status, views.csv.status, views.json.status]).toEqual([200, 200, 200]);
    const csv = (parse(views.csv.body, { columns: true, bom: true }) as Record<string, string>[]).filter((r) => r.section === "decisions");
    expect(csv).toContainEqual(
      expect.objectContaining({
        figure: "budget.actual",
        organisation: "Tumaini Collective",
        value: "ingo_consulting",
        dimension: "money",
      }),
    );
    expect(csv).toContainEqual(
      expect.objectContaining({ figure: "budget.ingo_community_gap", organisation: "Pamoja Network", value: "2" }),
    );
    const json = (JSON.parse(views.json.body) as { figures: Record<string, unknown>[] }).figures.filter((r) => r.section === "decisions");
    expect(json).toContainEqual(expect.objectContaining({ figure: "budget.desired", organisation: "Global Partners", value: "together" }));
    const { html } = await renderPage(reportPage, `/reports/${reportId}`, world.people.funder.cookie);
    expect(html).toContain("How the budget is split");
    expect(html).toContain("Tumaini Collective and the INGO see this round differently");
  });

  it("keeps a released version as frozen: an answer added afterwards does not reach the funder", async () => {
    const world = reportingAlliance();
    mapped(world);
    const reportId = makeReport(world, "released");
    db().delete(decisionAnswers).where(eq(decisionAnswers.organisationId, world.orgs.pamoja)).run();
    const outcome = await get(reportPage, `/reports/${reportId}`, world.people.funder.cookie);
    const budget = (outcome.data as { report: { decisions: { topics: Topic[] } } }).report.decisions.topics[0];
    expect(budget.views.map((v) => v.organisation)).toContain("Pamoja Network");
  });
});
