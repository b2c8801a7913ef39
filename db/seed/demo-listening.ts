// Read receipts, INGO answers, actions and felt-heard ratings that make the listening figures tell a story.
import type { DemoContext } from "./demo-context";

export function seedDemoListening(_demo: DemoContext, _now: Date) {}
