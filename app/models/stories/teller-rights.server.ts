// Who may change a story's consent: its teller only. The facts the rule reads come from the consent module.
import { mayRead, storyFacts, type Viewer } from "../consent.server";

/**
 * Only the teller may narrow, withdraw or rate: the signed-in person who told it, or whoever holds its
 * receipt code. A coordinator may read the story, but the consent is not theirs to change.
 */
export function tellerMayChange(viewer: Viewer, storyId: number): boolean {
  const facts = storyFacts(storyId);
  if (!facts || !mayRead(viewer, facts, { kind: "page" })) return false;
  if (viewer.kind === "receipt") return viewer.storyId === storyId;
  return viewer.kind === "person" && facts.tellerPersonId === viewer.person.id;
}
