import { networkFigures } from "../../../reports/network";
import type { NetworkOrg, NetworkTie } from "../../../reports/types";

const orgs: NetworkOrg[] = [
  { id: 1, name: "CLO A", kind: "community_led", populations: ["sex workers"] },
  { id: 2, name: "CLO B", kind: "community_led", populations: ["LGBT"] },
  { id: 3, name: "CLO C", kind: "community_led", populations: ["sex workers", "people who use drugs"] },
  { id: 4, name: "INGO", kind: "ingo", populations: ["sex workers", "LGBT"] },
  { id: 5, name: "Funder", kind: "funder", populations: [] },
];
const tie = (fromOrgId: number, toOrgId: number, workedOn: string[] = ["services"], howOften = "monthly", roundId = 1): NetworkTie => ({
  roundId,
  fromOrgId,
  toOrgId,
  workedOn,
  howOften,
});

describe("collaboration network", () => {
  const figures = networkFigures(
    orgs,
    [
      tie(1, 2, ["services"], "monthly"),
      tie(2, 1, ["referrals"], "weekly"), // the same pair, told from the other side
      tie(1, 3),
      tie(3, 4),
      tie(4, 5, ["funding"]),
      tie(4, 2),
      tie(1, 1), // a self-tie is no tie
      tie(1, 99), // an organisation not in the alliance list
      tie(2, 3, ["advocacy"], "weekly", 2), // another round
    ],
    1,
  );

  it("counts a pair once, whichever side reported it, and keeps both sides' words", () => {
    // pairs: {1,2} {1,3} {3,4} {4,5} {2,4}
    expect(figures.ties).toBe(5);
    expect(figures.edges[0]).toEqual({
      fromOrgId: 1,
      toOrgId: 2,
      workedOn: ["services", "referrals"],
      howOften: ["monthly", "weekly"],
    });
  });

  it("counts ties per organisation", () => {
    // 1: {1,2} {1,3}; 2: {1,2} {2,4}; 3: {1,3} {3,4}; 4: {3,4} {4,5} {2,4}; 5: {4,5}
    expect(figures.nodes.map((node) => node.ties)).toEqual([2, 2, 2, 3, 1]);
  });

  it("averages ties per population served and per kind of organisation", () => {
    // LGBT: orgs 2, 4 → (2 + 3) / 2; people who use drugs: org 3 → 2; sex workers: 1, 3, 4 → 7 / 3
    expect(figures.averageTiesPerPopulation.map((group) => [group.group, group.organisations, group.averageTies])).toEqual([
      ["LGBT", 2, 2.5],
      ["people who use drugs", 1, 2],
      ["sex workers", 3, 7 / 3],
    ]);
    // community-led: (2 + 2 + 2) / 3; INGO 3; funder 1; other: none
    expect(figures.averageTiesPerKind).toEqual([
      { group: "community_led", organisations: 3, averageTies: 2 },
      { group: "ingo", organisations: 1, averageTies: 3 },
      { group: "funder", organisations: 1, averageTies: 1 },
      { group: "other", organisations: 0, averageTies: null },
    ]);
  });

  it("finds the share of ties that cross populations, among ties where both sides name one", () => {
    // {1,2}: sex workers / LGBT → crosses; {1,3}, {3,4}, {2,4} share one; {4,5}: the funder names none → left out
    expect(figures.tiesComparedForCrossing).toBe(4);
    expect(figures.crossPopulationShare).toBe(0.25);
  });

  it("measures density as ties over possible pairs: 5 / (5 × 4 / 2) = 0.5", () => {
    expect(figures.density).toBe(0.5);
  });

  it("has no density or crossing share without organisations", () => {
    const empty = networkFigures([], [], 1);
    expect(empty).toMatchObject({ ties: 0, density: null, crossPopulationShare: null });
  });
});
