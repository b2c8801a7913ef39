// Rounds of the demo partnership: two closed past rounds with answers and one open round.
// Answers go through submitResponse, like a real person's, so metrics and narratives are derived the real way.
import { eq } from "drizzle-orm";
import { narratives, outbox, responses, rounds } from "../../db/schema";
import { writeTransaction } from "../../db/client";
import { db } from "../models/platform/context.server";
import { getPerson } from "../models/people/people.server";
import { roundInstrument } from "../models/rounds/pinned-instruments.server";
import { defaultInvitees, roundInstrumentNames } from "../models/rounds/invitees.server";
import { createRound, periodLabel, stateAt, type Invitee } from "../models/rounds/rounds.server";
import { savePage, submitResponse, type Target } from "../models/rounds/responses.server";
import type { DemoContext } from "./context";
import {
  communityAnswers,
  firstPageOnly,
  ingoAnswers,
  networkAnswers,
  seededRandom,
  shuffled,
  type Rng,
  type UsedTexts,
} from "./round-answers";
import { demoTies } from "./round-network";
import { demoDecisionAnswers } from "./round-decisions";

export type DemoRounds = { past: number[]; open: number };
type Window = { opensAt: string; closesAt: string };

const DAY = 86_400_000;
const shiftDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
function shiftMonths(date: Date, months: number) {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

// The six demo accounts of the README keep the open round waiting for them.
const WAITING = ["juma@tumaini.example", "otieno@tumaini.example", "wanjiru@pamoja.example", "sanne@ghp.example"];

/** How many of each organisation's invitees send, and start without sending, per round (last: the open one). */
const TURNOUT: Record<"partnership-view" | "self-reflection", { sent: number; started: number }[]> = {
  "partnership-view": [
    { sent: 0.8, started: 1 },
    { sent: 0.75, started: 1 },
    { sent: 0.2, started: 1 },
  ],
  "self-reflection": [
    { sent: 0.85, started: 1 },
    { sent: 1, started: 0 },
    { sent: 0.2, started: 1 },
  ],
};

export function seedDemoRounds(demo: DemoContext, now: Date): DemoRounds {
  const rng = seededRandom(20260417);
  const instruments = roundInstrumentNames();
  const invitees = defaultInvitees(demo.partnershipId);
  // Three back-to-back quarters; the open one began a few days ago and closes in about two months.
  const openFrom = shiftDays(now, -4);
  const windows: Window[] = [-6, -3].map((m) => ({
    opensAt: shiftMonths(openFrom, m).toISOString(),
    closesAt: shiftMonths(openFrom, m + 3).toISOString(),
  }));
  windows.push({ opensAt: openFrom.toISOString(), closesAt: shiftDays(now, 60).toISOString() });
  // Every round starts open for all time so answers can be sent through the real door; its dates are set after.
  const ids = windows.map((w) =>
    createRound({
      partnershipId: demo.partnershipId,
      label: periodLabel(w.opensAt),
      opensAt: "2000-01-01T00:00:00.000Z",
      closesAt: "9999-12-31T00:00:00.000Z",
      schedule: "quarterly",
      instruments,
      invitees,
    }),
  );
  const waiting = new Set(WAITING.map((email) => demo.people[email]));
  ids.forEach((roundId, index) => answerRound(rng, demo, roundId, index, invitees, index === ids.length - 1 ? waiting : new Set()));
  settleDates(rng, ids, windows, now);
  return { past: ids.slice(0, -1), open: ids[ids.length - 1] };
}

function answerRound(rng: Rng, demo: DemoContext, roundId: number, index: number, invitees: Invitee[], waiting: Set<number>) {
  const used: UsedTexts = new Set();
  const targets = new Map<string, Target>();
  const targetFor = (instrument: string, organisationId: number): Target => {
    const key = `${instrument}:${organisationId}`;
    if (!targets.has(key)) {
      const found = roundInstrument(roundId, instrument, organisationId);
      if (!found) throw new Error(`demo round ${roundId} has no ${instrument}`);
      targets.set(key, { roundId, instrumentName: instrument, instrument: found.instrument, variables: found.variables });
    }
    return targets.get(key)!;
  };
  const groups = new Map<string, Invitee[]>();
  for (const invitee of invitees) {
    const key = `${invitee.instrument}:${invitee.organisationId}`;
    groups.set(key, [...(groups.get(key) ?? []), invitee]);
  }
  let turn = 0;
  for (const group of groups.values()) {
    const { instrument, organisationId } = group[0];
    const target = targetFor(instrument, organisationId);
    const people = shuffled(
      rng,
      group.filter((i) => !waiting.has(i.personId)),
    );
    if (instrument === "collaboration-network") {
      // Coordinators map their ties in every past round; in the open one only the INGO has done so yet.
      for (const i of people)
        if (index < 2 || organisationId === demo.orgs.ghp) send(target, i, networkAnswers(demoTies(demo, organisationId, index)), roundId);
      continue;
    }
    if (instrument === "decision-map") {
      // Each organisation's coordinator maps who decides in the past rounds; in the open one only the INGO has.
      const answers = demoDecisionAnswers(demo, organisationId, index);
      for (const i of people) if (answers && (index < 2 || organisationId === demo.orgs.ghp)) send(target, i, answers, roundId);
      continue;
    }
    const turnout = TURNOUT[instrument as keyof typeof TURNOUT][index];
    const sent = Math.max(index < 2 ? 3 : 0, Math.round(turnout.sent * people.length));
    people.forEach((i, n) => {
      const language = getPerson(i.personId)?.language ?? "en";
      const answers =
        instrument === "self-reflection"
          ? ingoAnswers(rng, index, used, [demo.orgs.tumaini, demo.orgs.pamoja])
          : communityAnswers(rng, language, index, used, turn++);
      if (n < sent) send(target, i, answers, roundId, language);
      else if (n < sent + turnout.started) savePage(target, { ...i, language }, 0, firstPageOnly(answers));
    });
  }
}

function send(target: Target, invitee: Invitee, answers: Record<string, unknown>, roundId: number, language = "en") {
  const result = submitResponse(target, { ...invitee, language }, `demo-${roundId}-${invitee.personId}-${invitee.instrument}`, answers);
  if (!result.ok) throw new Error(`demo answers refused for ${invitee.instrument}: ${JSON.stringify(result)}`);
}

/** Gives each round its real dates and chain, and each answer a moment inside its round. */
function settleDates(rng: Rng, ids: number[], windows: Window[], now: Date) {
  writeTransaction(db(), (tx) => {
    ids.forEach((id, index) => {
      const { opensAt, closesAt } = windows[index];
      // The schedule made each next round, so a refresh never makes them again.
      tx.update(rounds)
        .set({ opensAt, closesAt, state: stateAt(opensAt, closesAt, now), nextRoundId: ids[index + 1] ?? null })
        .where(eq(rounds.id, id))
        .run();
      // A past round's "survey open" messages were written while it stood open for the seed: in the story
      // the demo tells, they went out long ago.
      if (index < ids.length - 1) tx.delete(outbox).where(eq(outbox.roundId, id)).run();
      const from = Date.parse(opensAt);
      const until = Math.min(Date.parse(closesAt), now.getTime());
      for (const r of tx.select({ id: responses.id, status: responses.status }).from(responses).where(eq(responses.roundId, id)).all()) {
        const at = new Date(from + (until - from) * (0.05 + 0.9 * rng())).toISOString();
        tx.update(responses)
          .set({ updatedAt: at, createdAt: at, submittedAt: r.status === "submitted" ? at : null })
          .where(eq(responses.id, r.id))
          .run();
        tx.update(narratives).set({ createdAt: at }).where(eq(narratives.responseId, r.id)).run();
      }
    });
  });
}
