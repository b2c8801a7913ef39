// Stories in all three scopes across the past rounds, and an anonymous story link per community organisation.
import type { DemoContext } from "./demo-context";

export function seedDemoStories(_demo: DemoContext, _now: Date) {}
