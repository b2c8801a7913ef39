// Who a round may invite, and to what: the instrument follows the organisation's role in the partnership.
// The form and the demo seed both start from these defaults, so a round opened either way looks the same.
import { listPartnershipMembers, type PartnerRole } from "../people/partnerships.server";
import { listMembers, type MembershipRole } from "../people/people.server";
import { instrumentNames } from "./instruments.server";
import type { Invitee } from "./rounds.server";
import type { InviteChoice, InviteGroup } from "./types";

/** Stories are told through their own prompt and links, not answered as a round instrument. */
export function roundInstrumentNames(): string[] {
  return instrumentNames().filter((name) => name !== "story");
}

export const inviteKey = (personId: number, instrument: string) => `${personId}:${instrument}`;

const NETWORK = "collaboration-network";
const DECISION_MAP = "decision-map";
const VIEW_OF = { community_partner: "partnership-view", ingo_partner: "self-reflection" } as const;

/**
 * Community members rate the partnership, INGO staff reflect on it, and each organisation's coordinators
 * map who worked with whom and who decides what, for their organisation. Funders answer none of these by
 * default: a funder coordinator may still be ticked for the network by hand.
 */
function choicesFor(partnerRole: PartnerRole, role: MembershipRole, personId: number, available: Set<string>): InviteChoice[] {
  const wanted: { instrument: string; ticked: boolean }[] = [];
  if (partnerRole !== "funder") wanted.push({ instrument: VIEW_OF[partnerRole], ticked: true });
  if (role === "coordinator") wanted.push({ instrument: NETWORK, ticked: partnerRole !== "funder" });
  if (role === "coordinator" && partnerRole !== "funder") wanted.push({ instrument: DECISION_MAP, ticked: true });
  return wanted.filter((w) => available.has(w.instrument)).map((w) => ({ ...w, key: inviteKey(personId, w.instrument) }));
}

/** Every organisation of the partnership with the people a round could invite, names decrypted for the facilitator. */
export function inviteOptions(partnershipId: number): InviteGroup[] {
  const available = new Set(roundInstrumentNames());
  return listPartnershipMembers(partnershipId)
    .map((org) => ({
      organisationId: org.organisationId,
      name: org.name,
      partnerRole: org.role,
      people: listMembers(org.organisationId)
        .map((m) => ({ personId: m.personId, name: m.name, role: m.role, choices: choicesFor(org.role, m.role, m.personId, available) }))
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
