// What each part of the demo seed receives: the ids of the demo alliance, by readable names.
export type DemoContext = {
  orgs: { tumaini: number; pamoja: number; ghp: number; openHorizons: number };
  partnershipId: number;
  /** Person ids by e-mail address. */
  people: Record<string, number>;
};
