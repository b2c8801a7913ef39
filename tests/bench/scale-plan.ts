// The shape of the generated alliance, decided before anything is written: organisations, partnerships,
// how many responses each round of each partnership gets, and who is invited. Pure, seeded.
import type { Rng } from "./scale-rng";

export const ROUNDS_PER_PARTNERSHIP = 12;
export const PARTNERSHIPS = 60;
const ORG_KINDS = { community_led: 150, ingo: 35, funder: 10, other: 5 } as const;
/** An alliance is 200 organisations in 60 partnerships; a national network is ten alliances' worth. */
export const WIDTHS = { alliance: 1, national: 10 } as const;
export type Width = keyof typeof WIDTHS;
const POPULATIONS = ["sex_workers", "msm", "lgbt", "people_who_use_drugs", "people_living_with_hiv", "other"] as const;
const COUNTRIES = ["Kenya", "Uganda", "Tanzania", "Malawi", "Zambia", "Nigeria", "Ghana", "South Africa", "Mozambique", "Zimbabwe"];
const TOWNS = [
  "Kisumu",
  "Mombasa",
  "Nakuru",
  "Gulu",
  "Mbarara",
  "Arusha",
  "Mwanza",
  "Lilongwe",
  "Ndola",
  "Kano",
  "Tamale",
  "Durban",
  "Beira",
  "Bulawayo",
];
const RESPONSE_RATE = 0.85;

export type Kind = keyof typeof ORG_KINDS;
export type OrgPlan = {
  id: number;
  name: string;
  kind: Kind;
  country: string;
  populations: string[];
  leadership: "community_led" | "provider_led";
  level: "local" | "national" | "global";
  coordinatorId: number;
};
export type Cohort = { personId: number; organisationId: number }[];
export type PartnershipPlan = {
  id: number;
  name: string;
  clos: number[];
  ingos: number[];
  funders: number[];
  /** Per round (oldest first): how many answer each instrument. */
  quotas: { view: number; self: number; network: number }[];
  viewPool: Cohort;
  selfPool: Cohort;
};
export type AlliancePlan = { orgs: OrgPlan[]; partnerships: PartnershipPlan[]; facilitatorId: number; people: number };

function planOrganisations(rng: Rng, times: number): OrgPlan[] {
  const orgs: OrgPlan[] = [];
  for (const [kind, count] of Object.entries(ORG_KINDS) as [Kind, number][]) {
    for (let i = 0; i < count * times; i++) {
      const id = orgs.length + 1;
      const served = kind === "funder" ? [] : rng.sample(POPULATIONS.slice(0, 5), kind === "community_led" ? rng.int(1, 2) : rng.int(2, 5));
      const label = { community_led: "Community Network", ingo: "International", funder: "Fund", other: "Research Institute" }[kind];
      orgs.push({
        id,
        name: `${rng.pick(TOWNS)} ${label} ${id}`,
        kind,
        country: rng.pick(COUNTRIES),
        populations: served,
        leadership: kind === "community_led" ? "community_led" : "provider_led",
        level:
          kind === "community_led"
            ? rng.pick(["local", "national"] as const)
            : kind === "ingo" || kind === "funder"
              ? "global"
              : "national",
        // Each organisation's coordinator answers the network instrument for it: person ids 1..(organisations).
        coordinatorId: id,
      });
    }
  }
  return orgs;
}

/** Splits `total` over slots in proportion to `weights`, exactly (largest remainder). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const whole = exact.map(Math.floor);
  let left = total - whole.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of byRemainder) {
    if (left-- <= 0) break;
    whole[i] += 1;
  }
  return whole;
}

/** One round's responses: a few coordinators map the network, ~15% INGO staff, the rest community members. */
function splitQuota(total: number, networkOrgs: number) {
  const network = Math.min(networkOrgs, Math.round(total * 0.04));
  const self = Math.round((total - network) * 0.15);
  return { view: total - network - self, self, network };
}

/** Spreads `size` people round-robin over organisations; ids continue from `nextId`. */
function cohort(size: number, orgIds: number[], nextId: () => number): Cohort {
  return Array.from({ length: size }, (_, i) => ({ personId: nextId(), organisationId: orgIds[i % orgIds.length] }));
}

export function planAlliance(rng: Rng, responses: number, width: Width = "alliance"): AlliancePlan {
  const times = WIDTHS[width];
  const orgs = planOrganisations(rng, times);
  const ofKind = (kind: Kind) => orgs.filter((o) => o.kind === kind).map((o) => o.id);
  const [clos, ingos, funders] = [ofKind("community_led"), ofKind("ingo"), ofKind("funder")];
  let lastPerson = orgs.length;
  const facilitatorId = ++lastPerson;
  const nextId = () => ++lastPerson;
  const shapes = Array.from({ length: PARTNERSHIPS * times }, (_, i) => ({
    id: i + 1,
    clos: rng.sample(clos, rng.int(2, 6)),
    ingos: rng.sample(ingos, rng.int(1, 2)),
    funders: rng.sample(funders, rng.int(0, 2)),
    // Bigger partnerships (more community partners) get more answers, with some spread.
    size: 0.6 + rng.next() * 0.8,
  }));
  const slotWeights = shapes.flatMap((s) => Array.from({ length: ROUNDS_PER_PARTNERSHIP }, () => s.clos.length * s.size));
  const slots = apportion(responses, slotWeights);
  const partnerships = shapes.map((s, p): PartnershipPlan => {
    const quotas = slots
      .slice(p * ROUNDS_PER_PARTNERSHIP, (p + 1) * ROUNDS_PER_PARTNERSHIP)
      .map((n) => splitQuota(n, s.clos.length + s.ingos.length));
    const pool = (most: number) => (most === 0 ? 0 : Math.ceil(most / RESPONSE_RATE));
    return {
      id: s.id,
      name: `${rng.pick(TOWNS)} Key Populations Partnership ${s.id}`,
      clos: s.clos,
      ingos: s.ingos,
      funders: s.funders,
      quotas,
      viewPool: cohort(pool(Math.max(...quotas.map((q) => q.view))), s.clos, nextId),
      selfPool: cohort(pool(Math.max(...quotas.map((q) => q.self))), s.ingos, nextId),
    };
  });
  return { orgs, partnerships, facilitatorId, people: lastPerson };
}
