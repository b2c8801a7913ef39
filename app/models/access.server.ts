// Who may open which organisation and partnership page: the one place for these rules. Routes answer a
// refusal with the same 404 as a missing id (docs/security.md 1.2), so a guess cannot tell "not yours" from "not there".
import { notFound } from "./platform/http.server";
import { partnershipsOfOrganisations, listPartnershipMembers } from "./people/partnerships.server";
import { isCoordinatorOf, isMemberOf, type Person } from "./people/people.server";

const ownOrganisationIds = (person: Person) => person.memberships.map((m) => m.organisationId);

function partnershipIdsOf(organisationIds: number[]): Set<number> {
  return new Set(partnershipsOfOrganisations(organisationIds).map((p) => p.partnershipId));
}

/** Facilitators, its own members, and members of an organisation it shares a partnership with (profile only). */
export function canViewOrganisation(person: Person, organisationId: number): boolean {
  if (person.isFacilitator || isMemberOf(person, organisationId)) return true;
  const mine = partnershipIdsOf(ownOrganisationIds(person));
  return [...partnershipIdsOf([organisationId])].some((id) => mine.has(id));
}

/** Member names of a sex-worker collective are never shown to partner INGOs or funders. */
export function canSeeOrganisationMembers(person: Person, organisationId: number): boolean {
  return person.isFacilitator || isMemberOf(person, organisationId);
}

export function canAdministerOrganisation(person: Person, organisationId: number): boolean {
  return person.isFacilitator || isCoordinatorOf(person, organisationId);
}

export function canViewPartnership(person: Person, partnershipId: number): boolean {
  if (person.isFacilitator) return true;
  return listPartnershipMembers(partnershipId).some((m) => isMemberOf(person, m.organisationId));
}

/**
 * A route parameter as a row id, or the 404 every other refusal gets: "abc", "1e3", "-1" and "007" are
 * not ids, and must not reach a query as NaN or be told apart from an id that does not exist.
 */
export function idParam(value: string | undefined): number {
  if (!value || !/^[1-9][0-9]{0,14}$/.test(value)) throw notFound();
  return Number(value);
}

/**
 * Response rates of a round: the facilitator who runs it, and the coordinators of its community and INGO
 * partners, who remind their own people. Members and funders see the round without them.
 */
export function canSeeResponseRates(person: Person, partnershipId: number): boolean {
  if (person.isFacilitator) return true;
  return listPartnershipMembers(partnershipId).some((m) => m.role !== "funder" && isCoordinatorOf(person, m.organisationId));
}

/**
 * A partnership's own instruments (uploads): the facilitator who adds them, and the coordinators of its community
 * and INGO partners, who read each one before a round asks their people (docs/decisions/018).
 */
export function canSeePartnershipInstruments(person: Person, partnershipId: number): boolean {
  return canSeeResponseRates(person, partnershipId);
}
