// Rounds: one period of one partnership, the instrument versions it pinned, and who is invited.
// No cron: refreshRounds() moves states forward and makes the next quarterly round, at start and on page views.
import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from "drizzle-orm";
import { responses, roundInstruments, roundInvitees, rounds } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import { db } from "../platform/context.server";
import { preparedOnce } from "../platform/prepared.server";
import { currentVersion } from "./instruments.server";
import { roundOpened } from "../messages/schedule.server";

export type RoundState = "scheduled" | "open" | "closed";
export type Invitee = { personId: number; organisationId: number; instrument: string };
export type NewRound = {
  partnershipId: number;
  opensAt: string;
  closesAt: string;
  schedule: "quarterly" | "none";
  instruments: string[];
  invitees: Invitee[];
  label?: string;
};

export function periodLabel(opensAt: string) {
  const d = new Date(opensAt);
  return `${d.getUTCFullYear()} Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

export function stateAt(opensAt: string, closesAt: string, now: Date): RoundState {
  if (now.getTime() >= Date.parse(closesAt)) return "closed";
  return now.getTime() >= Date.parse(opensAt) ? "open" : "scheduled";
}

export function insertRound(tx: Db, input: NewRound, now = new Date()): number {
  const id = tx
    .insert(rounds)
    .values({
      partnershipId: input.partnershipId,
      label: input.label ?? periodLabel(input.opensAt),
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      schedule: input.schedule,
      state: stateAt(input.opensAt, input.closesAt, now),
    })
    .returning({ id: rounds.id })
    .get().id;
  // The round pins the instrument versions of today: later edits to a file never change these answers.
  for (const name of input.instruments)
    tx.insert(roundInstruments)
      .values({ roundId: id, instrument: name, version: currentVersion(name, input.partnershipId) })
      .run();
  const wanted = input.invitees.filter((i) => input.instruments.includes(i.instrument));
  if (wanted.length)
    tx.insert(roundInvitees)
      .values(wanted.map((i) => ({ ...i, roundId: id })))
      .onConflictDoNothing()
      .run();
  // The invitation to answer is written with the round that opens (docs/security.md 8.1).
  if (stateAt(input.opensAt, input.closesAt, now) === "open") roundOpened(tx, id, now);
  return id;
}

export function createRound(input: NewRound, now = new Date()): number {
  return writeTransaction(db(), (tx) => insertRound(tx, input, now));
}

const addMonths = (iso: string, months: number) => {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
};

/** Moves every round to the state its dates say and makes the next round of each closed quarterly one. */
export function refreshRounds(now = new Date()) {
  // Page views call this: a read first, so the write lock is taken only when a round is due to move.
  if (!roundsDueAt(now)) return;
  writeTransaction(db(), (tx) => {
    const iso = now.toISOString();
    tx.update(rounds)
      .set({ state: "closed" })
      .where(and(lte(rounds.closesAt, iso), inArray(rounds.state, ["scheduled", "open"])))
      .run();
    const opening = tx
      .update(rounds)
      .set({ state: "open" })
      .where(and(lte(rounds.opensAt, iso), eq(rounds.state, "scheduled")))
      .returning({ id: rounds.id })
      .all();
    for (const { id } of opening) roundOpened(tx, id, now);
    // A round closed long ago may need several successors; each new one is checked on the next pass.
    for (let pass = 0; pass < 12; pass++) {
      const due = tx
        .select()
        .from(rounds)
        .where(and(eq(rounds.state, "closed"), eq(rounds.schedule, "quarterly"), isNull(rounds.nextRoundId)))
        .all();
      if (due.length === 0) break;
      for (const round of due) {
        const pinned = tx.select().from(roundInstruments).where(eq(roundInstruments.roundId, round.id)).all();
        const invitees = tx.select().from(roundInvitees).where(eq(roundInvitees.roundId, round.id)).all();
        const nextId = insertRound(
          tx,
          {
            partnershipId: round.partnershipId,
            opensAt: round.closesAt,
            closesAt: addMonths(round.closesAt, 3),
            schedule: "quarterly",
            instruments: pinned.map((p) => p.instrument),
            invitees: invitees.map(({ personId, organisationId, instrument }) => ({ personId, organisationId, instrument })),
          },
          now,
        );
        tx.update(rounds).set({ nextRoundId: nextId }).where(eq(rounds.id, round.id)).run();
      }
    }
  });
}

function roundsDueAt(now: Date): boolean {
  const iso = now.toISOString();
  const due = db()
    .select({ id: rounds.id })
    .from(rounds)
    .where(
      or(
        and(lte(rounds.closesAt, iso), inArray(rounds.state, ["scheduled", "open"])),
        and(lte(rounds.opensAt, iso), eq(rounds.state, "scheduled")),
        and(eq(rounds.state, "closed"), eq(rounds.schedule, "quarterly"), isNull(rounds.nextRoundId)),
      ),
    )
    .limit(1)
    .get();
  return due !== undefined;
}

/** A facilitator may end a round early; answers freeze at once and the schedule makes the next. */
export function closeRound(roundId: number, now = new Date()) {
  db()
    .update(rounds)
    .set({ state: "closed", closesAt: now.toISOString() })
    .where(and(eq(rounds.id, roundId), inArray(rounds.state, ["open", "scheduled"])))
    .run();
  refreshRounds(now);
}

// What every answering request reads (the round, its pinned versions, the invitation): prepared once.
const reads = preparedOnce((on) => ({
  round: on
    .select()
    .from(rounds)
    .where(eq(rounds.id, sql.placeholder("roundId")))
    .prepare(),
  instruments: on
    .select()
    .from(roundInstruments)
    .where(eq(roundInstruments.roundId, sql.placeholder("roundId")))
    .orderBy(asc(roundInstruments.instrument))
    .prepare(),
  invitation: on
    .select()
    .from(roundInvitees)
    .where(
      and(
        eq(roundInvitees.roundId, sql.placeholder("roundId")),
        eq(roundInvitees.personId, sql.placeholder("personId")),
        eq(roundInvitees.instrument, sql.placeholder("instrument")),
      ),
    )
    .prepare(),
}));

export function getRound(roundId: number) {
  const run = reads(db());
  const round = run.round.get({ roundId });
  if (!round) return null;
  return { ...round, instruments: run.instruments.all({ roundId }) };
}

export function listRounds(partnershipId: number) {
  return db().select().from(rounds).where(eq(rounds.partnershipId, partnershipId)).orderBy(desc(rounds.opensAt)).all();
}

export function currentRound(partnershipId: number) {
  return (
    db()
      .select()
      .from(rounds)
      .where(and(eq(rounds.partnershipId, partnershipId), eq(rounds.state, "open")))
      .orderBy(desc(rounds.opensAt))
      .get() ?? null
  );
}

export function pinnedVersion(roundId: number, instrument: string) {
  return (
    db()
      .select({ version: roundInstruments.version })
      .from(roundInstruments)
      .where(and(eq(roundInstruments.roundId, roundId), eq(roundInstruments.instrument, instrument)))
      .get()?.version ?? null
  );
}

export function invitation(roundId: number, personId: number, instrument: string) {
  return reads(db()).invitation.get({ roundId, personId, instrument }) ?? null;
}

/** What is waiting for a person: each open round they are invited to, per instrument, with its progress. */
export function waitingFor(personId: number) {
  return db()
    .select({
      roundId: rounds.id,
      label: rounds.label,
      closesAt: rounds.closesAt,
      partnershipId: rounds.partnershipId,
      instrument: roundInvitees.instrument,
      organisationId: roundInvitees.organisationId,
      status: responses.status,
    })
    .from(roundInvitees)
    .innerJoin(rounds, eq(rounds.id, roundInvitees.roundId))
    .leftJoin(
      responses,
      and(eq(responses.roundId, rounds.id), eq(responses.personId, personId), eq(responses.instrument, roundInvitees.instrument)),
    )
    .where(and(eq(roundInvitees.personId, personId), eq(rounds.state, "open")))
    .orderBy(asc(rounds.closesAt))
    .all();
}

/** Invited, started and submitted per organisation and instrument. */
export function responseRateRows(roundId: number) {
  return db()
    .select({
      organisationId: roundInvitees.organisationId,
      instrument: roundInvitees.instrument,
      invited: sql<number>`count(*)`,
      started: sql<number>`count(${responses.id})`,
      submitted: sql<number>`sum(case when ${responses.status} = 'submitted' then 1 else 0 end)`,
    })
    .from(roundInvitees)
    .leftJoin(
      responses,
      and(
        eq(responses.roundId, roundInvitees.roundId),
        eq(responses.personId, roundInvitees.personId),
        eq(responses.instrument, roundInvitees.instrument),
      ),
    )
    .where(eq(roundInvitees.roundId, roundId))
    .groupBy(roundInvitees.organisationId, roundInvitees.instrument)
    .all()
    .map((r) => ({ ...r, submitted: Number(r.submitted ?? 0) }));
}
