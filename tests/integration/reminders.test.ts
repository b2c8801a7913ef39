// Each person decides (docs/security.md 8.3): the channel they chose (or none) is the only one used, a
// round they asked to be quiet about never reminds them, and reminders stop the moment they have sent.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { partnerships, people } from "../../db/schema";
import { db, keyring } from "../../app/models/platform/context.server";
import { deliverDue } from "../../app/models/messages/delivery.server";
import { transportsFrom } from "../../app/models/messages/transports.server";
import { dueReminderDays, scheduleDueMessages } from "../../app/models/messages/schedule.server";
import { reachOf, setQuiet, setReach } from "../../app/models/messages/preferences.server";
import * as accountReach from "../../app/routes/account_.reach";
import * as roundPage from "../../app/routes/rounds.$roundId._index";
import { roundsAlliance, type RoundsAlliance } from "../support/alliances";
import { DAY, openRound } from "../support/world";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { startSmsGateway, type SmsGateway } from "../support/sms-gateway";
import { markSent, outboxFor, outboxRows } from "../support/outbox";
import { post, route } from "../support/route-calls";

const REACH = route(accountReach, "/account/reach");
const ROUND = route(roundPage, "/rounds/:roundId");

let sink: SmtpSink;
let gateway: SmsGateway;
beforeEach(async () => {
  [sink, gateway] = await Promise.all([startSmtpSink(), startSmsGateway()]);
});
afterEach(async () => {
  await Promise.all([sink.close(), gateway.close()]);
});

const env = () => ({
  SMTP_URL: sink.url,
  SMTP_FROM: "no-reply@sikiliza.example",
  SMS_GATEWAY_URL: gateway.url,
  SMS_USERNAME: gateway.username,
  SMS_API_KEY: gateway.apiKey,
  SMS_SENDER: "SIKILIZA",
  SIKILIZA_PUBLIC_URL: "https://sikiliza.example",
});
const deliver = (now = new Date()) => deliverDue({ transports: transportsFrom(env()), env: env(), now });

/** A round open since yesterday that closes in `closesInDays`, inviting the community member and coordinator. */
function roundFor(a: RoundsAlliance, closesInDays = 30) {
  const invitees = [a.people.member, a.people.coordinator].map((p) => ({
    personId: p.id,
    organisationId: a.orgs.clo,
    instrument: "partnership-view",
  }));
  return openRound(a.partnershipId, { instruments: ["partnership-view"], invitees, closesInDays, opensDaysAgo: 1 });
}

describe("the channel each person chose", () => {
  it("contacts nobody who chose not to be contacted: nothing is written, nothing sent", async () => {
    const a = roundsAlliance();
    setReach(a.people.member.id, { channel: "none", phone: null });
    roundFor(a);
    expect(outboxFor(a.people.member.id)).toEqual([]);
    await deliver();
    expect(sink.arrived.map((m) => m.to)).toEqual([[a.people.coordinator.person().email]]);
    expect(gateway.texts).toEqual([]);
  });

  it("texts a person who chose SMS through the gateway, checked as the real API checks it, and sends them no e-mail", async () => {
    const a = roundsAlliance();
    setReach(a.people.member.id, { channel: "sms", phone: "+254712345678" });
    roundFor(a);
    await deliver();
    expect(gateway.refused).toEqual([]);
    expect(gateway.texts).toEqual([
      { to: "+254712345678", message: expect.stringContaining("https://sikiliza.example/"), from: "SIKILIZA" },
    ]);
    expect(sink.arrived.flatMap((m) => m.to)).not.toContain(a.people.member.person().email);
  });

  it("keeps the phone number sealed at rest, like the address", () => {
    const a = roundsAlliance();
    setReach(a.people.member.id, { channel: "sms", phone: "+254712345678" });
    const row = db().select().from(people).where(eq(people.id, a.people.member.id)).get()!;
    expect(row.phoneEnc).not.toContain("712345678");
    expect(reachOf(a.people.member.id)).toEqual({ channel: "sms", phone: "+254712345678" });
    expect(keyring().current).toBe(1);
  });

  it("cancels a waiting message when its person chooses none before it goes", async () => {
    const a = roundsAlliance();
    roundFor(a);
    setReach(a.people.member.id, { channel: "none", phone: null });
    await deliver();
    expect(outboxFor(a.people.member.id).map((r) => [r.state, r.lastError])).toEqual([["cancelled", "chose not to be contacted"]]);
    expect(sink.arrived.flatMap((m) => m.to)).not.toContain(a.people.member.person().email);
  });

  it("refuses SMS without a phone number, and a number without its country code, naming the field", async () => {
    const a = roundsAlliance();
    const none = await post(REACH, "/account/reach", a.people.member.cookie, { channel: "sms", phone: "" });
    expect(none.status).toBe(400);
    expect(none.body).toContain("reach.error.phone_needed");
    const local = await post(REACH, "/account/reach", a.people.member.cookie, { channel: "sms", phone: "0712 345 678" });
    expect(local.status).toBe(400);
    expect(local.body).toContain("reach.error.phone");
    expect(reachOf(a.people.member.id)).toEqual({ channel: "email", phone: null });
    const ok = await post(REACH, "/account/reach", a.people.member.cookie, { channel: "sms", phone: "+254 712 345 678" });
    expect(ok.location).toBe("/account/reach?saved=1");
    expect(reachOf(a.people.member.id)).toEqual({ channel: "sms", phone: "+254712345678" });
  });
});

