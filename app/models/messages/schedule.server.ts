// The messages whose cause is the calendar or a round opening: "a survey is open", "a round closes soon",
// "an action is due". Each is keyed by its cause, so writing it again (a second pass, a restart) adds nothing.
import { and, eq, gte, inArray, lte } from "drizzle-orm";
import { actions, memberships, outbox, partnerships, roundInvitees, rounds } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import { db } from "../platform/context.server";
import { enqueueForPerson, type ForPerson } from "./outbox.server";
import { isQuiet, unsentInstruments } from "./relevance.server";

const DAY = 86_400_000;
export const ACTION_DUE_NOTICE_DAYS = 3;

function invitees(tx: Db, roundId: number) {
  const rows = tx
    .selectDistinct({ personId: roundInvitees.personId, organisationId: roundInvitees.organisationId })
    .from(roundInvitees)
    .where(eq(roundInvitees.roundId, roundId))
    .all();
  return [...new Map(rows.map((r) => [r.personId, r])).values()];
}

/** Called in the transaction that opens a round (created open, or its opening date reached). */
export function roundOpened(tx: Db, roundId: number, now = new Date()) {
  for (const i of invitees(tx, roundId))
    enqueueForPerson(tx, { kind: "round_open", dedupeKey: `round_open:${roundId}:${i.personId}`, roundId, ...i }, now);
}

/** The reminder moment that passed most recently (N days before closing), if any; older ones are skipped. */
export function dueReminderDays(days: number[], opensAt: string, closesAt: string, now: Date): number | null {
  const close = Date.parse(closesAt);
  const passed = days.filter((n) => close - n * DAY <= now.getTime() && close - n * DAY > Date.parse(opensAt));
  return passed.length ? Math.min(...passed) : null;
}

function closingReminders(now: Date): ForPerson[] {
  const open = db()
    .select({ id: rounds.id, opensAt: rounds.opensAt, closesAt: rounds.closesAt, days: partnerships.reminderDays })
    .from(rounds)
    .innerJoin(partnerships, eq(partnerships.id, rounds.partnershipId))
    .where(eq(rounds.state, "open"))
    .all();
  return open.flatMap((round) => {
    const n = dueReminderDays(round.days, round.opensAt, round.closesAt, now);
    if (n === null || Date.parse(round.closesAt) <= now.getTime()) return [];
    return invitees(db(), round.id)
      .filter((i) => !isQuiet(round.id, i.personId) && unsentInstruments(round.id, i.personId).length > 0)
      .map((i) => ({ kind: "round_closing" as const, dedupeKey: `round_closing:${round.id}:${n}:${i.personId}`, roundId: round.id, ...i }));
  });
}

function actionNotices(now: Date): ForPerson[] {
  const today = now.toISOString().slice(0, 10);
  const horizon = new Date(now.getTime() + ACTION_DUE_NOTICE_DAYS * DAY).toISOString().slice(0, 10);
  const due = db()
    .select({ id: actions.id, dueOn: actions.dueOn, organisationId: actions.ownerOrganisationId })
    .from(actions)
    .where(and(inArray(actions.status, ["proposed", "started"]), gte(actions.dueOn, today), lte(actions.dueOn, horizon)))
    .all();
  return due.flatMap((a) =>
    db()
      .select({ personId: memberships.personId })
      .from(memberships)
      .where(and(eq(memberships.organisationId, a.organisationId), eq(memberships.role, "coordinator")))
      .all()
      .map(({ personId }) => ({
        kind: "action_due" as const,
        dedupeKey: `action_due:${a.id}:${a.dueOn}:${personId}`,
        personId,
        organisationId: a.organisationId,
      })),
  );
}

/** One scheduler pass: reads first, and takes the write lock only when a message is new. */
export function scheduleDueMessages(now = new Date()): number {
  const wanted = [...closingReminders(now), ...actionNotices(now)];
  if (wanted.length === 0) return 0;
  const known = new Set(
    db()
      .select({ key: outbox.dedupeKey })
      .from(outbox)
      .where(
        inArray(
          outbox.dedupeKey,
          wanted.map((w) => w.dedupeKey),
        ),
      )
      .all()
      .map((r) => r.key),
  );
  const fresh = wanted.filter((w) => !known.has(w.dedupeKey));
  if (fresh.length === 0) return 0;
  return writeTransaction(db(), (tx) => fresh.filter((m) => enqueueForPerson(tx, m, now)).length);
}
