// What the facilitator sees at /admin/outbox (docs/security.md 8.1), the forms that feed the outbox (an
// invitation's "also send it to", a partnership's reminder days), each refusing bad input by its field.
import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { partnerships, rounds } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import * as adminOutbox from "../../app/routes/admin.outbox";
import * as adminInvitations from "../../app/routes/admin.invitations";
import * as adminPartnership from "../../app/routes/admin.partnerships.$partnershipId";
import { roundsAlliance } from "../support/alliances";
import { openRound } from "../support/world";
import { closeRound } from "../../app/models/rounds/rounds.server";
import { cancelStale } from "../../app/models/messages/delivery.server";
import { outboxRows } from "../support/outbox";
import { get, post, route } from "../support/route-calls";
import { demoSnapshotReady, useDemoDatabase } from "./setup";

const OUTBOX = route(adminOutbox, "/admin/outbox");
const INVITATIONS = route(adminInvitations, "/admin/invitations");
const PARTNERSHIP = route(adminPartnership, "/admin/partnerships/:partnershipId");

type Page = {
  channels: { email: boolean; sms: boolean };
  list: { id: number; kind: string; state: string; copy: { to: string; text: string } | null }[];
};

describe("the facilitator's outbox", () => {
  it("shows each message's state and, with no mail server, what to copy and to whom; nobody else may open it", async () => {
    const a = roundsAlliance();
    openRound(a.partnershipId, {
      instruments: ["partnership-view"],
      invitees: [{ personId: a.people.member.id, organisationId: a.orgs.clo, instrument: "partnership-view" }],
    });
    const page = await get(OUTBOX, "/admin/outbox", a.people.facilitator.cookie);
    expect(page.status).toBe(200);
    const data = page.data as Page;
    expect(data.channels).toEqual({ email: false, sms: false });
    expect(data.list).toMatchObject([{ kind: "round_open", state: "queued", copy: { to: a.people.member.person().email } }]);
    expect(data.list[0].copy!.text).toContain("Sikiliza");
    for (const who of [a.people.coordinator, a.people.member, a.people.staff, a.people.outsider]) {
      expect((await get(OUTBOX, "/admin/outbox", who.cookie)).status).toBe(404);
      expect((await post(OUTBOX, "/admin/outbox", who.cookie, { intent: "sent_by_hand", id: String(data.list[0].id) })).status).toBe(404);
    }
    expect(outboxRows()[0].state).toBe("queued");
  });

  it("stops offering a message to copy once it lost its reason: the round closed", async () => {
    const a = roundsAlliance();
    const roundId = openRound(a.partnershipId, {
      instruments: ["partnership-view"],
      invitees: [{ personId: a.people.member.id, organisationId: a.orgs.clo, instrument: "partnership-view" }],
    });
    closeRound(roundId);
    expect(cancelStale()).toBe(1);
    const data = (await get(OUTBOX, "/admin/outbox", a.people.facilitator.cookie)).data as Page;
    expect(data.list).toMatchObject([{ state: "cancelled", copy: null }]);
    expect(outboxRows()[0].lastError).toBe("round no longer open");
  });

  it("marks a copied message as sent by hand, once", async () => {
    const a = roundsAlliance();
    openRound(a.partnershipId, {
      instruments: ["partnership-view"],
      invitees: [{ personId: a.people.member.id, organisationId: a.orgs.clo, instrument: "partnership-view" }],
    });
    const id = String(outboxRows()[0].id);
    for (let i = 0; i < 2; i++) await post(OUTBOX, "/admin/outbox", a.people.facilitator.cookie, { intent: "sent_by_hand", id });
    expect(outboxRows()[0]).toMatchObject({ state: "sent", sentBy: "hand" });
    const data = (await get(OUTBOX, "/admin/outbox", a.people.facilitator.cookie)).data as Page;
    expect(data.list[0].copy).toBeNull();
  });
});

