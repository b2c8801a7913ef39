// The partnership's Road to Progress: milestones in order, each with its status and the actions under it.
// Every edit writes the change and its history row in one transaction (docs/decisions/028).
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { roadMilestoneActions, roadMilestones } from "../../../db/schema";
import type { Db } from "../../../db/client";
import { db } from "../platform/context.server";
import type { Person } from "../people/people.server";
import { newFormToken } from "../platform/form-tokens.server";
import { planHistory } from "./history.server";
import { listPlanActions, planActionOf } from "./plan-actions.server";
import { asPlanEditor, type PlanEditor } from "./plan-editor.server";
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

function buildRoad(
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

const ROAD = { tool: "road", themeId: null } as const;

const milestoneIn = (tx: Db, partnershipId: number, id: number) =>
  tx
    .select()
    .from(roadMilestones)
    .where(and(eq(roadMilestones.id, id), eq(roadMilestones.partnershipId, partnershipId)))
    .get();

export function addMilestone(editor: PlanEditor, input: { title: string; status: MilestoneStatus }): Outcome {
  return asPlanEditor(editor, ROAD, (tx, record) => {
    const last = tx
      .select({ n: sql<number>`coalesce(max(${roadMilestones.position}), 0)` })
      .from(roadMilestones)
      .where(eq(roadMilestones.partnershipId, editor.partnershipId))
      .get();
    const id = tx
      .insert(roadMilestones)
      .values({
        partnershipId: editor.partnershipId,
        position: Number(last?.n ?? 0) + 1,
        title: input.title,
        status: input.status,
        createdBy: editor.person.id,
      })
      .returning({ id: roadMilestones.id })
      .get().id;
    record({ change: "added", subject: "milestone", after: input.title });
    return { ok: true, id };
  });
}

export type EditMilestone = { milestoneId: number; title: string; was: string; status: MilestoneStatus };

/** New words and status; the words are refused when someone else changed them since the form was shown. */
export function editMilestone(editor: PlanEditor, input: EditMilestone): Outcome {
  return asPlanEditor(editor, ROAD, (tx, record) => {
    const m = milestoneIn(tx, editor.partnershipId, input.milestoneId);
    if (!m) return "not_found";
    if (m.title !== input.was) return { ok: false, errors: { title: "plans.error.changed_meanwhile" } };
    tx.update(roadMilestones).set({ title: input.title, status: input.status }).where(eq(roadMilestones.id, m.id)).run();
    if (m.title !== input.title) record({ change: "edited", subject: "milestone", before: m.title, after: input.title });
    if (m.status !== input.status)
      record({ change: "status", subject: "milestone", item: input.title, before: m.status, after: input.status });
    return { ok: true, id: m.id };
  });
}

/** One step earlier or later on the road: the milestone swaps places with its neighbour. */
export function moveMilestone(editor: PlanEditor, milestoneId: number, direction: "up" | "down"): Outcome {
  return asPlanEditor(editor, ROAD, (tx, record) => {
    const rows = milestonesOf(editor.partnershipId, tx);
    const at = rows.findIndex((r) => r.id === milestoneId);
    if (at < 0) return "not_found";
    const other = rows[direction === "up" ? at - 1 : at + 1];
    if (!other) return { ok: true, id: milestoneId };
    const me = rows[at];
    renumber(
      tx,
      rows.map((r) => (r.id === me.id ? other : r.id === other.id ? me : r)),
    );
    record({
      change: "moved",
      subject: "milestone",
      item: me.title,
      before: String(at + 1),
      after: String(direction === "up" ? at : at + 2),
    });
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

export function removeMilestone(editor: PlanEditor, milestoneId: number): Outcome {
  return asPlanEditor(editor, ROAD, (tx, record) => {
    const m = milestoneIn(tx, editor.partnershipId, milestoneId);
    if (!m) return "not_found";
    tx.delete(roadMilestones).where(eq(roadMilestones.id, m.id)).run();
    renumber(tx, milestonesOf(editor.partnershipId, tx));
    record({ change: "removed", subject: "milestone", before: m.title });
    return { ok: true, id: m.id };
  });
}

export function linkMilestoneAction(editor: PlanEditor, milestoneId: number, actionId: number | null): Outcome {
  return asPlanEditor(editor, ROAD, (tx, record) => {
    const m = milestoneIn(tx, editor.partnershipId, milestoneId);
    if (!m) return "not_found";
    const action = actionId === null ? null : planActionOf(editor.partnershipId, actionId, tx);
    if (!action) return { ok: false, errors: { actionId: "plans.error.action" } };
    const linked = tx
      .select()
      .from(roadMilestoneActions)
      .where(and(eq(roadMilestoneActions.milestoneId, m.id), eq(roadMilestoneActions.actionId, action.id)))
      .get();
    if (linked) return { ok: false, errors: { actionId: "plans.error.action_linked" } };
    tx.insert(roadMilestoneActions).values({ milestoneId: m.id, actionId: action.id }).run();
    record({ change: "linked", subject: "action", item: m.title, after: action.title });
    return { ok: true, id: m.id };
  });
}

export function unlinkMilestoneAction(editor: PlanEditor, milestoneId: number, actionId: number): Outcome {
  return asPlanEditor(editor, ROAD, (tx, record) => {
    const m = milestoneIn(tx, editor.partnershipId, milestoneId);
    const action = m ? planActionOf(editor.partnershipId, actionId, tx) : null;
    if (!m || !action) return "not_found";
    const gone = tx
      .delete(roadMilestoneActions)
      .where(and(eq(roadMilestoneActions.milestoneId, m.id), eq(roadMilestoneActions.actionId, action.id)))
      .run();
    if (gone.changes === 0) return "not_found";
    record({ change: "unlinked", subject: "action", item: m.title, before: action.title });
    return { ok: true, id: m.id };
  });
}
