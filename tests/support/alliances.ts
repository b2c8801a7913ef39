// The alliances the integration tests share, each built by world.ts and named for the tests that use it.
// Tests read names and counts out of these (an organisation's name on a page, who was invited), so a change
// here is a change to those tests. The reports' alliance, with its rated rounds, is in reporting-alliance.ts.
import { buildAlliance, buildAllianceWithPasswords, openRound, partnership } from "./world";

/** For the round pages: a community organisation, an INGO and a funder in Coast Programme, a person in every role, an outsider. */
export const roundsAlliance = () =>
  buildAlliance({
    organisations: {
      clo: { name: "Amani Collective", kind: "community_led" },
      ingo: { name: "Global Aid", kind: "ingo" },
      funder: { name: "Open Fund", kind: "funder" },
      elsewhere: { name: "Far Away Network", kind: "community_led" },
    },
    partnership: { name: "Coast Programme", members: { clo: "community_partner", ingo: "ingo_partner", funder: "funder" } },
    people: {
      facilitator: { name: "Facilitator", facilitator: true },
      coordinator: { name: "Achieng", of: "clo", role: "coordinator" },
      member: { name: "Juma", of: "clo" },
      staff: { name: "Sanne", of: "ingo" },
      funderMember: { name: "Grace", of: "funder" },
      outsider: { name: "Otto", of: "elsewhere", role: "coordinator" },
    },
  });

export type RoundsAlliance = ReturnType<typeof roundsAlliance>;

/**
 * For the listening loop and stories: two community partners, an INGO and a funder in Nairobi Programme, and
 * a far partnership that must never see them; each partnership has a round, open since 60 days ago.
 */
export function listeningAlliance() {
  const alliance = buildAlliance({
    organisations: {
      tumaini: { name: "Tumaini Collective", kind: "community_led" },
      pamoja: { name: "Pamoja Network", kind: "community_led" },
      ghp: { name: "Global Health Partners", kind: "ingo" },
      funder: { name: "Open Fund", kind: "funder" },
      farClo: { name: "Far Away Collective", kind: "community_led" },
      farIngo: { name: "Far Away Aid", kind: "ingo" },
    },
    partnership: {
      name: "Nairobi Programme",
      members: { tumaini: "community_partner", pamoja: "community_partner", ghp: "ingo_partner", funder: "funder" },
    },
    people: {
      sanne: { name: "Sanne", of: "ghp" },
      pieter: { name: "Pieter", of: "ghp", role: "coordinator" },
      otieno: { name: "Otieno", of: "tumaini", role: "coordinator" },
      juma: { name: "Juma", of: "tumaini" },
      wanjiru: { name: "Wanjiru", of: "pamoja", role: "coordinator" },
      grace: { name: "Grace", of: "funder" },
      farStaff: { name: "Farah", of: "farIngo" },
      facilitator: { name: "Facilitator", facilitator: true },
    },
  });
  const { farClo, farIngo } = alliance.orgs;
  const otherPartnershipId = partnership("Far Programme", [
    [farClo, "community_partner"],
    [farIngo, "ingo_partner"],
  ]);
  return {
    ...alliance,
    otherPartnershipId,
    roundId: openRound(alliance.partnershipId, { opensDaysAgo: 60 }),
    otherRoundId: openRound(otherPartnershipId, { opensDaysAgo: 60 }),
  };
}

export type ListeningAlliance = ReturnType<typeof listeningAlliance>;

/**
 * For responding: Coast Programme with a round open since yesterday. Juma (Swahili) is invited to the
 * partnership view, Sanne to the INGO's two instruments, Otto to nothing. Real passwords: a test signs in again.
 */
export async function respondingAlliance() {
  const alliance = await buildAllianceWithPasswords({
    organisations: { clo: { name: "Amani Collective", kind: "community_led" }, ingo: { name: "Global Aid", kind: "ingo" } },
    partnership: { name: "Coast Programme", members: { clo: "community_partner", ingo: "ingo_partner" } },
    people: {
      member: { name: "Juma", email: "juma@amani.example", language: "sw", of: "clo" },
      staff: { name: "Sanne", email: "sanne@aid.example", of: "ingo" },
      outsider: { name: "Otto", email: "otto@amani.example", of: "clo" },
    },
  });
  const { orgs, people } = alliance;
  const roundId = openRound(alliance.partnershipId, {
    instruments: ["partnership-view", "self-reflection", "collaboration-network"],
    invitees: [
      { personId: people.member.id, organisationId: orgs.clo, instrument: "partnership-view" },
      { personId: people.staff.id, organisationId: orgs.ingo, instrument: "self-reflection" },
      { personId: people.staff.id, organisationId: orgs.ingo, instrument: "collaboration-network" },
    ],
  });
  return { ...alliance, roundId };
}

export type RespondingAlliance = Awaited<ReturnType<typeof respondingAlliance>>;

/** For who may open which organisation page: two collectives (the second in no partnership), an INGO, a funder. */
export const accessAlliance = () =>
  buildAllianceWithPasswords({
    organisations: {
      tumaini: { name: "Tumaini Collective", kind: "community_led", populations: ["sex_workers", "msm"] },
      other: { name: "Other Collective", kind: "community_led", populations: ["sex_workers", "msm"] },
      ingo: { name: "Global Partners", kind: "ingo" },
      funder: { name: "Open Fund", kind: "funder" },
    },
    partnership: { name: "Programme", members: { tumaini: "community_partner", ingo: "ingo_partner", funder: "funder" } },
    people: {
      coordinator: { name: "Otieno Coordinator", of: "tumaini", role: "coordinator" },
      member: { name: "Juma Membername", of: "tumaini" },
      otherCoordinator: { name: "Wanjiru Othercoord", of: "other", role: "coordinator" },
      ingoStaff: { name: "Sanne Ingostaff", of: "ingo" },
      funderReader: { name: "Grace Funderreader", of: "funder" },
    },
  });
