// One door from a posted plan form to the edit it asks for: parse, then the model's write. Adding is
// create-once (docs/security.md 7.7): the same form sent twice adds one item and leads to it.
import { createOnce, earlierSubmission } from "../platform/form-tokens.server";
import type { Person } from "../people/people.server";
import { addGoalItem, editGoalItem, removeGoalItem, type GoalTreeEditor, type Outcome } from "./goal-tree.server";
import type { PlanEditor } from "./plan-editor.server";
import {
  parseAddGoalItem,
  parseAddMilestone,
  parseEditGoalItem,
  parseEditMilestone,
  parseItemId,
  parseLink,
  parseMilestoneId,
  parseMove,
  planFormValues,
  type PlanFormValues,
} from "./plan-forms.server";
import { addMilestone, editMilestone, linkMilestoneAction, moveMilestone, removeMilestone, unlinkMilestoneAction } from "./road.server";

/** Where the browser goes next, the refusal to show, or "not_found" (an edit this person may not make). */
export type EditResult = { redirect: string } | { errors: Record<string, string>; values: PlanFormValues } | "not_found";

function finish(outcome: Outcome, values: PlanFormValues, page: string): EditResult {
  if (outcome === "not_found") return "not_found";
  return outcome.ok ? { redirect: `${page}#item-${outcome.id}` } : { errors: outcome.errors, values };
}

/** Runs `add` once per form token; a resent form leads where the first one did. */
function addOnce(person: Person, form: FormData, page: string, values: PlanFormValues, add: () => Outcome): EditResult {
  const earlier = earlierSubmission(person.id, form);
  if (earlier) return { redirect: earlier };
  let outcome: Outcome = "not_found";
  createOnce(person.id, form, () => {
    outcome = add();
    return outcome !== "not_found" && outcome.ok ? `${page}#item-${outcome.id}` : null;
  });
  return finish(outcome, values, page);
}

export function editGoalTree(editor: GoalTreeEditor, form: FormData): EditResult {
  const values = planFormValues(form);
  const page = `/partnerships/${editor.partnershipId}/goals/${editor.themeId}`;
  const refuse = (errors: Record<string, string>) => ({ errors, values });
  switch (values.intent) {
    case "add": {
      const parsed = parseAddGoalItem(values);
      if (!parsed.ok) return refuse(parsed.errors);
      return addOnce(editor.person, form, page, values, () => addGoalItem(editor, parsed.input));
    }
    case "edit": {
      const parsed = parseEditGoalItem(values);
      return parsed.ok ? finish(editGoalItem(editor, parsed.input), values, page) : refuse(parsed.errors);
    }
    case "remove": {
      const parsed = parseItemId(values);
      return parsed.ok ? finish(removeGoalItem(editor, parsed.input.itemId), values, page) : refuse(parsed.errors);
    }
    default:
      return refuse({ intent: "plans.error.intent" });
  }
}

export function editRoad(editor: PlanEditor, form: FormData): EditResult {
  const values = planFormValues(form);
  const page = `/partnerships/${editor.partnershipId}/road`;
  const refuse = (errors: Record<string, string>) => ({ errors, values });
  switch (values.intent) {
    case "add": {
      const parsed = parseAddMilestone(values);
      if (!parsed.ok) return refuse(parsed.errors);
      return addOnce(editor.person, form, page, values, () => addMilestone(editor, parsed.input));
    }
    case "edit": {
      const parsed = parseEditMilestone(values);
      return parsed.ok ? finish(editMilestone(editor, parsed.input), values, page) : refuse(parsed.errors);
    }
    case "move": {
      const parsed = parseMove(values);
      return parsed.ok
        ? finish(moveMilestone(editor, parsed.input.milestoneId, parsed.input.direction), values, page)
        : refuse(parsed.errors);
    }
    case "remove": {
      const parsed = parseMilestoneId(values);
      return parsed.ok ? finish(removeMilestone(editor, parsed.input.milestoneId), values, page) : refuse(parsed.errors);
    }
    case "link":
    case "unlink": {
      const parsed = parseLink(values);
      if (!parsed.ok) return refuse(parsed.errors);
      const { milestoneId, actionId } = parsed.input;
      const write = values.intent === "link" ? linkMilestoneAction : unlinkMilestoneAction;
      return finish(write(editor, milestoneId, actionId), values, page);
    }
    default:
      return refuse({ intent: "plans.error.intent" });
  }
}