describe("reminders before a round closes", () => {
  it("picks the reminder moment that passed most recently, and none before the round opened", () => {
    const opens = "2027-01-01T00:00:00.000Z";
    const closes = "2027-01-31T00:00:00.000Z";
    expect(dueReminderDays([7, 2], opens, closes, new Date("2027-01-20T00:00:00Z"))).toBeNull();
    expect(dueReminderDays([7, 2], opens, closes, new Date("2027-01-25T00:00:00Z"))).toBe(7);
    expect(dueReminderDays([7, 2], opens, closes, new Date("2027-01-30T00:00:00Z"))).toBe(2);
    expect(dueReminderDays([7, 2], "2027-01-28T00:00:00.000Z", closes, new Date("2027-01-30T00:00:00Z"))).toBe(2);
  });

  it("reminds those who have not sent at 7 and 2 days before closing, and stops once they send", async () => {
    const a = roundsAlliance();
    const roundId = roundFor(a, 10);
    await deliver();
    sink.arrived.length = 0;
    const close = Date.now() + 10 * DAY;
    // Seven days before closing: both are reminded, once however often the scheduler runs.
    const sevenBefore = new Date(close - 7 * DAY + 60_000);
    expect(scheduleDueMessages(sevenBefore)).toBe(2);
    expect(scheduleDueMessages(sevenBefore)).toBe(0);
    // The member sends before their reminder goes out: it is cancelled, not sent.
    markSent(roundId, a.people.member.id, a.orgs.clo, "partnership-view");
    await deliver(sevenBefore);
    expect(sink.arrived.flatMap((m) => m.to)).toEqual([a.people.coordinator.person().email]);
    const memberReminders = outboxFor(a.people.member.id).filter((r) => r.kind === "round_closing");
    expect(memberReminders.map((r) => [r.state, r.lastError])).toEqual([["cancelled", "already answered"]]);
    // Two days before: only the coordinator, who still has not sent.
    const twoBefore = new Date(close - 2 * DAY + 60_000);
    expect(scheduleDueMessages(twoBefore)).toBe(1);
    await deliver(twoBefore);
    expect(sink.arrived.flatMap((m) => m.to)).toEqual([a.people.coordinator.person().email, a.people.coordinator.person().email]);
    expect(outboxFor(a.people.member.id).filter((r) => r.kind === "round_closing")).toHaveLength(1);
  });

  it("uses the days the partnership set", () => {
    const a = roundsAlliance();
    db()
      .update(partnerships)
      .set({ reminderDays: [3] })
      .where(eq(partnerships.id, a.partnershipId))
      .run();
    roundFor(a, 10);
    const close = Date.now() + 10 * DAY;
    expect(scheduleDueMessages(new Date(close - 7 * DAY + 60_000))).toBe(0);
    expect(scheduleDueMessages(new Date(close - 3 * DAY + 60_000))).toBe(2);
    expect(
      outboxRows()
        .filter((r) => r.kind === "round_closing")
        .map((r) => r.dedupeKey.split(":")[2]),
    ).toEqual(["3", "3"]);
  });

  it("never reminds a person who asked for quiet in this round, from the round's own page", async () => {
    const a = roundsAlliance();
    const roundId = roundFor(a, 10);
    const asked = await post(ROUND, `/rounds/${roundId}`, a.people.member.cookie, { intent: "quiet", quiet: "yes" });
    expect(asked.location).toBe(`/rounds/${roundId}`);
    const close = Date.now() + 10 * DAY;
    expect(scheduleDueMessages(new Date(close - 7 * DAY + 60_000))).toBe(1);
    await deliver(new Date(close - 7 * DAY + 60_000));
    // The message written when the round opened was still waiting: it is not sent either.
    expect(outboxFor(a.people.member.id).map((r) => [r.kind, r.state, r.lastError])).toEqual([
      ["round_open", "cancelled", "asked not to be reminded"],
    ]);
    expect(sink.arrived.flatMap((m) => m.to)).not.toContain(a.people.member.person().email);
    setQuiet(roundId, a.people.member.id, false);
    expect(scheduleDueMessages(new Date(close - 2 * DAY + 60_000))).toBe(2);
  });
});
