// No message says more than "something is waiting" (docs/security.md 8.2): every kind of message, in English
// and Swahili, by e-mail and SMS, is delivered through a real SMTP server and an SMS gateway stand-in, and
// what arrived is scanned for story text, anyone's name, organisations, ratings and why a person is here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actions, reports } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { answerStory } from "../../app/models/listening/answers.server";
import { createInvitation } from "../../app/models/people/invitations.server";
import { setLanguage } from "../../app/models/people/people.server";
import { composeMessage } from "../../app/models/messages/compose.server";
import { deliverDue } from "../../app/models/messages/delivery.server";
import { reportAwaitsReview } from "../../app/models/messages/notices.server";
import { setReach } from "../../app/models/messages/preferences.server";
import { remindNonResponders } from "../../app/models/messages/responders.server";
import { scheduleDueMessages } from "../../app/models/messages/schedule.server";
import { transportsFrom } from "../../app/models/messages/transports.server";
import { freshDatabase, type TestDb } from "../support/test-db";
import { listeningAlliance } from "../support/alliances";
import { DAY, openRound } from "../support/world";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { startSmsGateway, type SmsGateway } from "../support/sms-gateway";
import { outboxRows } from "../support/outbox";
import { plantStory } from "./planted-stories";

const STORY = "The outreach van stopped coming to Mombasa and the police took our condoms as evidence";
const ORGANISATIONS = ["Tumaini", "Pamoja", "Global Health Partners", "Open Fund", "Far Away"];
// Words that would tell a reader why the person is on Sikiliza, or what a message is about.
const REVEALING =
  /\b(sex|sex work\w*|lgbt\w*|gay|lesbian|trans|transgender|hiv|police|condoms?|stor(y|ies)|hadithi|rating|rated|felt heard|surveys?|utafiti|partnerships?|ushirikiano|reports?|ripoti|INGO|funders?)\b/i;
const RATING = /\b[1-5]\s*(\/|out of|kati ya)\s*5\b|★/i;

let t: TestDb;
let sink: SmtpSink;
let gateway: SmsGateway;
let names: string[];
let rows: ReturnType<typeof outboxRows>;

beforeAll(async () => {
  t = freshDatabase();
  [sink, gateway] = await Promise.all([startSmtpSink(), startSmsGateway()]);
  const a = listeningAlliance();
  names = ["Sanne", "Pieter", "Otieno", "Juma", "Wanjiru", "Grace", "Farah"];
  setLanguage(a.people.juma.id, "sw");
  setReach(a.people.wanjiru.id, { channel: "sms", phone: "+254722000111" });
  const everyone = [a.people.otieno, a.people.juma, a.people.wanjiru, a.people.sanne, a.people.pieter];
  const orgOf = new Map([
    [a.people.otieno.id, a.orgs.tumaini],
    [a.people.juma.id, a.orgs.tumaini],
    [a.people.wanjiru.id, a.orgs.pamoja],
    [a.people.sanne.id, a.orgs.ghp],
    [a.people.pieter.id, a.orgs.ghp],
  ]);
  const instrumentOf = (id: number) => (orgOf.get(id) === a.orgs.ghp ? "self-reflection" : "partnership-view");
  const roundId = openRound(a.partnershipId, {
    instruments: ["partnership-view", "self-reflection"],
    invitees: everyone.map((p) => ({ personId: p.id, organisationId: orgOf.get(p.id)!, instrument: instrumentOf(p.id) })),
    closesInDays: 5,
    opensDaysAgo: 10,
  });
  // A story with a rating, answered by the INGO: its teller hears an answer waits.
  const storyId = plantStory({
    partnershipId: a.partnershipId,
    roundId,
    organisationId: a.orgs.tumaini,
    personId: a.people.juma.id,
    text: STORY,
    scope: "partners",
    felt: 2,
    attribution: "name",
    signedName: "Juma",
  });
  answerStory(a.people.sanne.person(), storyId, { heard: "We heard that the van stopped.", willDo: "We will restart the outreach van." });
  // An action due tomorrow, owned by the INGO; a report waiting for the community's review.
  const tomorrow = new Date(Date.now() + DAY).toISOString().slice(0, 10);
  db()
    .insert(actions)
    .values({
      partnershipId: a.partnershipId,
      roundId,
      title: "Restart the Mombasa outreach van",
      ownerOrganisationId: a.orgs.ghp,
      dueOn: tomorrow,
      createdBy: a.people.pieter.id,
    })
    .run();
  const report = db()
    .insert(reports)
    .values({ roundId, partnershipId: a.partnershipId, status: "review" })
    .returning({ id: reports.id })
    .get();
  reportAwaitsReview(db(), report.id, a.partnershipId, 1);
  remindNonResponders(a.orgs.tumaini, roundId);
  createInvitation(a.people.otieno.person(), { organisationId: a.orgs.tumaini, role: "member" }, new Date(), {
    to: { channel: "email", address: "newcomer@example.org" },
    origin: "https://sikiliza.example",
    language: "en",
  });
  // Written in the language the inviter chose for it (docs/security.md 8.2).
  createInvitation(a.people.otieno.person(), { organisationId: a.orgs.tumaini, role: "member" }, new Date(), {
    to: { channel: "email", address: "mgeni@example.org" },
    origin: "https://sikiliza.example",
    language: "sw",
  });
  createInvitation(a.people.otieno.person(), { organisationId: a.orgs.tumaini, role: "member" }, new Date(), {
    to: { channel: "sms", address: "+254733000222" },
    origin: "https://sikiliza.example",
    language: "en",
  });
  // The scheduler writes the "closes soon" reminders and the action notice.
  scheduleDueMessages(new Date());
  const env = {
    SMTP_URL: sink.url,
    SMTP_FROM: "no-reply@sikiliza.example",
    SMS_GATEWAY_URL: gateway.url,
    SMS_USERNAME: gateway.username,
    SMS_API_KEY: gateway.apiKey,
    SIKILIZA_PUBLIC_URL: "https://sikiliza.example",
  };
  while ((await deliverDue({ transports: transportsFrom(env), env })) > 0);
  // Each test gets a fresh database of its own (setup.ts): keep what the outbox holds now.
  rows = outboxRows();
});

