// Making, editing and confirming actions. The partnership decides which owners, rounds and stories a form
// may name (docs/security.md 1.4): an owner from elsewhere or a story the editor may not read is refused by field.
import { and, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { actionDimensions, actions, actionStories, rounds, stories } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import { actionStandingIn, linkableStories } from "./actions.server";
import type { ActionSchema, ConfirmSchema } from "./action-form.server";
import { db } from "../platform/context.server";
import { listPartnershipMembers } from "../people/partnerships.server";
import type { Person } from "../people/people.server";
import type { FieldErrors } from "../platform/http.server";
import { storiesVisibleTo } from "../consent.server";
import { storyRowsOf } from "../stories/public-ids.server";
import type { ActionChoice } from "./types";

export type ActionInput = Omit<z.infer<typeof ActionSchema>, "stories"> & { stories: number[] };

/** The parsed form with its stories' public ids turned into rows; an unknown one becomes 0, which no one may read. */
export function actionInputOf(parsed: z.infer<typeof ActionSchema>): ActionInput {
  const rows = storyRowsOf(parsed.stories);
  return { ...parsed, stories: parsed.stories.map((publicId) => rows.get(publicId) ?? 0) };
}
type Saved = { ok: true; id: number } | { ok: false; errors: FieldErrors };

function partnershipErrors(person: Person, partnershipId: number, input: ActionInput): FieldErrors {
  const errors: FieldErrors = {};
  if (!listPartnershipMembers(partnershipId).some((m) => m.organisationId === input.owner)) errors.owner = "action.error.owner";
  const round = db()
    .select({ partnershipId: rounds.partnershipId, state: rounds.state })
    .from(rounds)
    .where(eq(rounds.id, input.round))
    .get();
  if (!round || round.partnershipId !== partnershipId || round.state === "scheduled") errors.round = "action.error.round";
  const readable = new Set(linkableStories(person, partnershipId).map((s) => s.id));
  if (input.stories.some((id) => !readable.has(id))) errors.stories = "action.error.stories";
  return errors;
}

/** Links to stories this editor may not read stay as they are: an edit never drops what it cannot see. */
function unseenLinks(person: Person, partnershipId: number, actionId: number): number[] {
  const linked = db()
    .select({ storyId: actionStories.storyId })
    .from(actionStories)
    .where(eq(actionStories.actionId, actionId))
    .all()
    .map((r) => r.storyId);
  if (linked.length === 0) return [];
  const seen = new Set(
    db()
      .select({ id: stories.id })
      .from(stories)
      .where(and(inArray(stories.id, linked), storiesVisibleTo({ kind: "person", person }, partnershipId)))
      .all()
      .map((r) => r.id),
  );
  return linked.filter((id) => !seen.has(id));
}

type ActionFields = { title: string; ownerOrganisationId: number; dueOn: string | null; status: string };
const NO_VERDICT = { communityConfirmation: null, confirmationComment: null, confirmedBy: null };

/**
 * What an edit does to the community's word. It was about one "done": a change of status asks for it
 * again. It was also about what was promised, by whom and when: rewording, another owner or another due
 * date after a verdict asks again too, and marks the action "changed since the community's verdict", so
 * an old "disputed" never stands beside a new title.
 */
function verdictAfterEdit(tx: Db, actionId: number, next: ActionFields) {
  const before = tx
    .select({
      title: actions.title,
      ownerOrganisationId: actions.ownerOrganisationId,
      dueOn: actions.dueOn,
      status: actions.status,
      communityConfirmation: actions.communityConfirmation,
    })
    .from(actions)
    .where(eq(actions.id, actionId))
    .get();
  if (!before) return {};
  const promiseChanged =
    before.title !== next.title ||
    before.ownerOrganisationId !== next.ownerOrganisationId ||
    (before.dueOn ?? null) !== (next.dueOn ?? null);
  if (before.communityConfirmation !== null && promiseChanged) return { ...NO_VERDICT, changedAfterVerdictAt: new Date().toISOString() };
  return before.status !== next.status ? NO_VERDICT : {};
}

/** Creates (actionId null) or updates an action of the partnership; the caller checked actionStandingIn().mayEdit. */
export function saveAction(person: Person, partnershipId: number, input: ActionInput, actionId: number | null = null): Saved {
  const errors = partnershipErrors(person, partnershipId, input);
  if (Object.keys(errors).length) return { ok: false, errors };
  const fields = { title: input.title, ownerOrganisationId: input.owner, dueOn: input.due, status: input.status, roundId: input.round };
  const keep = actionId === null ? [] : unseenLinks(person, partnershipId, actionId);
  const id = writeTransaction(db(), (tx) => {
    const savedId =
      actionId ??
      tx
        .insert(actions)
        .values({ ...fields, partnershipId, createdBy: person.id })
        .returning({ id: actions.id })
        .get().id;
    if (actionId !== null) {
      tx.update(actions)
        .set({ ...fields, ...verdictAfterEdit(tx, actionId, fields) })
        .where(eq(actions.id, actionId))
        .run();
      tx.delete(actionDimensions).where(eq(actionDimensions.actionId, actionId)).run();
      tx.delete(actionStories).where(eq(actionStories.actionId, actionId)).run();
    }
    if (input.dimensions.length)
      tx.insert(actionDimensions)
        .values(input.dimensions.map((dimension) => ({ actionId: savedId, dimension })))
        .run();
    const storyIds = [...new Set([...keep, ...input.stories])];
    if (storyIds.length)
      tx.insert(actionStories)
        .values(storyIds.map((storyId) => ({ actionId: savedId, storyId })))
        .run();
    return savedId;
  });
  return { ok: true, id };
}

export type ConfirmInput = z.infer<typeof ConfirmSchema>;

/** A community coordinator says whether a done action happened. "not_done" is the route's 409. */
export function confirmAction(person: Person, actionId: number, input: ConfirmInput): "ok" | "not_found" | "not_done" {
  const action = db()
    .select({ partnershipId: actions.partnershipId, status: actions.status })
    .from(actions)
    .where(eq(actions.id, actionId))
    .get();
  if (!action || !actionStandingIn(person, action.partnershipId).mayConfirm) return "not_found";
  if (action.status !== "done") return "not_done";
  db()
    .update(actions)
    .set({
      communityConfirmation: input.decision,
      confirmationComment: input.comment.trim() === "" ? null : input.comment,
      confirmedBy: person.id,
      // A fresh verdict covers the action as it reads now.
      changedAfterVerdictAt: null,
    })
    .where(and(eq(actions.id, actionId), eq(actions.status, "done")))
    .run();
  return "ok";
}

/** Links a story the person may read to an action of the same partnership they may edit. */
export function linkStoryToAction(person: Person, storyId: number, actionId: number): boolean {
  const action = db().select({ partnershipId: actions.partnershipId }).from(actions).where(eq(actions.id, actionId)).get();
  if (!action || !actionStandingIn(person, action.partnershipId).mayEdit) return false;
  const story = db()
    .select({ id: stories.id })
    .from(stories)
    .where(and(eq(stories.id, storyId), storiesVisibleTo({ kind: "person", person }, action.partnershipId)))
    .get();
  if (!story) return false;
  db().insert(actionStories).values({ actionId, storyId }).onConflictDoNothing().run();
  return true;
}

/** Actions of the partnership a story can be linked to from the inbox. */
export function actionChoices(partnershipId: number): ActionChoice[] {
  return db()
    .select({ id: actions.id, title: actions.title, status: actions.status })
    .from(actions)
    .where(eq(actions.partnershipId, partnershipId))
    .orderBy(actions.id)
    .all();
}
