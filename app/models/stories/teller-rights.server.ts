// The facts about one story the consent rule needs, and who may change a story's consent: its teller only.
import { eq } from "drizzle-orm";
import { stories } from "../../../db/schema";
import { mayRead, type Viewer, type VoiceFacts } from "../consent.server";
import { db } from "../platform/context.server";

/** What the consent rule needs to know about one story; null when there is no such story. */
export function storyFacts(storyId: number): VoiceFacts | null {
  const row = db()
    .select({ organisationId: stories.organisationId, partnershipId: stories.partnershipId, personId: stories.personId, scope: stories.scope, withdrawnAt: stories.withdrawnAt })
    .from(stories)
    .where(eq(stories.id, storyId))
    .get();
  if (!row) return null;
  return { storyId, organisationId: row.organisationId, partnershipId: row.partnershipId, tellerPersonId: row.personId, scope: row.scope, withdrawn: row.withdrawnAt !== null };
}

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

