// Which partnerships a person works in as INGO staff: the inbox, answers and read receipts are theirs alone.
import { eq } from "drizzle-orm";
import { stories, type ConsentScope } from "../../../db/schema";
import { mayRead } from "../consent.server";
import { db } from "../platform/context.server";
import { partnershipsOfOrganisations } from "../people/partnerships.server";
import type { Person } from "../people/people.server";

/** The scopes a teller chooses to share a story with the INGO. */
export const SHARED_SCOPES: readonly ConsentScope[] = ["partners", "report"];

/** Partnerships in which one of the person's organisations is the INGO partner. */
export function ingoPartnershipIds(person: Person): number[] {
  const organisationIds = person.memberships.map((m) => m.organisationId);
  return [...new Set(partnershipsOfOrganisations(organisationIds).filter((p) => p.role === "ingo_partner").map((p) => p.partnershipId))];
}

/** The person's organisation that answers for the INGO in this partnership, or null. */
export function ingoOrganisationIn(person: Person, partnershipId: number): number | null {
  const organisationIds = person.memberships.map((m) => m.organisationId);
  const row = partnershipsOfOrganisations(organisationIds).find((p) => p.partnershipId === partnershipId && p.role === "ingo_partner");
  return row?.organisationId ?? null;
}

export type IngoStory = { id: number; partnershipId: number; organisationId: number; roundId: number; ingoOrganisationId: number };

/**
 * The story, if this person may open it as INGO staff: shared with the INGO of a partnership they work in,
 * and allowed by the consent rule. Anything else (community scope, another partnership, withdrawn, no such
 * id) is null, and every caller answers null with the same 404.
 */
export function storyOpenToIngo(person: Person, storyId: number): IngoStory | null {
  const row = db()
    .select({ id: stories.id, partnershipId: stories.partnershipId, organisationId: stories.organisationId, roundId: stories.roundId, personId: stories.personId, scope: stories.scope, withdrawnAt: stories.withdrawnAt })
    .from(stories)
    .where(eq(stories.id, storyId))
    .get();
  if (!row || !SHARED_SCOPES.includes(row.scope)) return null;
  const ingoOrganisationId = ingoOrganisationIn(person, row.partnershipId);
  if (ingoOrganisationId === null) return null;
  const facts = { storyId: row.id, organisationId: row.organisationId, partnershipId: row.partnershipId, tellerPersonId: row.personId, scope: row.scope, withdrawn: row.withdrawnAt !== null };
  if (!mayRead({ kind: "person", person }, facts, { kind: "page" })) return null;
  return { id: row.id, partnershipId: row.partnershipId, organisationId: row.organisationId, roundId: row.roundId, ingoOrganisationId };
}
