// Stories on collaboration ties, grouped per pair (docs/decisions/029): the pure half; who may read which
// story is decided before (tests/integration/tie-stories.test.ts).
import { tieStoryLines } from "../../../reports/tie-stories";
import type { NetworkOrg } from "../../../reports/types";

const orgs: NetworkOrg[] = [
  { id: 1, name: "Tumaini", kind: "community_led", populations: [] },
  { id: 2, name: "Sauti", kind: "community_led", populations: [] },
  { id: 3, name: "Open Horizons", kind: "ingo", populations: [] },
];
const quote = (id: string) => ({ id, kind: "story" as const, text: `words ${id}`, language: "en", attribution: null });

describe("tieStoryLines", () => {
  it("puts both sides' stories on one pair, says whether they worked together, and drops unknown or self ties", () => {
    const lines = tieStoryLines(
      orgs,
      [{ fromOrgId: 1, toOrgId: 3 }],
      [
        { fromOrgId: 3, toOrgId: 1, quote: quote("story:1") },
        { fromOrgId: 1, toOrgId: 3, quote: quote("story:2") },
        { fromOrgId: 2, toOrgId: 1, quote: quote("story:3") },
        { fromOrgId: 2, toOrgId: 2, quote: quote("story:4") },
        { fromOrgId: 2, toOrgId: 99, quote: quote("story:5") },
      ],
    );
    expect(lines).toEqual([
      { fromOrgId: 1, toOrgId: 2, tied: false, stories: [quote("story:3")] },
      { fromOrgId: 1, toOrgId: 3, tied: true, stories: [quote("story:1"), quote("story:2")] },
    ]);
  });

  it("has no line without a story", () => {
    expect(tieStoryLines(orgs, [{ fromOrgId: 1, toOrgId: 2 }], [])).toEqual([]);
  });
});
