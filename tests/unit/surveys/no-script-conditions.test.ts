import { expandNetworkInstrument } from "../../../surveys/network";
import { allElements, rawInstrument } from "./helpers";

/**
 * Without JavaScript the server evaluates visibleIf when it renders a page, so a question can only
 * depend on answers given on earlier pages. Lists the conditions that break this.
 */
function sameOrLaterPageConditions(json: Record<string, any>): string[] {
  const pageOf = new Map<string, number>();
  json.pages.forEach((page: Record<string, any>, index: number) => {
    for (const element of allElements({ pages: [page] })) pageOf.set(element.name, index);
  });
  const broken: string[] = [];
  json.pages.forEach((page: Record<string, any>, index: number) => {
    const conditions = [page, ...allElements({ pages: [page] })].filter((item) => item.visibleIf);
    for (const item of conditions) {
      for (const [, name] of String(item.visibleIf).matchAll(/\{([a-z0-9_]+)\}/g)) {
        if ((pageOf.get(name) ?? -1) >= index) broken.push(`${item.name}: ${item.visibleIf}`);
      }
    }
  });
  return broken;
}

describe("conditions work without JavaScript", () => {
  it.each(["partnership-view", "self-reflection", "story"])("in %s", (name) => {
    expect(sameOrLaterPageConditions(rawInstrument(name))).toEqual([]);
  });

  it("in the network instrument once expanded", () => {
    const json = expandNetworkInstrument(rawInstrument("collaboration-network"), [
      { id: 1, name: "A" },
      { id: 2, name: "B" },
    ]);
    expect(sameOrLaterPageConditions(json as Record<string, any>)).toEqual([]);
  });

  it("is checked: the unexpanded template would break it", () => {
    expect(sameOrLaterPageConditions(rawInstrument("collaboration-network"))).toEqual([
      "worked_on: {worked_together} = true",
      "how_often: {worked_together} = true",
    ]);
  });
});
