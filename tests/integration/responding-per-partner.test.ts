// The self-reflection asked per community partner through the respond route: plain form posts (no script),
// one rating per dimension, side and partner, stored with about_organisation_id; a response begun on the
// pooled form keeps that form and stays pooled. surveys/self-reflection-partners.ts holds the expansion.
import { eq } from "drizzle-orm";
import { metricValues, responses } from "../../db/schema";
import { currentVersion } from "../../app/models/rounds/instruments.server";
import { roundInstrument } from "../../app/models/rounds/pinned-instruments.server";
import { savePage } from "../../app/models/rounds/responses.server";
import { buildAlliance, openRound } from "../support/world";
import { renderPage } from "../support/render-page";
import { get, post, type Outcome } from "../support/route-calls";
import { respondPath, respondRoute } from "./respond-route";
import { testDb } from "./setup";

type Element = { name: string; title: string; naName?: string };
type AnswerData = { view: { page: { elements: Element[] }; clientId: string | null } };
const page = (outcome: Outcome) => (outcome.data as AnswerData).view.page;

function twoPartners() {
  const world = buildAlliance({
    organisations: {
      amani: { name: "Amani Collective", kind: "community_led" },
      sauti: { name: "Sauti Network", kind: "community_led" },
      ingo: { name: "Global Aid", kind: "ingo" },
    },
    partnership: { name: "Coast Programme", members: { amani: "community_partner", sauti: "community_partner", ingo: "ingo_partner" } },
    people: { staff: { name: "Sanne", of: "ingo" } },
  });
  const roundId = openRound(world.partnershipId, {
    instruments: ["partnership-view", "self-reflection"],
    invitees: [{ personId: world.people.staff.id, organisationId: world.orgs.ingo, instrument: "self-reflection" }],
  });
  return { ...world, roundId, path: respondPath(roundId, "self-reflection") };
}

/** Pages 1..4 with nothing more, then the send from the last page; answers for page 0 come first. */
async function answerAndSend(world: ReturnType<typeof twoPartners>, first: Record<string, string>) {
  const cookie = world.people.staff.cookie;
  expect((await post(respondRoute, world.path, cookie, { intent: "next", page: "0", ...first })).location).toBe(`${world.path}?page=1`);
  for (const index of [1, 2, 3, 4]) await post(respondRoute, world.path, cookie, { intent: "next", page: String(index) });
  const clientId = (await get(respondRoute, world.path, cookie)).data as AnswerData;
  const sent = await post(respondRoute, world.path, cookie, {
    intent: "submit",
    page: "5",
    clientId: clientId.view.clientId!,
    consent: "partners",
  });
  expect(sent.location).toBe(world.path);
}

describe("the self-reflection per community partner", () => {
  it("asks each rating once per partner, the partner named in the question, in plain HTML form fields", async () => {
    const world = twoPartners();
    const elements = page(await get(respondRoute, world.path, world.people.staff.cookie)).elements;
    const { amani, sauti } = world.orgs;
    expect(elements.slice(0, 4).map((e) => [e.name, e.title])).toEqual([
      [`decisions_self__${amani}`, "We make decisions about this programme together with Amani Collective."],
      [`decisions_self__${sauti}`, "We make decisions about this programme together with Sauti Network."],
      [
        `decisions_prediction__${amani}`,
        "How do you think Amani Collective will answer: «Decisions about this programme are made together with us.»?",
      ],
      [
        `decisions_prediction__${sauti}`,
        "How do you think Sauti Network will answer: «Decisions about this programme are made together with us.»?",
      ],
    ]);
    // Without JavaScript: radio inputs named after the per-partner question, "don't know" in the same group.
    const { html } = await renderPage(respondRoute, world.path, world.people.staff.cookie);
    expect(html).toContain(`name="decisions_self__${sauti}"`);
    expect(html).toContain("together with Sauti Network.");
    expect(html).not.toMatch(/<script(?![^>]*src)/);
  });

  it("stores one rating per dimension, side and partner with the organisation it is about, under the pinned version", async () => {
    const world = twoPartners();
    const { amani, sauti } = world.orgs;
    await answerAndSend(world, {
      [`decisions_self__${amani}`]: "5",
      [`decisions_self__${sauti}`]: "2",
      [`decisions_prediction__${amani}`]: "4",
      [`decisions_prediction__${sauti}`]: "na",
      decisions_example: "We asked Amani first, Sauti last.",
    });
    const rows = testDb().db.select().from(metricValues).all();
    expect(rows.map((m) => [m.dimension, m.perspective, m.value, m.organisationId, m.aboutOrganisationId])).toEqual(
      expect.arrayContaining([
        ["decisions", "ingo_self", 5, world.orgs.ingo, amani],
        ["decisions", "ingo_self", 2, world.orgs.ingo, sauti],
        ["decisions", "ingo_prediction", 4, world.orgs.ingo, amani],
        ["decisions", "ingo_prediction", null, world.orgs.ingo, sauti],
      ]),
    );
    expect(rows).toHaveLength(4);
    const response = testDb().db.select().from(responses).where(eq(responses.personId, world.people.staff.id)).get()!;
    expect(response).toMatchObject({ status: "submitted", version: currentVersion("self-reflection") });
  });

  it("refuses a field for an organisation outside the partnership, naming it, and stores nothing", async () => {
    const world = twoPartners();
    const outcome = await post(respondRoute, world.path, world.people.staff.cookie, {
      intent: "next",
      page: "0",
      decisions_self__999: "5",
    });
    expect(outcome.status).toBe(400);
    expect(Object.keys((outcome.data as { errors: Record<string, string> }).errors)).toContain("decisions_self__999");
    expect(testDb().db.select().from(responses).all()).toHaveLength(0);
  });

  it("lets a response begun on the pooled form finish on it, its ratings pooled (about no organisation)", async () => {
    const world = twoPartners();
    const pooled = roundInstrument(world.roundId, "self-reflection", world.orgs.ingo, { pooled: true })!;
    const target = {
      roundId: world.roundId,
      instrumentName: "self-reflection",
      instrument: pooled.instrument,
      variables: pooled.variables,
    };
    const who = { personId: world.people.staff.id, organisationId: world.orgs.ingo, language: "en" };
    expect(savePage(target, who, 0, { decisions_self: 4 }, { resumeAt: 1 }).ok).toBe(true);

    expect(page(await get(respondRoute, `${world.path}?page=0`, world.people.staff.cookie)).elements[0].name).toBe("decisions_self");
    await answerAndSend(world, { decisions_self: "3" });
    const rows = testDb().db.select().from(metricValues).all();
    expect(rows.map((m) => [m.perspective, m.value, m.aboutOrganisationId])).toEqual([["ingo_self", 3, null]]);
  });
});
