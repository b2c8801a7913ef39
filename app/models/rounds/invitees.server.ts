// Who a round may invite, and to what: the instrument follows the organisation's role in the partnership.
// The form and the demo seed both start from these defaults, so a round opened either way looks the same.
import { listPartnershipMembers, type PartnerRole } from "../people/partnerships.server";
import { listMembers, type MembershipRole } from "../people/people.server";
import { instrumentNames, metaOf, uploadedNames } from "./instruments.server";
import type { Invitee } from "./rounds.server";
import type { AnsweredBy } from "../../../surveys/custom-properties";
import type { InviteChoice, InviteGroup } from "./types";

/**
 * The instruments a round of this partnership may ask: the files in surveys/ and the partnership's own uploads.
 * Stories (answeredBy "storytellers") are told through their own prompt and links, not answered in a round.
 */
export function roundInstrumentNames(partnershipId?: number): string[] {
  const files = instrumentNames().filter((name) => metaOf(name).answeredBy !== "storytellers");
  return partnershipId === undefined ? files : [...files, ...uploadedNames(partnershipId)];
}

export const inviteKey = (personId: number, instrument: string) => `${personId}:${instrument}`;

type Offer = { instrument: string; answeredBy: AnsweredBy };

/**
 * Whom an instrument declares it is for (its `answeredBy`, surveys/custom-properties.ts): community members rate
 * the partnership, INGO staff reflect on it, each organisation's coordinators map who worked with whom. Funders
 * answer none of these by default: a funder coordinator may still be ticked for a coordinators' one by hand.
 */
function choicesFor(partnerRole: PartnerRole, role: MembershipRole, personId: number, offers: Offer[]): InviteChoice[] {
  const wanted: { instrument: string; ticked: boolean }[] = [];
  for (const { instrument, answeredBy } of offers) {
    if (answeredBy === "community_members" && partnerRole === "community_partner") wanted.push({ instrument, ticked: true });
    if (answeredBy === "ingo_staff" && partnerRole === "ingo_partner") wanted.push({ instrument, ticked: true });
    if (answeredBy === "coordinators" && role === "coordinator") wanted.push({ instrument, ticked: partnerRole !== "funder" });
    if (answeredBy === "everyone") wanted.push({ instrument, ticked: partnerRole !== "funder" });
  }
  return wanted.map((w) => ({ ...w, key: inviteKey(personId, w.instrument) }));
}

/** Every organisation of the partnership with the people a round could invite, names decrypted for the facilitator. */
export function inviteOptions(partnershipId: number): InviteGroup[] {
  const offers = roundInstrumentNames(partnershipId).map((instrument) => ({
    instrument,
    answeredBy: metaOf(instrument, partnershipId).answeredBy,
  }));
  return listPartnershipMembers(partnershipId)
    .map((org) => ({
      organisationId: org.organisationId,
      name: org.name,
      partnerRole: org.role,
      people: listMembers(org.organisationId)
        .map((m) => ({ personId: m.personId, name: m.name, role: m.role, choices: choicesFor(org.role, m.role, m.personId, offers) }))
        .filter((p) => p.choices.length > 0),
    }))
    .filter((group) => group.people.length > 0);
}

function flatten(groups: InviteGroup[]) {
  return groups.flatMap((g) =>
    g.people.flatMap((p) => p.choices.map((c) => ({ ...c, personId: p.personId, organisationId: g.organisationId }))),
  );
}

export function defaultInviteKeys(groups: InviteGroup[]): string[] {
  return flatten(groups)
    .filter((c) => c.ticked)
    .map((c) => c.key);
}

/** Only pairs the form offered count: a body cannot invite someone outside the partnership (docs/security.md 1.4). */
export function inviteesFromKeys(groups: InviteGroup[], keys: readonly string[]): Invitee[] {
  const wanted = new Set(keys);
  return flatten(groups)
    .filter((c) => wanted.has(c.key))
    .map(({ personId, organisationId, instrument }) => ({ personId, organisationId, instrument }));
}

/** The invitees a round gets when nobody changes the defaults (the form's ticks, the demo seed). */
export function defaultInvitees(partnershipId: number): Invitee[] {
  const groups = inviteOptions(partnershipId);
  return inviteesFromKeys(groups, defaultInviteKeys(groups));
}
