// Which partnerships a person works in as INGO staff: the inbox, answers and read receipts are theirs alone.
import { eq } from "drizzle-orm";
import { stories } from "../../../db/schema";
import { mayRead, SHARED_SCOPES, storyFactColumns, voiceFactsOfStory } from "../consent.server";
import { db } from "../platform/context.server";
import { partnershipsOfOrganisations } from "../people/partnerships.server";
import type { Person } from "../people/people.server";

/** Partnerships in which one of the person's organisations is the INGO partner. */
export function ingoPartnershipIds(person: Person): number[] {
  const organisationIds = person.memberships.map((m) => m.organisationId);
  return [
    ...new Set(
      partnershipsOfOrganisations(organisationIds)
        .filter((p) => p.role === "ingo_partner")
        .map((p) => p.partnershipId),
    ),
  ];
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
    .select({ ...storyFactColumns, roundId: stories.roundId })
    .from(stories)
    .where(eq(stories.id, storyId))
    .get();
  if (!row || !SHARED_SCOPES.includes(row.scope)) return null;
  const ingoOrganisationId = ingoOrganisationIn(person, row.partnershipId);
  if (ingoOrganisationId === null) return null;
  if (!mayRead({ kind: "person", person }, voiceFactsOfStory(row), { kind: "page" })) return null;
  return { id: row.id, partnershipId: row.partnershipId, organisationId: row.organisationId, roundId: row.roundId, ingoOrganisationId };
}