afterAll(async () => {
  t.close();
  await Promise.all([sink.close(), gateway.close()]);
});

describe("what a message says", () => {
  it("covers every kind of message, by e-mail and by SMS, in English and Swahili", () => {
    const kinds = new Set(rows.filter((r) => r.state === "sent").map((r) => r.kind));
    expect([...kinds].sort()).toEqual([
      "action_due",
      "invitation",
      "nudge",
      "report_review",
      "round_closing",
      "round_open",
      "story_answer",
    ]);
    expect(rows.filter((r) => r.state !== "sent")).toEqual([]);
    expect(gateway.texts.length).toBeGreaterThanOrEqual(2);
    expect(sink.arrived.some((m) => m.subject.startsWith("Una kitu"))).toBe(true);
    expect(sink.arrived.some((m) => m.subject.startsWith("You have something"))).toBe(true);
  });

  it("writes an invitation in the language the inviter chose: Swahili arrives in Swahili", () => {
    const swahili = sink.arrived.filter((m) => m.to.includes("mgeni@example.org"));
    expect(swahili).toHaveLength(1);
    const link = /https:\/\/sikiliza\.example\/invite\/[\w-]+/.exec(swahili[0].text)![0];
    const expected = composeMessage("invitation", "email", "sw", link);
    expect(swahili[0].subject).toBe(expected.subject);
    expect(swahili[0].text).toBe(expected.text);
    expect(swahili[0].subject).toBe("Mwaliko wa Sikiliza");
    expect(swahili[0].text).toContain("Umealikwa kwenye Sikiliza");
    // The other invitations still go out in English.
    expect(sink.arrived.find((m) => m.to.includes("newcomer@example.org"))!.subject).toBe("An invitation to Sikiliza");
  });

  it("carries no story text, no answer text, no action title, no name, no organisation, no rating", () => {
    const texts = [...sink.arrived.map((m) => `${m.subject}\n${m.text}`), ...gateway.texts.map((s) => s.message)];
    expect(texts).toHaveLength(rows.length);
    const storyWords = [STORY, "outreach van", "Mombasa", "restart"];
    for (const text of texts) {
      for (const phrase of [...storyWords, ...names, ...ORGANISATIONS]) expect(text.toLowerCase()).not.toContain(phrase.toLowerCase());
      expect(text).not.toMatch(REVEALING);
      expect(text).not.toMatch(RATING);
      // The only link is the app (or the invitation, which holds its one-time token).
      expect([...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0])).toSatisfy((links: string[]) =>
        links.every((l) => l === "https://sikiliza.example/" || /^https:\/\/sikiliza\.example\/invite\/[\w-]+$/.test(l)),
      );
    }
  });

  it("shows nothing but the neutral subject in the mail headers", () => {
    for (const m of sink.arrived) {
      const headers = m.raw.slice(0, m.raw.indexOf("\r\n\r\n"));
      for (const phrase of [...names, ...ORGANISATIONS]) expect(headers).not.toContain(phrase);
      expect(headers).not.toMatch(REVEALING);
    }
  });
});
