// The round pages, driven through their loaders and actions with real Requests: who may open a round
// and see its response rates, the facilitator's form to open one, and closing one early.
import en from "../../app/i18n/catalogues/en.json";
import sw from "../../app/i18n/catalogues/sw.json";
import { getRound, listRounds, refreshRounds } from "../../app/models/rounds/rounds.server";
import { submitResponse } from "../../app/models/rounds/responses.server";
import { roundInstrument } from "../../app/models/rounds/pinned-instruments.server";
import * as roundPage from "../../app/routes/rounds.$roundId._index";
import * as roundsList from "../../app/routes/partnerships.$partnershipId.rounds._index";
import * as newRound from "../../app/routes/partnerships.$partnershipId.rounds.new";
import * as partnershipPage from "../../app/routes/partnerships.$partnershipId._index";
import { roundsAlliance, type RoundsAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { get, post, route } from "../support/route-calls";
import { testDb } from "./setup";
import { roundInvitees, rounds } from "../../db/schema";

const catalogues: Record<string, Record<string, string>> = { en, sw };
const ROUND = route(roundPage, "/rounds/:roundId");
const ROUNDS = route(roundsList, "/partnerships/:partnershipId/rounds");
const NEW_ROUND = route(newRound, "/partnerships/:partnershipId/rounds/new");
const PARTNERSHIP = route(partnershipPage, "/partnerships/:partnershipId");
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function openRoundFor(a: RoundsAlliance) {
  const form = {
    label: "2026 Q4",
    opensOn: day(0),
    closesOn: day(60),
    schedule: "quarterly",
    instruments: ["partnership-view", "self-reflection", "collaboration-network"],
    invite: [
      `${a.people.member.id}:partnership-view`,
      `${a.people.coordinator.id}:partnership-view`,
      `${a.people.coordinator.id}:collaboration-network`,
      `${a.people.staff.id}:self-reflection`,
    ],
  };
  return { form, send: (cookie: string, fields = form) => post(NEW_ROUND, `/partnerships/${a.partnershipId}/rounds/new`, cookie, fields) };
}

async function createdRound(a: RoundsAlliance) {
  const outcome = await openRoundFor(a).send(a.people.facilitator.cookie);
  return Number(outcome.location!.split("/").pop());
}

const viewRound = (id: number, cookie: string) => get(ROUND, `/rounds/${id}`, cookie);

describe("opening a round", () => {
  it("offers every member of the community and INGO partners, ticked, and coordinators for the network and the decision map", async () => {
    const a = roundsAlliance();
    const outcome = await get(NEW_ROUND, `/partnerships/${a.partnershipId}/rounds/new`, a.people.facilitator.cookie);
    const data = outcome.data as Awaited<ReturnType<typeof newRound.loader>>;
    expect(data.instruments).toEqual(["collaboration-network", "decision-map", "partnership-view", "self-reflection"]);
    expect(data.defaults).toMatchObject({ schedule: "quarterly", opensOn: day(0) });
    expect(data.defaults.invite.sort()).toEqual([...openRoundFor(a).form.invite, `${a.people.coordinator.id}:decision-map`].sort());
    expect(data.groups.map((g) => g.name)).toEqual(["Amani Collective", "Global Aid"]);
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|email/);
  });

  it("creates the round the facilitator asked for and sends them to it", async () => {
    const a = roundsAlliance();
    const id = await createdRound(a);
    const round = getRound(id)!;
    expect(round).toMatchObject({
      label: "2026 Q4",
      state: "open",
      schedule: "quarterly",
      opensAt: `${day(0)}T00:00:00.000Z`,
      closesAt: `${day(60)}T00:00:00.000Z`,
    });
    expect(round.instruments).toHaveLength(3);
    expect(testDb().db.select().from(roundInvitees).all()).toHaveLength(4);
  });

  it.each([
    ["closesOn", { opensOn: day(10), closesOn: day(5) }, "round.error.closes_before_opens"],
    ["closesOn", { opensOn: day(-30), closesOn: day(-1) }, "round.error.closes_in_past"],
    ["opensOn", { opensOn: "2026-02-30" }, "round.error.opens_on"],
    ["label", { label: "   " }, "round.error.label"],
    ["label", { label: "x".repeat(41) }, "round.error.label"],
    ["schedule", { schedule: "weekly" }, "round.error.schedule"],
    ["instruments", { instruments: [] }, "round.error.instruments"],
    ["instruments", { instruments: ["story"] }, "round.error.instruments"],
    ["invite", { invite: [] }, "round.error.invite"],
  ])("refuses a bad %s with a message naming it, and creates nothing", async (field, change, message) => {
    const a = roundsAlliance();
    const { form, send } = openRoundFor(a);
    const outcome = await send(a.people.facilitator.cookie, { ...form, ...change });
    expect(outcome.status).toBe(400);
    expect((outcome.data as { errors: Record<string, string> }).errors[field]).toBe(message);
    expect(testDb().db.select().from(rounds).all()).toEqual([]);
    const label = {
      closesOn: "round.field.closes_on",
      opensOn: "round.field.opens_on",
      label: "round.field.label",
      schedule: "round.field.schedule",
      instruments: "round.field.instruments",
      invite: "round.field.invite",
    }[field]!;
    for (const messages of Object.values(catalogues)) expect(messages[message]).toContain(messages[label]);
  });

  it("ignores invitations the form did not offer: people outside the partnership, funders' members", async () => {
    const a = roundsAlliance();
    const { form, send } = openRoundFor(a);
    const outcome = await send(a.people.facilitator.cookie, {
      ...form,
      invite: [
        ...form.invite,
        `${a.people.outsider.id}:partnership-view`,
        `${a.people.funderMember.id}:partnership-view`,
        `${a.people.member.id}:self-reflection`,
      ],
    });
    expect(outcome.status).toBe(302);
    const people = testDb()
      .db.select()
      .from(roundInvitees)
      .all()
      .map((i) => `${i.personId}:${i.instrument}`);
    expect(people.sort()).toEqual(form.invite.sort());
  });

  it("is the facilitator's alone: anyone else gets the 404 of a page that does not exist", async () => {
    const a = roundsAlliance();
    for (const who of [a.people.coordinator, a.people.staff, a.people.member]) {
      expect((await openRoundFor(a).send(who.cookie)).status).toBe(404);
      const page = await get(NEW_ROUND, `/partnerships/${a.partnershipId}/rounds/new`, who.cookie);
      expect(page.status).toBe(404);
    }
    expect(testDb().db.select().from(rounds).all()).toEqual([]);
  });
});

