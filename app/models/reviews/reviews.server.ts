// The quarterly review of a round: who reads it (the partnership's INGO staff and community people, and the
// facilitator; never a funder), who writes it (the facilitator, INGO staff and community coordinators), and
// its minutes — the agenda as written, attendance by organisation, and decisions that can become actions.
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { actions, organisations, partnerships, quarterlyReviews, reviewDecisions, rounds } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { db } from "../platform/context.server";
import { listPartnershipMembers } from "../people/partnerships.server";
import type { Person } from "../people/people.server";
import { actionStandingIn } from "../listening/actions.server";
import { saveAction } from "../listening/action-writes.server";
import type { FieldErrors } from "../platform/http.server";
import { draftAgenda } from "./agenda.server";
import type { ReviewListData, ReviewPageData } from "./types";

export function reviewStandingIn(person: Person, partnershipId: number) {
  const standing = actionStandingIn(person, partnershipId);
  return {
    mayRead: person.isFacilitator || standing.member,
    mayEdit: person.isFacilitator || standing.mayEdit,
    mayMakeActions: standing.mayEdit,
  };
}

function roundOf(partnershipId: number, roundId: number) {
  return db()
    .select({ id: rounds.id, label: rounds.label, state: rounds.state })
    .from(rounds)
    .where(and(eq(rounds.id, roundId), eq(rounds.partnershipId, partnershipId)))
    .get();
}

const reviewOf = (roundId: number) => db().select().from(quarterlyReviews).where(eq(quarterlyReviews.roundId, roundId)).get() ?? null;

function decisionsOf(reviewId: number) {
  return db()
    .select({
      id: reviewDecisions.id,
      text: reviewDecisions.text,
      actionId: actions.id,
      actionTitle: actions.title,
      owner: organisations.name,
      dueOn: actions.dueOn,
    })
    .from(reviewDecisions)
    .leftJoin(actions, eq(actions.id, reviewDecisions.actionId))
    .leftJoin(organisations, eq(organisations.id, actions.ownerOrganisationId))
    .where(eq(reviewDecisions.reviewId, reviewId))
    .orderBy(asc(reviewDecisions.id))
    .all()
    .map((d) => ({
      id: d.id,
      text: d.text,
      action: d.actionId === null ? null : { id: d.actionId, title: d.actionTitle ?? "", owner: d.owner ?? "", dueOn: d.dueOn },
    }));
}

export function reviewPageFor(person: Person, partnershipId: number, roundId: number): ReviewPageData | null {
  const may = reviewStandingIn(person, partnershipId);
  const partnership = db()
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .get();
  const round = may.mayRead && partnership ? roundOf(partnershipId, roundId) : undefined;
  if (!partnership || !round) return null;
  const review = reviewOf(roundId);
  const attended = new Set(review?.attendance ?? []);
  return {
    partnership,
    round,
    draft: draftAgenda(person, partnershipId, roundId),
    agenda: review?.agenda ?? null,
    heldOn: review?.heldOn ?? null,
    organisations: listPartnershipMembers(partnershipId).map((m) => ({
      id: m.organisationId,
      name: m.name,
      attended: attended.has(m.organisationId),
    })),
    decisions: review ? decisionsOf(review.id) : [],
    mayEdit: may.mayEdit,
    mayMakeActions: may.mayMakeActions,
  };
}

export function reviewListFor(person: Person, partnershipId: number): ReviewListData | null {
  const partnership = db()
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .get();
  if (!partnership || !reviewStandingIn(person, partnershipId).mayRead) return null;
  const list = db()
    .select({
      id: rounds.id,
      label: rounds.label,
      state: rounds.state,
      heldOn: quarterlyReviews.heldOn,
      decisions: sql<number>`(select count(*) from ${reviewDecisions} where ${reviewDecisions.reviewId} = ${quarterlyReviews.id})`,
    })
    .from(rounds)
    .leftJoin(quarterlyReviews, eq(quarterlyReviews.roundId, rounds.id))
    .where(eq(rounds.partnershipId, partnershipId))
    .orderBy(desc(rounds.opensAt))
    .all();
  return {
    partnership,
    rounds: list.map((r) => ({ id: r.id, label: r.label, state: r.state, held: r.heldOn !== null, decisions: Number(r.decisions ?? 0) })),
  };
}

/** The review row of the round, made on its first edit. */
function ensureReview(partnershipId: number, roundId: number): number {
  const existing = reviewOf(roundId);
  if (existing) return existing.id;
  return db().insert(quarterlyReviews).values({ partnershipId, roundId }).returning({ id: quarterlyReviews.id }).get().id;
}

export type MinutesInput = { agenda: string; heldOn: string | null; attendance: number[] };

/** The agenda as written, the date and who attended; attendance counts only organisations of the partnership. */
export function saveMinutes(person: Person, partnershipId: number, roundId: number, input: MinutesInput): FieldErrors | null {
  const members = new Set(listPartnershipMembers(partnershipId).map((m) => m.organisationId));
  if (input.attendance.some((id) => !members.has(id))) return { attendance: "review.error.attendance" };
  const id = ensureReview(partnershipId, roundId);
  db()
    .update(quarterlyReviews)
    .set({
      agenda: input.agenda,
      heldOn: input.heldOn,
      attendance: input.attendance,
      updatedBy: person.id,
      updatedAt: new Date().toISOString(),
    })
    .where(eq(quarterlyReviews.id, id))
    .run();
  return null;
}

export type DecisionInput = { text: string; action: { owner: number; due: string | null } | null };

/**
 * A decision, and in the same step the action it becomes: the action takes the decision's words as its title,
 * the owner and the due date, and starts as proposed in this round — through the action door's own checks.
 */
export function addDecision(person: Person, partnershipId: number, roundId: number, input: DecisionInput): FieldErrors | null {
  let actionId: number | null = null;
  if (input.action) {
    if (!reviewStandingIn(person, partnershipId).mayMakeActions) return { makeAction: "review.error.make_action" };
    const saved = saveAction(person, partnershipId, {
      title: input.text,
      owner: input.action.owner,
      due: input.action.due,
      status: "proposed",
      round: roundId,
      dimensions: [],
      stories: [],
    });
    if (!saved.ok) return saved.errors;
    actionId = saved.id;
  }
  writeTransaction(db(), (tx) => {
    const existing = tx.select({ id: quarterlyReviews.id }).from(quarterlyReviews).where(eq(quarterlyReviews.roundId, roundId)).get();
    const reviewId =
      existing?.id ?? tx.insert(quarterlyReviews).values({ partnershipId, roundId }).returning({ id: quarterlyReviews.id }).get().id;
    tx.insert(reviewDecisions).values({ reviewId, text: input.text, actionId, createdBy: person.id }).run();
  });
  return null;
}
