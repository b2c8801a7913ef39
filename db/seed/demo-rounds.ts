// Rounds of the demo partnership: two closed past rounds with answers and one open round.
import type { DemoContext } from "./demo-context";

export function seedDemoRounds(_demo: DemoContext, _now: Date) {}
