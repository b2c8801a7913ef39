// The national-size plan: ten alliances' worth of organisations and partnerships, and the figures --national asks for.
import { planAlliance } from "../bench/scale-plan";
import { makeRng } from "../bench/scale-rng";
import { parseArgs } from "../bench/seed-scale";

describe("seed:scale --national", () => {
  it("plans 2 000 organisations of the same four kinds and 600 partnerships", () => {
    const plan = planAlliance(makeRng(1), 20_000, "national");
    expect(plan.orgs).toHaveLength(2000);
    const kinds = plan.orgs.reduce<Record<string, number>>((n, o) => ({ ...n, [o.kind]: (n[o.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ community_led: 1500, ingo: 350, funder: 100, other: 50 });
    expect(plan.partnerships).toHaveLength(600);
    const responses = plan.partnerships.flatMap((p) => p.quotas).reduce((sum, q) => sum + q.view + q.self + q.network, 0);
    expect(responses).toBe(20_000);
  });

  it("asks for 1 000 000 responses and 300 000 stories unless told otherwise", () => {
    expect(parseArgs(["--national"])).toMatchObject({ responses: 1_000_000, stories: 300_000, width: "national" });
    expect(parseArgs(["--national", "--responses", "5000"])).toMatchObject({ responses: 5000, width: "national" });
  });
});
