// What the page of one action shows a partnership member: the action, the stories they may read behind
// it, and the forms their role allows. Outsiders and funders get null, the route's 404.
import { getAction, actionFormChoices, actionStandingIn, linkedStoriesReadableBy } from "./actions.server";
import { getPartnership } from "../people/partnerships.server";
import type { Person } from "../people/people.server";

export function actionPageFor(person: Person, actionId: number) {
  const action = getAction(actionId, person);
  if (!action) return null;
  const standing = actionStandingIn(person, action.partnershipId);
  if (!standing.member) return null;
  const stories = linkedStoriesReadableBy(person, actionId, action.partnershipId, standing.standing);
  const editing = standing.mayEdit ? actionFormChoices(person, action.partnershipId) : null;
  // storyCount already counts only what this person may read: the stories listed below.
  const { partnershipId, ownerOrganisationId, roundId, storyCount: _readable, ...shown } = action;
  return {
    action: shown,
    partnership: { id: partnershipId, name: getPartnership(partnershipId)?.name ?? "" },
    stories,
    linkToInbox: standing.ingoStaff,
    mayConfirm: standing.mayConfirm && action.status === "done",
    edit: editing && {
      choices: { owners: editing.owners, rounds: editing.rounds, stories: editing.stories },
      values: {
        title: action.title,
        owner: String(ownerOrganisationId),
        due: action.dueOn ?? "",
        status: action.status,
        round: String(roundId),
        dimensions: action.dimensions,
        stories: stories.map((s) => s.id),
      },
    },
  };
}