describe("the round page", () => {
  it("shows response rates to the facilitator and to coordinators, never to members or funders", async () => {
    const a = roundsAlliance();
    const id = await createdRound(a);
    const found = roundInstrument(id, "partnership-view", a.orgs.clo)!;
    submitResponse(
      { roundId: id, instrumentName: "partnership-view", instrument: found.instrument, variables: found.variables },
      { personId: a.people.member.id, organisationId: a.orgs.clo, language: "sw" },
      "c1",
      { consent: "community" },
    );

    const facilitator = (await viewRound(id, a.people.facilitator.cookie)).data as Awaited<ReturnType<typeof roundPage.loader>>;
    const view = facilitator.rates!.rows.find((r) => r.instrument === "partnership-view")!;
    expect(view).toMatchObject({ organisationName: "Amani Collective", invited: 2, started: 1, submitted: 1, rate: 0.5 });
    expect(facilitator.mayClose).toBe(true);
    expect(facilitator.instruments.map((i) => i.name)).toEqual(["collaboration-network", "partnership-view", "self-reflection"]);

    // A coordinator sees the rows with the partnership's small-number rule: two invited is fewer than k = 5.
    const coordinator = (await viewRound(id, a.people.coordinator.cookie)).data as typeof facilitator;
    expect(coordinator.rates!.rows.find((r) => r.instrument === "partnership-view")).toMatchObject({
      invited: 2,
      submitted: { suppressed: true, k: 5 },
    });
    expect(coordinator.mayClose).toBe(false);

    for (const who of [a.people.member, a.people.staff, a.people.funderMember]) {
      const outcome = await viewRound(id, who.cookie);
      expect(outcome.status).toBe(200);
      const json = JSON.stringify(outcome.data);
      expect((outcome.data as typeof facilitator).rates).toBeNull();
      expect(json).not.toMatch(/"(invited|started|submitted|rate|rows|totals|organisationName)":/);
    }
    expect((await viewRound(id, a.people.member.cookie)).data).toMatchObject({
      mine: [{ instrument: "partnership-view", status: "submitted" }],
    });
    expect((await viewRound(id, a.people.funderMember.cookie)).data).toMatchObject({ mine: [] });
  });

  it("looks like a missing page to people outside the partnership, and for ids that are not there", async () => {
    const a = roundsAlliance();
    const id = await createdRound(a);
    expect((await viewRound(id, a.people.outsider.cookie)).status).toBe(404);
    expect((await viewRound(id + 100, a.people.facilitator.cookie)).status).toBe(404);
    expect((await get(ROUND, "/rounds/abc", a.people.facilitator.cookie)).status).toBe(404);
  });

  it("lets the facilitator close the round after confirming, which makes the next quarterly round", async () => {
    const a = roundsAlliance();
    const id = await createdRound(a);
    const close = (cookie: string, fields: Record<string, string>) => post(ROUND, `/rounds/${id}`, cookie, fields);
    expect((await close(a.people.coordinator.cookie, { intent: "close", confirm: "yes" })).status).toBe(404);
    const unconfirmed = await close(a.people.facilitator.cookie, { intent: "close" });
    expect(unconfirmed.status).toBe(400);
    expect((unconfirmed.data as { errors: Record<string, string> }).errors.confirm).toBe("round.error.confirm");
    expect(getRound(id)!.state).toBe("open");

    expect(await close(a.people.facilitator.cookie, { intent: "close", confirm: "yes" })).toMatchObject({
      status: 302,
      location: `/rounds/${id}`,
    });
    expect(await close(a.people.facilitator.cookie, { intent: "close", confirm: "yes" })).toMatchObject({ status: 302 });
    expect(listRounds(a.partnershipId).map((r) => r.state)).toEqual(["open", "closed"]);
    const page = (await viewRound(id, a.people.facilitator.cookie)).data as Awaited<ReturnType<typeof roundPage.loader>>;
    expect(page.round.state).toBe("closed");
    expect(page.round.nextRoundId).toBe(listRounds(a.partnershipId)[0].id);
    expect(page.mayClose).toBe(false);
  });

  it("is listed on the partnership's pages, for members too, with the link to open one for the facilitator only", async () => {
    const a = roundsAlliance();
    const id = await createdRound(a);
    refreshRounds();
    const list = (cookie: string) => get(ROUNDS, `/partnerships/${a.partnershipId}/rounds`, cookie);
    expect((await list(a.people.member.cookie)).data).toMatchObject({ rounds: [{ id, label: "2026 Q4", state: "open" }], mayOpen: false });
    expect((await list(a.people.facilitator.cookie)).data).toMatchObject({ mayOpen: true });
    expect((await list(a.people.outsider.cookie)).status).toBe(404);
    const partnership = await get(PARTNERSHIP, `/partnerships/${a.partnershipId}`, a.people.funderMember.cookie);
    expect(partnership.data).toMatchObject({ rounds: [{ id, label: "2026 Q4", state: "open" }] });
  });
});

