import type { ActionInfo, ActionStatus } from "./types";

export interface ActionLine {
  title: string;
  owner: string;
  status: ActionStatus;
  dueOn: string | null;
  communityConfirmation: ActionInfo["communityConfirmation"];
  /** The action was reworded, moved to another owner or redated after the community's verdict. */
  changedAfterVerdict: boolean;
}

// Work under way first, then what is promised, then what is finished or let go.
const STATUS_ORDER: Record<ActionStatus, number> = { started: 0, proposed: 1, done: 2, dropped: 3 };

const byDueDate = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/** Section 5, "you said, we did": every action with its owner, due date and the community's word on it. */
export function listActions(actions: readonly ActionInfo[]): ActionLine[] {
  return [...actions]
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byDueDate(a.dueOn, b.dueOn) || a.title.localeCompare(b.title))
    .map((action) => ({
      title: action.title,
      owner: action.ownerOrganisationName,
      status: action.status,
      dueOn: action.dueOn,
      communityConfirmation: action.communityConfirmation,
      changedAfterVerdict: Boolean(action.changedAfterVerdictAt),
    }));
}
