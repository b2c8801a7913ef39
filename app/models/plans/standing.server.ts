// Who works on the partnership's plans (docs/decisions/028): the people of its community partners and its INGO
// staff edit, together and as equals; the facilitator reads; a funder does not see them at all — like the
// actions they link to, funders read plans' results only in released reports.
import { eq } from "drizzle-orm";
import { partnerships } from "../../../db/schema";
import { standingIn } from "../consent.server";
import { db } from "../platform/context.server";
import { listPartnershipMembers } from "../people/partnerships.server";
import { isMemberOf, type Person } from "../people/people.server";

export type PlanStanding = {
  partnership: { id: number; name: string };
  mayEdit: boolean;
  /** The organisation an edit is recorded for: the person's community partner, else its INGO. */
  actingOrganisationId: number | null;
};

/** The person's standing on the partnership's plans, or null when they may not read them (or it does not exist). */
export function planStandingIn(person: Person, partnershipId: number): PlanStanding | null {
  const partnership = db()
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .get();
  if (!partnership) return null;
  const s = standingIn(person, partnershipId);
  const mayEdit = s.community || s.ingoStaff;
  if (!mayEdit && !person.isFacilitator) return null;
  const editors = listPartnershipMembers(partnershipId)
    .filter((m) => m.role !== "funder" && isMemberOf(person, m.organisationId))
    .sort((a, b) => (a.role === b.role ? 0 : a.role === "community_partner" ? -1 : 1));
  return { partnership, mayEdit, actingOrganisationId: editors[0]?.organisationId ?? null };
}
