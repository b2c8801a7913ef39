// A theme's goal tree: problem → causes → goals → the actions that serve them. Every edit checks where the
// item may hang, and writes the change and its history row in one transaction (docs/decisions/028).
import { and, asc, eq, sql } from "drizzle-orm";
import { goalTreeItems, planChanges, themes } from "../../../db/schema";
import type { Db } from "../../../db/client";
import { db } from "../platform/context.server";
import type { FieldErrors } from "../platform/http.server";
import type { Person } from "../people/people.server";
import { newFormToken } from "../platform/form-tokens.server";
import { planHistory } from "./history.server";
import { listPlanActions, planActionOf } from "./plan-actions.server";
import { asPlanEditor, planEditorOf, type PlanEditor } from "./plan-editor.server";
import { planStandingIn } from "./standing.server";
import type { GoalItemKind, GoalNode, GoalTreeListData, GoalTreePageData, PlanAction } from "./types";

/** Where each kind of item hangs: a problem at the top, then one level down each time. */
const PARENT_KIND: Record<GoalItemKind, GoalItemKind | null> = { problem: null, cause: "problem", goal: "cause", action: "goal" };

type Row = typeof goalTreeItems.$inferSelect;
export type Outcome = { ok: true; id: number } | { ok: false; errors: FieldErrors } | "not_found";

function themeOf(partnershipId: number, themeId: number) {
  return db()
    .select({ id: themes.id, name: themes.name })
    .from(themes)
    .where(and(eq(themes.id, themeId), eq(themes.partnershipId, partnershipId)))
    .get();
}

const itemsOf = (themeId: number, tx: Db = db()) =>
  tx.select().from(goalTreeItems).where(eq(goalTreeItems.themeId, themeId)).orderBy(asc(goalTreeItems.id)).all();

/** The rows as a tree, oldest first at every level; an action node shows its action as it is now. */
function buildTree(rows: Row[], actions: Map<number, PlanAction>): GoalNode[] {
  const nodes = new Map<number, GoalNode>();
  for (const r of rows) {
    const action = r.actionId === null ? null : (actions.get(r.actionId) ?? null);
    nodes.set(r.id, { id: r.id, kind: r.kind, text: action ? action.title : (r.text ?? ""), action, children: [] });
  }
  const roots: GoalNode[] = [];
  for (const r of rows) {
    const node = nodes.get(r.id)!;
    const parent = r.parentId === null ? undefined : nodes.get(r.parentId);
    if (parent) parent.children.push(node);
    else if (r.parentId === null) roots.push(node);
  }
  return roots;
}

/** When themes merge, the tree of the one merged away joins the other's, its problems beside the others. */
export function moveGoalTree(tx: Db, fromThemeId: number, intoThemeId: number) {
  tx.update(goalTreeItems).set({ themeId: intoThemeId }).where(eq(goalTreeItems.themeId, fromThemeId)).run();
  tx.update(planChanges).set({ themeId: intoThemeId }).where(eq(planChanges.themeId, fromThemeId)).run();
}

export function goalTreeListFor(person: Person, partnershipId: number): GoalTreeListData | null {
  const standing = planStandingIn(person, partnershipId);
  if (!standing) return null;
  const list = db()
    .select({ id: themes.id, name: themes.name, items: sql<number>`count(${goalTreeItems.id})` })
    .from(themes)
    .leftJoin(goalTreeItems, eq(goalTreeItems.themeId, themes.id))
    .where(eq(themes.partnershipId, partnershipId))
    .groupBy(themes.id)
    .orderBy(asc(themes.name), asc(themes.id))
    .all();
  return { partnership: standing.partnership, themes: list.map((t) => ({ ...t, items: Number(t.items) })) };
}

export function goalTreePageFor(person: Person, partnershipId: number, themeId: number): GoalTreePageData | null {
  const standing = planStandingIn(person, partnershipId);
  const theme = standing ? themeOf(partnershipId, themeId) : undefined;
  if (!standing || !theme) return null;
  const actions = listPlanActions(partnershipId);
  return {
    partnership: standing.partnership,
    theme,
    mayEdit: standing.mayEdit,
    actions,
    problems: buildTree(itemsOf(themeId), new Map(actions.map((a) => [a.id, a]))),
    history: planHistory(person, partnershipId, "goal_tree", themeId),
    formToken: newFormToken(),
  };
}

