// Who works on the partnership's plans (docs/decisions/028): the people of its community partners and its INGO
// staff edit, together and as equals; the facilitator reads; a funder does not see them at all — like the
// actions they link to, funders read plans' results only in released reports.
import { eq } from "drizzle-orm";
import { partnerships } from "../../../db/schema";
import { standingIn } from "../consent.server";
import { db } from "../platform/context.server";
import type { Membership, Person } from "../people/people.server";

export type PlanStanding = {
  partnership: { id: number; name: string };
  mayEdit: boolean;
  /** The organisation an edit is recorded for: the person's community partner, else its INGO. */
  actingOrganisationId: number | null;
};

// A community partner acts before the INGO; between two of the same role, the first by name, as the members list.
const actingOrder = (a: Membership, b: Membership, roleOf: ReadonlyMap<number, string>) =>
  Number(roleOf.get(a.organisationId) !== "community_partner") - Number(roleOf.get(b.organisationId) !== "community_partner") ||
  (a.organisationName < b.organisationName ? -1 : a.organisationName > b.organisationName ? 1 : 0);

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
  // standingIn already read the roles of the person's own organisations here: no second read of the members.
  const editing = person.memberships
    .filter((m) => s.roleOf.has(m.organisationId) && s.roleOf.get(m.organisationId) !== "funder")
    .sort((a, b) => actingOrder(a, b, s.roleOf));
  return { partnership, mayEdit, actingOrganisationId: editing[0]?.organisationId ?? null };
}
