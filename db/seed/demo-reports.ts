// One released joint report for a past round and one in community review.
import type { DemoContext } from "./demo-context";

export function seedDemoReports(_demo: DemoContext, _now: Date) {}
