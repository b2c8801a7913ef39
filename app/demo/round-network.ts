// Who worked with whom in the demo rounds: the two community organisations refer people to each other,
// both work with the INGO, the INGO reports to the funder, and the communities reach the funder only
// once the INGO took them to its meeting (the second round).
import type { DemoContext } from "./context";
import type { Tie } from "./round-answers";

type Org = keyof DemoContext["orgs"];

const TIES: Partial<Record<Org, Partial<Record<Org, Tie[]>>>> = {
  tumaini: {
    pamoja: [{ workedOn: ["referrals"], howOften: "monthly" }, { workedOn: ["referrals", "advocacy"], howOften: "monthly" }, null],
    ghp: [
      { workedOn: ["services", "funding"], howOften: "weekly" },
      { workedOn: ["services", "training", "funding"], howOften: "weekly" },
      null,
    ],
    openHorizons: [null, { workedOn: ["advocacy"], howOften: "once" }, null],
  },
  pamoja: {
    tumaini: [{ workedOn: ["referrals"], howOften: "monthly" }, { workedOn: ["referrals"], howOften: "weekly" }, null],
    ghp: [{ workedOn: ["funding", "training"], howOften: "monthly" }, { workedOn: ["funding"], howOften: "monthly" }, null],
    openHorizons: [null, { workedOn: ["advocacy"], howOften: "once" }, null],
  },
  ghp: {
    tumaini: [
      { workedOn: ["funding", "training"], howOften: "weekly" },
      { workedOn: ["funding", "training", "services"], howOften: "weekly" },
      { workedOn: ["funding"], howOften: "weekly" },
    ],
    pamoja: [
      { workedOn: ["funding"], howOften: "monthly" },
      { workedOn: ["funding", "training"], howOften: "monthly" },
      { workedOn: ["funding"], howOften: "monthly" },
    ],
    openHorizons: [
      { workedOn: ["funding"], howOften: "monthly" },
      { workedOn: ["funding", "advocacy"], howOften: "monthly" },
      { workedOn: ["funding"], howOften: "monthly" },
    ],
  },
};

/** One answer per other organisation of the partnership for the coordinator of `fromId`, in round `index`. */
export function demoTies(demo: DemoContext, fromId: number, index: number): Map<number, Tie> {
  const names = Object.entries(demo.orgs) as [Org, number][];
  const from = names.find(([, id]) => id === fromId)?.[0];
  const row = (from && TIES[from]) ?? {};
  return new Map(names.filter(([, id]) => id !== fromId).map(([name, id]) => [id, row[name]?.[index] ?? null]));
}
