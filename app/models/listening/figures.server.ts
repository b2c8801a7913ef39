// The facts the listening figures are counted from: when a story was told, first read, first answered,
// whether it led to an action and how heard its teller felt. Counts and timestamps only — never a text,
// a name or who read it — so they need no reader's consent; withdrawn stories are passed as withdrawn
// and reports/listening-figures.ts leaves them out of every figure (docs/security.md 1.8).
import { and, desc, eq, ne } from "drizzle-orm";
import { partnerships, rounds } from "../../../db/schema";
import { listeningFigures, type ListeningFigures } from "../../../reports/listening-figures";
import { suppressListening } from "../../../reports/suppress-listening";
import type { ListeningAction, ListeningStory } from "../../../reports/types";
import { standingIn } from "../consent.server";
import { db } from "../platform/context.server";
import { reportListeningFacts } from "../joint-report/listening.server";
import type { Person } from "../people/people.server";

/**
 * One loader for these facts in the whole app: the joint report's (report-listening.server.ts) already
 * reads them in four aggregate queries, so the listening page counts from exactly the same rows.
 */
export function listeningFactsFor(partnershipId: number, roundIds: number[]): { stories: ListeningStory[]; actions: ListeningAction[] } {
  return reportListeningFacts(partnershipId, roundIds);
}

export function listeningFiguresFor(partnershipId: number, roundId: number, now: Date | string = new Date()): ListeningFigures {
  const facts = listeningFactsFor(partnershipId, [roundId]);
  return listeningFigures(facts.stories, facts.actions, roundId, typeof now === "string" ? now : now.toISOString());
}

/**
 * Every round that has begun, newest first, with its figures suppressed below the partnership's k: the
 * tellers are the people to protect, so a share resting on fewer than k stories is not shown.
 */
export function listeningByRound(partnershipId: number, now = new Date()) {
  const k = db().select({ k: partnerships.k }).from(partnerships).where(eq(partnerships.id, partnershipId)).get()?.k ?? 5;
  const roundRows = db()
    .select({ id: rounds.id, label: rounds.label, state: rounds.state })
    .from(rounds)
    .where(and(eq(rounds.partnershipId, partnershipId), ne(rounds.state, "scheduled")))
    .orderBy(desc(rounds.opensAt))
    .all();
  const facts = listeningFactsFor(
    partnershipId,
    roundRows.map((r) => r.id),
  );
  return {
    k,
    rounds: roundRows.map((r) => ({
      id: r.id,
      label: r.label,
      state: r.state,
      figures: suppressListening(listeningFigures(facts.stories, facts.actions, r.id, now.toISOString()), k),
    })),
  };
}

/** Partnership members, INGO and community side; funders read listening figures only in released reports. */
export function mayViewListening(person: Person, partnershipId: number): boolean {
  const s = standingIn(person, partnershipId);
  return s.ingoStaff || s.community;
}
