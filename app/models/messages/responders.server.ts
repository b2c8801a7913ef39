// Who has answered yet (docs/security.md 8.4): a coordinator sees, for their own organisation only, who has
// sent, started or not started each instrument of an open round, and may remind those who have not, once a
// day. Nobody else sees these names: facilitators and partners keep seeing counts and rates.
import { and, eq, gte, inArray } from "drizzle-orm";
import { outbox, responses, roundInvitees, rounds } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { db } from "../platform/context.server";
import { isCoordinatorOf, personNames, type Person } from "../people/people.server";
import { partnershipsOfOrganisations } from "../people/partnerships.server";
import { enqueueForPerson } from "./outbox.server";
import { isQuiet } from "./relevance.server";
import type { RespondentStatus, RoundResponders } from "./types";

export const NUDGE_EVERY_MS = 86_400_000;

/** Only a coordinator of the organisation itself: not a facilitator, not a partner's coordinator. */
export const maySeeResponders = (person: Person, organisationId: number) => isCoordinatorOf(person, organisationId);

function openRoundsOf(organisationId: number) {
  const partnershipIds = partnershipsOfOrganisations([organisationId]).map((p) => p.partnershipId);
  if (partnershipIds.length === 0) return [];
  return db()
    .select({ id: rounds.id, label: rounds.label, closesAt: rounds.closesAt })
    .from(rounds)
    .where(and(inArray(rounds.partnershipId, partnershipIds), eq(rounds.state, "open")))
    .orderBy(rounds.closesAt)
    .all();
}

function statusRows(roundId: number, organisationId: number) {
  return db()
    .select({ personId: roundInvitees.personId, instrument: roundInvitees.instrument, status: responses.status })
    .from(roundInvitees)
    .leftJoin(
      responses,
      and(
        eq(responses.roundId, roundInvitees.roundId),
        eq(responses.personId, roundInvitees.personId),
        eq(responses.instrument, roundInvitees.instrument),
      ),
    )
    .where(and(eq(roundInvitees.roundId, roundId), eq(roundInvitees.organisationId, organisationId)))
    .all()
    .map((r) => ({
      ...r,
      status: (r.status === "submitted" ? "sent" : r.status === "draft" ? "started" : "not_started") as RespondentStatus,
    }));
}

function lastNudge(roundId: number, organisationId: number, since: Date) {
  return db()
    .select({ createdAt: outbox.createdAt })
    .from(outbox)
    .where(
      and(
        eq(outbox.kind, "nudge"),
        eq(outbox.roundId, roundId),
        eq(outbox.organisationId, organisationId),
        gte(outbox.createdAt, since.toISOString()),
      ),
    )
    .get();
}

export function respondersOf(organisationId: number, now = new Date()): RoundResponders[] {
  return openRoundsOf(organisationId).map((round) => {
    const rows = statusRows(round.id, organisationId);
    const names = personNames([...new Set(rows.map((r) => r.personId))]);
    const instruments = [...new Set(rows.map((r) => r.instrument))].sort();
    return {
      roundId: round.id,
      label: round.label,
      closesAt: round.closesAt,
      instruments: instruments.map((instrument) => ({
        instrument,
        people: rows
          .filter((r) => r.instrument === instrument)
          .map((r) => ({ name: names.get(r.personId) ?? "", status: r.status }))
          .sort((a, b) => a.name.localeCompare(b.name)),
      })),
      waiting: new Set(rows.filter((r) => r.status !== "sent").map((r) => r.personId)).size,
      mayRemind: !lastNudge(round.id, organisationId, new Date(now.getTime() - NUDGE_EVERY_MS)),
    };
  });
}

export type NudgeResult = { ok: true; queued: number } | { ok: false; reason: "not_open" | "too_soon" };

/** One reminder to everyone of the organisation who has not sent: at most once a day per round. */
export function remindNonResponders(organisationId: number, roundId: number, now = new Date()): NudgeResult {
  if (!openRoundsOf(organisationId).some((r) => r.id === roundId)) return { ok: false, reason: "not_open" };
  return writeTransaction(db(), (tx): NudgeResult => {
    if (lastNudge(roundId, organisationId, new Date(now.getTime() - NUDGE_EVERY_MS))) return { ok: false, reason: "too_soon" };
    const waiting = new Set(
      statusRows(roundId, organisationId)
        .filter((r) => r.status !== "sent")
        .map((r) => r.personId),
    );
    const day = now.toISOString().slice(0, 10);
    let queued = 0;
    for (const personId of waiting) {
      if (isQuiet(roundId, personId)) continue;
      const key = `nudge:${roundId}:${day}:${personId}`;
      if (enqueueForPerson(tx, { kind: "nudge", dedupeKey: key, personId, roundId, organisationId }, now)) queued++;
    }
    return { ok: true, queued };
  });
}