describe("the pages as sent to the browser", () => {
  it("render the form with everyone ticked, and a refusal next to its field in Swahili", async () => {
    const a = roundsAlliance();
    const path = `/partnerships/${a.partnershipId}/rounds/new`;
    const page = await renderPage(NEW_ROUND, path, a.people.facilitator.cookie);
    expect(page.status).toBe(200);
    expect(page.html).toContain(`checked="" value="${a.people.member.id}:partnership-view"`);
    expect(page.html).toContain("Juma");
    const { form } = openRoundFor(a);
    const refused = await renderPage(NEW_ROUND, path, a.people.facilitator.cookie, { ...form, closesOn: day(-5), opensOn: day(-9) }, "sw");
    expect(refused.status).toBe(400);
    expect(refused.html).toContain(sw["round.error.closes_in_past"]);
    expect(refused.html).toContain(`value="${day(-9)}"`);
  });

  it("render the round with its rates table for the facilitator and the confirmation to close it", async () => {
    const a = roundsAlliance();
    const id = await createdRound(a);
    const page = await renderPage(ROUND, `/rounds/${id}`, a.people.facilitator.cookie);
    expect(page.status).toBe(200);
    expect(page.html).toContain(en["round.rates.title"]);
    expect(page.html).toContain("<table>");
    expect(page.html).toContain('name="confirm"');
    const member = await renderPage(ROUND, `/rounds/${id}`, a.people.member.cookie, undefined, "sw");
    expect(member.html).not.toContain("<table>");
    expect(member.html).toContain(`/rounds/${id}/respond/partnership-view`);
    expect(member.html).toContain(sw["round.state.open"]);
  });
});
