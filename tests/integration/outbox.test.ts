// The outbox (docs/security.md 8.1): a message is written in the transaction of its cause, delivered over a
// real SMTP server, retried with growing waits when the server refuses, then marked failed with the reason.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeTransaction } from "../../db/client";
import { rounds } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { createInvitation } from "../../app/models/people/invitations.server";
import { insertRound } from "../../app/models/rounds/rounds.server";
import { answerStory } from "../../app/models/listening/answers.server";
import { backoffMs, deliverDue, MAX_ATTEMPTS } from "../../app/models/messages/delivery.server";
import { transportsFrom } from "../../app/models/messages/transports.server";
import { listeningAlliance, roundsAlliance } from "../support/alliances";
import { DAY, openRound } from "../support/world";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { outboxRow, outboxRows } from "../support/outbox";
import { plantStory } from "./planted-stories";
import { changesOfOrganisation } from "../../app/models/people/access-change-views.server";
import { decideChange } from "../../app/models/people/access-changes.server";

let sink: SmtpSink;
beforeEach(async () => {
  sink = await startSmtpSink();
});
afterEach(async () => {
  await sink.close();
});

const mailEnv = () => ({
  SMTP_URL: sink.url,
  SMTP_FROM: "Sikiliza <no-reply@sikiliza.example>",
  SIKILIZA_PUBLIC_URL: "https://sikiliza.example",
});
const deliver = (now = new Date()) => deliverDue({ transports: transportsFrom(mailEnv()), env: mailEnv(), now });

describe("a message is written with its cause", () => {
  it("writes one message per invitee when a round opens, in the round's own transaction", () => {
    const a = roundsAlliance();
    const invitees = [a.people.member, a.people.coordinator].map((p) => ({
      personId: p.id,
      organisationId: a.orgs.clo,
      instrument: "partnership-view",
    }));
    const roundId = openRound(a.partnershipId, { instruments: ["partnership-view"], invitees });
    const rows = outboxRows().sort((x, y) => x.personId! - y.personId!);
    const expected = [a.people.member.id, a.people.coordinator.id].sort((x, y) => x - y);
    expect(rows.map((r) => [r.kind, r.personId, r.roundId, r.state])).toEqual(expected.map((id) => ["round_open", id, roundId, "queued"]));
  });

  it("leaves no message behind when the transaction that would open the round fails", () => {
    const a = roundsAlliance();
    const invitee = { personId: a.people.member.id, organisationId: a.orgs.clo, instrument: "partnership-view" };
    const now = Date.now();
    expect(() =>
      writeTransaction(db(), (tx) => {
        insertRound(tx, {
          partnershipId: a.partnershipId,
          opensAt: new Date(now - DAY).toISOString(),
          closesAt: new Date(now + 30 * DAY).toISOString(),
          schedule: "none",
          instruments: ["partnership-view"],
          invitees: [invitee],
        });
        throw new Error("the cause fails after the message was written");
      }),
    ).toThrow("the cause fails");
    expect(db().select().from(rounds).all()).toEqual([]);
    expect(outboxRows()).toEqual([]);
  });

  it("writes the teller's message with the INGO's answer to their story", () => {
    const a = listeningAlliance();
    const storyId = plantStory({
      partnershipId: a.partnershipId,
      roundId: a.roundId,
      organisationId: a.orgs.tumaini,
      personId: a.people.juma.id,
      text: "The clinic turned us away again.",
      scope: "partners",
    });
    const before = outboxRows().length;
    const answerId = answerStory(a.people.sanne.person(), storyId, { heard: "We heard you.", willDo: "We will ask the clinic." });
    expect(answerId).not.toBeNull();
    const added = outboxRows().slice(before);
    expect(added.map((r) => [r.kind, r.personId, r.dedupeKey])).toEqual([
      ["story_answer", a.people.juma.id, `story_answer:${storyId}:${answerId}`],
    ]);
  });

  it("seals an invitation's address and one-time link in its row", () => {
    const a = roundsAlliance();
    const token = createInvitation(a.people.coordinator.person(), { organisationId: a.orgs.clo, role: "member" }, new Date(), {
      to: { channel: "email", address: "new.person@example.org" },
      origin: "https://sikiliza.example",
    });
    const [row] = outboxRows();
    expect(row.kind).toBe("invitation");
    expect(JSON.stringify(row)).not.toContain("new.person");
    expect(JSON.stringify(row)).not.toContain(token);
  });
});

