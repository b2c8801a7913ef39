// Who has answered yet (docs/security.md 8.4): a coordinator sees their own organisation's invitees by
// name and status, and can remind those who have not sent once a day; nobody else sees the names.
import { describe, expect, it } from "vitest";
import * as respondersPage from "../../app/routes/organisations.$organisationId.responders";
import { roundsAlliance } from "../support/alliances";
import { openRound, signedIn } from "../support/world";
import { markSent, outboxRows } from "../support/outbox";
import { get, post, route } from "../support/route-calls";
import { remindNonResponders } from "../../app/models/messages/responders.server";

const RESPONDERS = route(respondersPage, "/organisations/:organisationId/responders");

function world() {
  const a = roundsAlliance();
  const amina = signedIn({ name: "Amina", of: a.orgs.clo });
  const invite = (personId: number, organisationId: number, instrument: string) => ({ personId, organisationId, instrument });
  const roundId = openRound(a.partnershipId, {
    instruments: ["partnership-view", "self-reflection"],
    invitees: [
      invite(a.people.member.id, a.orgs.clo, "partnership-view"),
      invite(amina.id, a.orgs.clo, "partnership-view"),
      invite(a.people.coordinator.id, a.orgs.clo, "partnership-view"),
      invite(a.people.staff.id, a.orgs.ingo, "self-reflection"),
    ],
  });
  markSent(roundId, a.people.member.id, a.orgs.clo, "partnership-view");
  return { ...a, amina, roundId };
}

describe("who has answered", () => {
  it("shows the coordinator their own organisation's invitees: sent, started, not started", async () => {
    const w = world();
    const page = await get(RESPONDERS, `/organisations/${w.orgs.clo}/responders`, w.people.coordinator.cookie);
    expect(page.status).toBe(200);
    const [round] = (page.data as { rounds: { instruments: { instrument: string; people: { name: string; status: string }[] }[] }[] })
      .rounds;
    expect(round.instruments).toEqual([
      {
        instrument: "partnership-view",
        people: [
          { name: "Achieng", status: "not_started" },
          { name: "Amina", status: "not_started" },
          { name: "Juma", status: "sent" },
        ],
      },
    ]);
    // The INGO's invitee is not theirs to see.
    expect(page.body).not.toContain("Sanne");
  });

  it("is a page that is not there for everyone else: members, partners' coordinators, outsiders, facilitators", async () => {
    const w = world();
    const path = `/organisations/${w.orgs.clo}/responders`;
    const ingoCoordinator = signedIn({ name: "Pieter", of: w.orgs.ingo, role: "coordinator" });
    for (const who of [w.people.member, w.people.staff, ingoCoordinator, w.people.outsider, w.people.facilitator, w.people.funderMember]) {
      const page = await get(RESPONDERS, path, who.cookie);
      expect(page.status).toBe(404);
      expect(page.body).not.toContain("Amina");
      const nudge = await post(RESPONDERS, path, who.cookie, { roundId: String(w.roundId) });
      expect(nudge.status).toBe(404);
    }
    expect(outboxRows().filter((r) => r.kind === "nudge")).toEqual([]);
  });

  it("reminds those who have not sent, once a day at most", async () => {
    const w = world();
    const path = `/organisations/${w.orgs.clo}/responders`;
    const first = await post(RESPONDERS, path, w.people.coordinator.cookie, { roundId: String(w.roundId) });
    expect(first.data).toMatchObject({ ok: true, queued: 2 });
    const nudged = outboxRows().filter((r) => r.kind === "nudge");
    expect(nudged.map((r) => r.personId).sort()).toEqual([w.people.coordinator.id, w.amina.id].sort());
    const again = await post(RESPONDERS, path, w.people.coordinator.cookie, { roundId: String(w.roundId) });
    expect(again.data).toMatchObject({ ok: false, reason: "too_soon" });
    expect(remindNonResponders(w.orgs.clo, w.roundId, new Date(Date.now() + 25 * 3_600_000))).toMatchObject({ ok: true, queued: 2 });
    const page = await get(RESPONDERS, path, w.people.coordinator.cookie);
    expect((page.data as { rounds: { mayRemind: boolean }[] }).rounds[0].mayRemind).toBe(false);
  });

  it("refuses a round of another partnership or a made-up id without writing anything", async () => {
    const w = world();
    const path = `/organisations/${w.orgs.clo}/responders`;
    for (const roundId of ["999999", "abc", ""]) {
      const out = await post(RESPONDERS, path, w.people.coordinator.cookie, { roundId });
      expect(out.data).toMatchObject({ ok: false, reason: "not_open" });
    }
    expect(outboxRows().filter((r) => r.kind === "nudge")).toEqual([]);
  });
});
