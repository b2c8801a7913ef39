// Rounds of the demo partnership: two closed past rounds with answers and one open round.
import type { MembershipRole } from "../../app/models/people.server";

type Alliance = { orgs: Record<string, number>; partnershipId: number; people: Record<string, number> };

export function seedDemoRounds(_alliance: Alliance, _now: Date) {
  // Filled by the rounds work: see tests/integration/demo-seed.test.ts.
  void (null as unknown as MembershipRole);
}
