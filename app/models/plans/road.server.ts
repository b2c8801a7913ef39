// The partnership's Road to Progress: milestones in order, each with its status and the actions under it.
// Every edit writes the change and its history row in one transaction (docs/decisions/028).
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { roadMilestoneActions, roadMilestones } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import { db } from "../platform/context.server";
import type { Person } from "../people/people.server";
import { newFormToken } from "../platform/form-tokens.server";
import { planHistory, recordChange, type ChangeRecord } from "./history.server";
import { listPlanActions, planActionOf } from "./plan-actions.server";
import { planStandingIn } from "./standing.server";
import type { Outcome } from "./goal-tree.server";
import type { Milestone, MilestoneStatus, PlanAction, RoadPageData } from "./types";

const milestonesOf = (partnershipId: number, tx: Db = db()) =>
  tx
    .select()
    .from(roadMilestones)
    .where(eq(roadMilestones.partnershipId, partnershipId))
    .orderBy(asc(roadMilestones.position), asc(roadMilestones.id))
    .all();

export function buildRoad(
  rows: { id: number; position: number; title: string; status: MilestoneStatus }[],
  links: { milestoneId: number; actionId: number }[],
  actions: Map<number, PlanAction>,
): Milestone[] {
  return rows.map((r) => ({
    id: r.id,
    position: r.position,
    title: r.title,
    status: r.status,
    actions: links
      .filter((l) => l.milestoneId === r.id)
      .map((l) => actions.get(l.actionId))
      .filter((a): a is PlanAction => a !== undefined),
  }));
}

export function roadPageFor(person: Person, partnershipId: number): RoadPageData | null {
  const standing = planStandingIn(person, partnershipId);
  if (!standing) return null;
  const rows = milestonesOf(partnershipId);
  const links = rows.length
    ? db()
        .select()
        .from(roadMilestoneActions)
        .where(
          inArray(
            roadMilestoneActions.milestoneId,
            rows.map((r) => r.id),
          ),
        )
        .orderBy(asc(roadMilestoneActions.actionId))
        .all()
    : [];
  const actions = listPlanActions(partnershipId);
  return {
    partnership: standing.partnership,
    mayEdit: standing.mayEdit,
    actions,
    milestones: buildRoad(rows, links, new Map(actions.map((a) => [a.id, a]))),
    history: planHistory(person, partnershipId, "road", null),
    formToken: newFormToken(),
  };
}

type Change = ChangeRecord["change"];

/** Checked before a form is read, so an outsider's refusal is the same 404 whatever they send. */
export function mayEditRoad(person: Person, partnershipId: number): boolean {
  const standing = planStandingIn(person, partnershipId);
  return Boolean(standing?.mayEdit && standing.actingOrganisationId !== null);
}

/** Runs one edit of the road for an editor of the partnership, with the history row it writes. */
function asEditor(
  person: Person,
  partnershipId: number,
  edit: (
    tx: Db,
    record: (change: Change, subject: string, item: string | null, before: string | null, after: string | null) => void,
  ) => Outcome,
): Outcome {
  const standing = planStandingIn(person, partnershipId);
  const organisationId = standing?.mayEdit ? standing.actingOrganisationId : null;
  if (organisationId === null) return "not_found";
  return writeTransaction(db(), (tx) =>
    edit(tx, (change, subject, item, before, after) =>
      recordChange(tx, {
        partnershipId,
        tool: "road",
        themeId: null,
        personId: person.id,
        organisationId,
        change,
        subject,
        item,
        before,
        after,
      }),
    ),
  );
}

const milestoneIn = (tx: Db, partnershipId: number, id: number) =>
  tx
    .select()
    .from(roadMilestones)
    .where(and(eq(roadMilestones.id, id), eq(roadMilestones.partnershipId, partnershipId)))
    .get();

export function addMilestone(person: Person, partnershipId: number, input: { title: string; status: MilestoneStatus }): Outcome {
  return asEditor(person, partnershipId, (tx, record) => {
    const last = tx
      .select({ n: sql<number>`coalesce(max(${roadMilestones.position}), 0)` })
      .from(roadMilestones)
      .where(eq(roadMilestones.partnershipId, partnershipId))
      .get();
    const id = tx
      .insert(roadMilestones)
      .values({ partnershipId, position: Number(last?.n ?? 0) + 1, title: input.title, status: input.status, createdBy: person.id })
      .returning({ id: roadMilestones.id })
      .get().id;
    record("added", "milestone", null, null, input.title);
    return { ok: true, id };
  });
}

