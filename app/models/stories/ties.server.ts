// Stories about collaboration ties (docs/decisions/029): a respondent of the collaboration-network instrument
// adds, per other organisation, an example of working together — or of not managing to. The example is an
// ordinary story (same table, consent, sealing, withdrawal and listening loop) that names the other
// organisation of the pair; these helpers only find that organisation and offer the link to the story form.
import { listPartnershipMembers } from "../people/partnerships.server";
import { getRound } from "../rounds/rounds.server";

export type TieChoice = { organisationId: number; organisationName: string };

/** The organisation a `tie` parameter names, when it is another member of the round's partnership; else null. */
export function tieChoice(place: { roundId: number; organisationId: number }, tie: string | null): TieChoice | null {
  if (!tie || !/^[1-9][0-9]{0,14}$/.test(tie)) return null;
  const round = getRound(place.roundId);
  if (!round) return null;
  const other = listPartnershipMembers(round.partnershipId).find((m) => m.organisationId === Number(tie));
  if (!other || other.organisationId === place.organisationId) return null;
  return { organisationId: other.organisationId, organisationName: other.name };
}

/** The story form's address for an example about one tie. */
export const tieStoryHref = (place: { roundId: number; organisationId: number }, tieOrganisationId: number) =>
  `/stories/new?organisation=${place.organisationId}&round=${place.roundId}&tie=${tieOrganisationId}`;

export type TieStoryLink = { organisationName: string; href: string };

/**
 * The "add an example" links the network instrument shows once answered: one per other organisation of the
 * partnership, only for a community partner (the one who tells stories there). A plain link per tie keeps
 * the instrument's own page as it was (ADR 029).
 */
export function tieStoryLinks(roundId: number, organisationId: number): TieStoryLink[] {
  const round = getRound(roundId);
  if (!round) return [];
  const members = listPartnershipMembers(round.partnershipId);
  const own = members.find((m) => m.organisationId === organisationId);
  if (own?.role !== "community_partner") return [];
  return members
    .filter((m) => m.organisationId !== organisationId)
    .map((m) => ({ organisationName: m.name, href: tieStoryHref({ roundId, organisationId }, m.organisationId) }));
}
