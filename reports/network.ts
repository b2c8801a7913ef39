import { shareOf } from "./stats";
import type { NetworkOrg, NetworkTie, OrganisationKind } from "./types";

/** Order in which organisation kinds are listed. */
export const ORGANISATION_KINDS: readonly OrganisationKind[] = ["community_led", "ingo", "funder", "other"];

export interface NetworkNode {
  id: number;
  name: string;
  kind: OrganisationKind;
  populations: string[];
  /** Distinct partners this organisation has a tie with. */
  ties: number;
}

export interface NetworkEdge {
  fromOrgId: number;
  toOrgId: number;
  /** Everything either side said they worked on together. */
  workedOn: string[];
  /** Each side's answer, kept as given: the two sides may remember the frequency differently. */
  howOften: string[];
}

export interface GroupAverage {
  group: string;
  organisations: number;
  averageTies: number | null;
}

export interface NetworkFigures {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  ties: number;
  averageTiesPerPopulation: GroupAverage[];
  averageTiesPerKind: GroupAverage[];
  /**
   * Share of ties between organisations that serve no population in common. Ties with an
   * organisation that names no population (a funder, say) are left out: they cannot cross anything.
   */
  crossPopulationShare: number | null;
  tiesComparedForCrossing: number;
  /** ties / (n(n−1)/2): the share of possible pairs that worked together. */
  density: number | null;
}

const pairKey = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function averagesBy(nodes: readonly NetworkNode[], groupsOf: (node: NetworkNode) => readonly string[], order: readonly string[]) {
  const sums = new Map<string, { organisations: number; ties: number }>(order.map((group) => [group, { organisations: 0, ties: 0 }]));
  for (const node of nodes) {
    for (const group of new Set(groupsOf(node))) {
      const sum = sums.get(group) ?? { organisations: 0, ties: 0 };
      sum.organisations += 1;
      sum.ties += node.ties;
      sums.set(group, sum);
    }
  }
  return [...sums.entries()].map(([group, sum]): GroupAverage => ({
    group,
    organisations: sum.organisations,
    averageTies: shareOf(sum.ties, sum.organisations),
  }));
}

/**
 * Network figures describe organisations, which the alliance names openly; they are not answers of
 * people, so small-number suppression does not apply to them.
 */
export function networkFigures(orgs: readonly NetworkOrg[], ties: readonly NetworkTie[], roundId: number): NetworkFigures {
  const orgById = new Map(orgs.map((org) => [org.id, org]));
  const edges = new Map<string, { fromOrgId: number; toOrgId: number; workedOn: Set<string>; howOften: Set<string> }>();
  for (const tie of ties) {
    // A tie to an organisation outside the list cannot be classified, and a self-tie is no tie.
    if (tie.roundId !== roundId || tie.fromOrgId === tie.toOrgId) continue;
    if (!orgById.has(tie.fromOrgId) || !orgById.has(tie.toOrgId)) continue;
    const key = pairKey(tie.fromOrgId, tie.toOrgId);
    let edge = edges.get(key);
    if (!edge) {
      const [fromOrgId, toOrgId] = [tie.fromOrgId, tie.toOrgId].sort((a, b) => a - b);
      edges.set(key, (edge = { fromOrgId, toOrgId, workedOn: new Set(), howOften: new Set() }));
    }
    for (const topic of tie.workedOn) edge.workedOn.add(topic);
    edge.howOften.add(tie.howOften);
  }
  const degree = new Map<number, number>();
  let compared = 0;
  let crossing = 0;
  for (const edge of edges.values()) {
    degree.set(edge.fromOrgId, (degree.get(edge.fromOrgId) ?? 0) + 1);
    degree.set(edge.toOrgId, (degree.get(edge.toOrgId) ?? 0) + 1);
    const from = orgById.get(edge.fromOrgId)!;
    const to = orgById.get(edge.toOrgId)!;
    if (from.populations.length === 0 || to.populations.length === 0) continue;
    compared += 1;
    const served = new Set(from.populations);
    if (!to.populations.some((population) => served.has(population))) crossing += 1;
  }
  const nodes = orgs.map((org): NetworkNode => ({ ...org, ties: degree.get(org.id) ?? 0 }));
  const pairs = (orgs.length * (orgs.length - 1)) / 2;
  return {
    nodes,
    edges: [...edges.values()].map((edge) => ({ ...edge, workedOn: [...edge.workedOn], howOften: [...edge.howOften] })),
    ties: edges.size,
    averageTiesPerPopulation: averagesBy(nodes, (node) => node.populations, []).sort((a, b) => a.group.localeCompare(b.group)),
    averageTiesPerKind: averagesBy(nodes, (node) => [node.kind], ORGANISATION_KINDS),
    crossPopulationShare: shareOf(crossing, compared),
    tiesComparedForCrossing: compared,
    density: shareOf(edges.size, pairs),
  };
}