export type EditMilestone = { milestoneId: number; title: string; was: string; status: MilestoneStatus };

/** New words and status; the words are refused when someone else changed them since the form was shown. */
export function editMilestone(person: Person, partnershipId: number, input: EditMilestone): Outcome {
  return asEditor(person, partnershipId, (tx, record) => {
    const m = milestoneIn(tx, partnershipId, input.milestoneId);
    if (!m) return "not_found";
    if (m.title !== input.was) return { ok: false, errors: { title: "plans.error.changed_meanwhile" } };
    tx.update(roadMilestones).set({ title: input.title, status: input.status }).where(eq(roadMilestones.id, m.id)).run();
    if (m.title !== input.title) record("edited", "milestone", null, m.title, input.title);
    if (m.status !== input.status) record("status", "milestone", input.title, m.status, input.status);
    return { ok: true, id: m.id };
  });
}

/** One step earlier or later on the road: the milestone swaps places with its neighbour. */
export function moveMilestone(person: Person, partnershipId: number, milestoneId: number, direction: "up" | "down"): Outcome {
  return asEditor(person, partnershipId, (tx, record) => {
    const rows = milestonesOf(partnershipId, tx);
    const at = rows.findIndex((r) => r.id === milestoneId);
    if (at < 0) return "not_found";
    const other = rows[direction === "up" ? at - 1 : at + 1];
    if (!other) return { ok: true, id: milestoneId };
    const me = rows[at];
    renumber(
      tx,
      rows.map((r) => (r.id === me.id ? other : r.id === other.id ? me : r)),
    );
    record("moved", "milestone", me.title, String(at + 1), String(direction === "up" ? at : at + 2));
    return { ok: true, id: milestoneId };
  });
}

function renumber(tx: Db, ordered: { id: number; position: number }[]) {
  ordered.forEach((r, i) => {
    if (r.position !== i + 1)
      tx.update(roadMilestones)
        .set({ position: i + 1 })
        .where(eq(roadMilestones.id, r.id))
        .run();
  });
}

export function removeMilestone(person: Person, partnershipId: number, milestoneId: number): Outcome {
  return asEditor(person, partnershipId, (tx, record) => {
    const m = milestoneIn(tx, partnershipId, milestoneId);
    if (!m) return "not_found";
    tx.delete(roadMilestones).where(eq(roadMilestones.id, m.id)).run();
    renumber(tx, milestonesOf(partnershipId, tx));
    record("removed", "milestone", null, m.title, null);
    return { ok: true, id: m.id };
  });
}

export function linkMilestoneAction(person: Person, partnershipId: number, milestoneId: number, actionId: number | null): Outcome {
  return asEditor(person, partnershipId, (tx, record) => {
    const m = milestoneIn(tx, partnershipId, milestoneId);
    if (!m) return "not_found";
    const action = actionId === null ? null : planActionOf(partnershipId, actionId, tx);
    if (!action) return { ok: false, errors: { actionId: "plans.error.action" } };
    const linked = tx
      .select()
      .from(roadMilestoneActions)
      .where(and(eq(roadMilestoneActions.milestoneId, m.id), eq(roadMilestoneActions.actionId, action.id)))
      .get();
    if (linked) return { ok: false, errors: { actionId: "plans.error.action_linked" } };
    tx.insert(roadMilestoneActions).values({ milestoneId: m.id, actionId: action.id }).run();
    record("linked", "action", m.title, null, action.title);
    return { ok: true, id: m.id };
  });
}

export function unlinkMilestoneAction(person: Person, partnershipId: number, milestoneId: number, actionId: number): Outcome {
  return asEditor(person, partnershipId, (tx, record) => {
    const m = milestoneIn(tx, partnershipId, milestoneId);
    const action = m ? planActionOf(partnershipId, actionId, tx) : null;
    if (!m || !action) return "not_found";
    const gone = tx
      .delete(roadMilestoneActions)
      .where(and(eq(roadMilestoneActions.milestoneId, m.id), eq(roadMilestoneActions.actionId, action.id)))
      .run();
    if (gone.changes === 0) return "not_found";
    record("unlinked", "action", m.title, action.title, null);
    return { ok: true, id: m.id };
  });
}
