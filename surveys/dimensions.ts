// The item bank's dimension keys, in docs/item-bank.md order. Every metric question names one of them, and
// the shared key is what joins a community answer to the INGO's self-view and prediction.
export const DIMENSIONS = [
  "decisions",
  "agenda",
  "money",
  "knowledge",
  "listening",
  "respect",
  "transparency",
  "accountability",
  "trust",
  "independence",
  "visibility",
] as const;

export type Dimension = (typeof DIMENSIONS)[number];

// Whose view a rating records: reports set the community's view against the INGO's view of itself and
// against the INGO's guess of the community's view (how well it listens).
export const PERSPECTIVES = ["community", "ingo_self", "ingo_prediction"] as const;

export type Perspective = (typeof PERSPECTIVES)[number];

export function isDimension(value: unknown): value is Dimension {
  return typeof value === "string" && (DIMENSIONS as readonly string[]).includes(value);
}

export function isPerspective(value: unknown): value is Perspective {
  return typeof value === "string" && (PERSPECTIVES as readonly string[]).includes(value);
}

// The decisions of a programme the decision map asks about (decision-map.json's matrix rows), each joined to
// the dimension whose perception it puts beside a fact: who decides the budget speaks to "money".
export const DECISION_TOPICS = [
  { topic: "budget", dimension: "money" },
  { topic: "strategy", dimension: "agenda" },
  { topic: "activities", dimension: "decisions" },
  { topic: "indicators", dimension: "knowledge" },
  { topic: "hiring", dimension: "independence" },
  { topic: "partners", dimension: "decisions" },
  { topic: "messages", dimension: "visibility" },
  { topic: "reporting", dimension: "accountability" },
] as const satisfies readonly { topic: string; dimension: Dimension }[];

export type DecisionTopic = (typeof DECISION_TOPICS)[number]["topic"];

/**
 * Who decides, from the INGO alone to the community organisation alone (positions 1–5), and the funder,
 * which stands outside that line: a distance to or from "the funder" is a difference, never a number of steps.
 */
export const DECISION_POSITIONS = [
  "ingo_alone",
  "ingo_consulting",
  "together",
  "community_consulting",
  "community_alone",
  "funder",
] as const;

export type DecisionPosition = (typeof DECISION_POSITIONS)[number];

export function isDecisionTopic(value: unknown): value is DecisionTopic {
  return DECISION_TOPICS.some((t) => t.topic === value);
}

export function isDecisionPosition(value: unknown): value is DecisionPosition {
  return typeof value === "string" && (DECISION_POSITIONS as readonly string[]).includes(value);
}
