// Whether a queued message still has a reason to go, asked again the moment it is delivered: a reminder stops
// the moment its person has sent, asked for quiet or the round closed (docs/security.md 8.3).
import { and, eq, ne } from "drizzle-orm";
import { actions, reports, responses, roundInvitees, roundQuiet, rounds, stories, type MessageKind } from "../../../db/schema";
import { db } from "../platform/context.server";
import { invitationApproval } from "../people/access-changes.server";

type Waiting = { kind: MessageKind; personId: number | null; roundId: number | null; dedupeKey: string };

const REMINDERS = new Set<MessageKind>(["round_open", "round_closing", "nudge"]);

/** Instruments of a round a person was invited to and has not sent. */
export function unsentInstruments(roundId: number, personId: number): string[] {
  return db()
    .select({ instrument: roundInvitees.instrument, status: responses.status })
    .from(roundInvitees)
    .leftJoin(
      responses,
      and(
        eq(responses.roundId, roundInvitees.roundId),
        eq(responses.personId, roundInvitees.personId),
        eq(responses.instrument, roundInvitees.instrument),
      ),
    )
    .where(and(eq(roundInvitees.roundId, roundId), eq(roundInvitees.personId, personId)))
    .all()
    .filter((r) => r.status !== "submitted")
    .map((r) => r.instrument);
}

export function isQuiet(roundId: number, personId: number): boolean {
  return !!db()
    .select()
    .from(roundQuiet)
    .where(and(eq(roundQuiet.roundId, roundId), eq(roundQuiet.personId, personId)))
    .get();
}

const invitationOf = (m: Waiting) => Number(m.dedupeKey.split(":")[1]);

/** An invitation into a community organisation waits in the outbox until its coordinators approve it (docs/security.md 1.9). */
export function isHeld(m: Waiting): boolean {
  return m.kind === "invitation" && invitationApproval(db(), invitationOf(m)) === "pending";
}

/** Null when the message should still go; otherwise the reason it no longer should. */
export function reasonNotToSend(m: Waiting): string | null {
  if (m.kind === "invitation" && invitationApproval(db(), invitationOf(m)) === "refused")
    return "refused by the organisation's coordinators";
  if (REMINDERS.has(m.kind) && m.roundId !== null && m.personId !== null) {
    const round = db().select({ state: rounds.state }).from(rounds).where(eq(rounds.id, m.roundId)).get();
    if (round?.state !== "open") return "round no longer open";
    if (isQuiet(m.roundId, m.personId)) return "asked not to be reminded";
    if (unsentInstruments(m.roundId, m.personId).length === 0) return "already answered";
  }
  const target = Number(m.dedupeKey.split(":")[1]);
  if (m.kind === "story_answer") {
    const story = db().select({ withdrawnAt: stories.withdrawnAt }).from(stories).where(eq(stories.id, target)).get();
    if (!story || story.withdrawnAt) return "story withdrawn";
  }
  if (m.kind === "action_due") {
    const open = db()
      .select({ id: actions.id })
      .from(actions)
      .where(and(eq(actions.id, target), ne(actions.status, "done"), ne(actions.status, "dropped")))
      .get();
    if (!open) return "action finished";
  }
  if (m.kind === "report_review") {
    const report = db().select({ status: reports.status }).from(reports).where(eq(reports.id, target)).get();
    if (report?.status !== "review") return "review over";
  }
  return null;
}