describe("the forms that feed it", () => {
  it("sends an invitation to the address given, and refuses one that is neither an address nor a number", async () => {
    const a = roundsAlliance();
    const bad = await post(INVITATIONS, "/admin/invitations", a.people.facilitator.cookie, {
      role: "member",
      organisationId: String(a.orgs.clo),
      sendTo: "0712 345",
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toContain("invite.error.send_to");
    expect(outboxRows()).toEqual([]);
    const good = await post(INVITATIONS, "/admin/invitations", a.people.facilitator.cookie, {
      role: "member",
      organisationId: String(a.orgs.clo),
      sendTo: "+254 712 345 678",
    });
    expect(good.data).toMatchObject({ ok: true, sent: true });
    expect(outboxRows().map((r) => [r.kind, r.channel])).toEqual([["invitation", "sms"]]);
  });

  it("writes the invitation in the language the inviter chose: by default their own; one the app does not speak is refused", async () => {
    const a = roundsAlliance();
    const send = (fields: Record<string, string>) =>
      post(INVITATIONS, "/admin/invitations", a.people.facilitator.cookie, {
        role: "member",
        organisationId: String(a.orgs.clo),
        ...fields,
      });
    const page = await get(INVITATIONS, "/admin/invitations", a.people.facilitator.cookie);
    expect(page.data).toMatchObject({ messageLanguage: a.people.facilitator.person().language });
    expect((page.data as { languages: { code: string }[] }).languages.map((l) => l.code).sort()).toEqual(["en", "fr", "nl", "sw"]);
    const refused = await send({ sendTo: "mgeni@example.org", messageLanguage: "xx" });
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("invite.error.message_language");
    expect(outboxRows()).toEqual([]);
    expect((await send({ sendTo: "mgeni@example.org", messageLanguage: "sw" })).data).toMatchObject({ ok: true, sent: true });
    expect((await send({ sendTo: "+254712345678" })).data).toMatchObject({ ok: true, sent: true });
    expect(outboxRows().map((r) => r.language)).toEqual(["sw", a.people.facilitator.person().language]);
  });

  it("sets a partnership's reminder days, and refuses days that are not whole days from 1 to 90", async () => {
    const a = roundsAlliance();
    const body = {
      name: "Coast Programme",
      k: "5",
      [`role-${a.orgs.clo}`]: "community_partner",
      [`role-${a.orgs.ingo}`]: "ingo_partner",
      [`role-${a.orgs.funder}`]: "funder",
    };
    const path = `/admin/partnerships/${a.partnershipId}`;
    const days = () => db().select().from(partnerships).where(eq(partnerships.id, a.partnershipId)).get()!.reminderDays;
    expect(days()).toEqual([7, 2]);
    for (const reminderDays of ["0", "7; 2", "100", "1,2,3,4,5"]) {
      const refused = await post(PARTNERSHIP, path, a.people.facilitator.cookie, { ...body, reminderDays });
      expect(refused.status).toBe(400);
      expect(refused.body).toContain("partnership.error.reminder_days");
    }
    expect(days()).toEqual([7, 2]);
    await post(PARTNERSHIP, path, a.people.facilitator.cookie, { ...body, reminderDays: "3, 10" });
    expect(days()).toEqual([10, 3]);
    await post(PARTNERSHIP, path, a.people.facilitator.cookie, { ...body, reminderDays: "" });
    expect(days()).toEqual([]);
  });
});

describe("in the demo", () => {
  beforeAll(demoSnapshotReady);

  it("fills the outbox when the open round opens: one waiting message for each person it invites", async () => {
    const { demo } = await useDemoDatabase();
    const open = db()
      .select()
      .from(rounds)
      .where(and(eq(rounds.partnershipId, demo.partnershipId), eq(rounds.state, "open")))
      .get()!;
    const opened = outboxRows().filter((r) => r.kind === "round_open");
    expect(opened.length).toBeGreaterThanOrEqual(4);
    expect(new Set(opened.map((r) => r.personId)).size).toBe(opened.length);
    expect(new Set(opened.map((r) => r.roundId))).toEqual(new Set([open.id]));
    expect(opened.every((r) => r.state === "queued")).toBe(true);
  });
});