describe("an invitation waiting for the community's approval", () => {
  it("is held in the outbox until a coordinator approves it, then sent once; a refused one is cancelled", async () => {
    const loop = listeningAlliance();
    const { facilitator, otieno } = loop.people;
    const send = (address: string) => ({ to: { channel: "email" as const, address }, origin: "https://sikiliza.example" });
    createInvitation(
      facilitator.person(),
      { organisationId: loop.orgs.tumaini, role: "coordinator" },
      new Date(),
      send("held@example.org"),
    );
    createInvitation(facilitator.person(), { organisationId: loop.orgs.tumaini, role: "member" }, new Date(), send("refused@example.org"));
    await deliver();
    expect(sink.arrived).toHaveLength(0);
    expect(outboxRows().map((r) => r.state)).toEqual(["queued", "queued"]);
    const [held, refused] = changesOfOrganisation(loop.orgs.tumaini).waiting.sort((x, y) => x.id - y.id);
    decideChange(otieno.person(), loop.orgs.tumaini, held.id, "approved");
    decideChange(otieno.person(), loop.orgs.tumaini, refused.id, "refused");
    await deliver(new Date(Date.now() + 20 * 60_000));
    expect(sink.arrived.map((m) => m.to)).toEqual([["held@example.org"]]);
    expect(outboxRows().map((r) => r.state)).toEqual(["sent", "cancelled"]);
  });
});

describe("delivery over SMTP", () => {
  it("sends each waiting message once, with a stable Message-ID, and marks it sent", async () => {
    const a = roundsAlliance();
    openRound(a.partnershipId, {
      instruments: ["partnership-view"],
      invitees: [{ personId: a.people.member.id, organisationId: a.orgs.clo, instrument: "partnership-view" }],
    });
    expect(await deliver()).toBe(1);
    expect(await deliver()).toBe(0);
    const [row] = outboxRows();
    expect(row).toMatchObject({ state: "sent", sentBy: "email", attempts: 1 });
    expect(sink.arrived).toHaveLength(1);
    expect(sink.arrived[0].to).toEqual([a.people.member.person().email]);
    expect(sink.arrived[0].messageId).toBe(`<outbox-${row.id}@sikiliza.example>`);
    expect(sink.arrived[0].text).toContain("https://sikiliza.example/");
  });

  it("retries a refusing server with growing waits, then marks the message failed with the reason", async () => {
    const a = roundsAlliance();
    openRound(a.partnershipId, {
      instruments: ["partnership-view"],
      invitees: [{ personId: a.people.member.id, organisationId: a.orgs.clo, instrument: "partnership-view" }],
    });
    sink.refuse = "Mailbox unavailable";
    let now = Date.now();
    expect(await deliver(new Date(now))).toBe(1);
    const id = outboxRows()[0].id;
    expect(outboxRow(id)).toMatchObject({ state: "queued", attempts: 1 });
    // Not again before its wait is over.
    expect(await deliver(new Date(now + backoffMs(1) - 1000))).toBe(0);
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      now += backoffMs(attempt - 1);
      expect(await deliver(new Date(now))).toBe(1);
      expect(outboxRow(id).attempts).toBe(attempt);
    }
    const failed = outboxRow(id);
    expect(failed.state).toBe("failed");
    expect(failed.lastError).toContain("550");
    expect(failed.lastError).toContain("Mailbox unavailable");
    // The reason names no address.
    expect(failed.lastError).not.toContain("@");
    expect(await deliver(new Date(now + DAY))).toBe(0);
    expect(sink.arrived).toEqual([]);
  });

  it("keeps messages waiting, sending nothing, when no SMTP server is configured", async () => {
    const a = roundsAlliance();
    openRound(a.partnershipId, {
      instruments: ["partnership-view"],
      invitees: [{ personId: a.people.member.id, organisationId: a.orgs.clo, instrument: "partnership-view" }],
    });
    expect(transportsFrom({})).toEqual({});
    expect(await deliverDue({ transports: transportsFrom({}), env: {} })).toBe(0);
    expect(outboxRows()[0]).toMatchObject({ state: "queued", attempts: 0 });
  });
});