/** A plan editor of this theme's tree: the theme checked with the person, once per request, before any form is read. */
export type GoalTreeEditor = PlanEditor & { themeId: number };

export function goalTreeEditorOf(person: Person, partnershipId: number, themeId: number): GoalTreeEditor | null {
  const editor = planEditorOf(person, partnershipId);
  return editor && themeOf(partnershipId, themeId) ? { ...editor, themeId } : null;
}

const inTree = (editor: GoalTreeEditor) => ({ tool: "goal_tree", themeId: editor.themeId }) as const;

export type AddGoalItem = { kind: GoalItemKind; parentId: number | null; text: string | null; actionId: number | null };

export function addGoalItem(editor: GoalTreeEditor, input: AddGoalItem): Outcome {
  const { partnershipId, themeId } = editor;
  return asPlanEditor(editor, inTree(editor), (tx, record): Outcome => {
    // Read once: the parent and, for an action, the links already under it.
    const rows = input.parentId === null ? [] : itemsOf(themeId, tx);
    const parent = input.parentId === null ? null : rows.find((r) => r.id === input.parentId);
    const wanted = PARENT_KIND[input.kind];
    if ((wanted === null) !== (input.parentId === null) || (wanted !== null && parent?.kind !== wanted)) {
      return { ok: false, errors: { parentId: "plans.error.parent" } };
    }
    let words = input.text;
    if (input.kind === "action") {
      const action = input.actionId === null ? null : planActionOf(partnershipId, input.actionId, tx);
      if (!action) return { ok: false, errors: { actionId: "plans.error.action" } };
      if (rows.some((r) => r.parentId === input.parentId && r.actionId === action.id)) {
        return { ok: false, errors: { actionId: "plans.error.action_linked" } };
      }
      words = action.title;
    }
    const id = tx
      .insert(goalTreeItems)
      .values({
        partnershipId,
        themeId,
        kind: input.kind,
        parentId: input.parentId,
        text: input.kind === "action" ? null : input.text,
        actionId: input.kind === "action" ? input.actionId : null,
        createdBy: editor.person.id,
      })
      .returning({ id: goalTreeItems.id })
      .get().id;
    record({
      change: input.kind === "action" ? "linked" : "added",
      subject: input.kind,
      item: input.kind === "action" ? parent!.text : null,
      after: words,
    });
    return { ok: true, id };
  });
}

export type EditGoalItem = { itemId: number; text: string; was: string };

/** New words for a problem, cause or goal; refused when someone else changed them since the form was shown. */
export function editGoalItem(editor: GoalTreeEditor, input: EditGoalItem): Outcome {
  return asPlanEditor(editor, inTree(editor), (tx, record): Outcome => {
    const item = itemsOf(editor.themeId, tx).find((r) => r.id === input.itemId);
    if (!item || item.kind === "action") return "not_found";
    if (item.text !== input.was) return { ok: false, errors: { text: "plans.error.changed_meanwhile" } };
    if (item.text === input.text) return { ok: true, id: item.id };
    tx.update(goalTreeItems).set({ text: input.text }).where(eq(goalTreeItems.id, item.id)).run();
    record({ change: "edited", subject: item.kind, before: item.text, after: input.text });
    return { ok: true, id: item.id };
  });
}

/** Removes an item and everything under it (the history keeps its words); an action node only unlinks. */
export function removeGoalItem(editor: GoalTreeEditor, itemId: number): Outcome {
  return asPlanEditor(editor, inTree(editor), (tx, record): Outcome => {
    const rows = itemsOf(editor.themeId, tx);
    const item = rows.find((r) => r.id === itemId);
    if (!item) return "not_found";
    const words = item.actionId === null ? item.text : (planActionOf(editor.partnershipId, item.actionId, tx)?.title ?? null);
    tx.delete(goalTreeItems).where(eq(goalTreeItems.id, item.id)).run();
    record({
      change: item.kind === "action" ? "unlinked" : "removed",
      subject: item.kind,
      item: item.kind === "action" ? (rows.find((r) => r.id === item.parentId)?.text ?? null) : null,
      before: words,
    });
    return { ok: true, id: item.id };
  });
}
