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
