/**
 * Why a figure is hidden. `fewer_than_k`: fewer than k respondents stand behind it.
 * `complementary`: it rests on enough people, but showing it would let a hidden small figure be
 * worked out from totals or other breakdowns (secondary suppression, docs/security.md 6.1).
 */
export type SuppressionReason = "fewer_than_k" | "complementary";

export interface Suppressed {
  suppressed: true;
  reason: SuppressionReason;
  k: number;
}

/** A number in the report: null when there is nothing to show (no answers), Suppressed when hidden. */
export type Figure = number | null | Suppressed;

export function suppressedFigure(k: number, reason: SuppressionReason = "fewer_than_k"): Suppressed {
  return { suppressed: true, reason, k };
}

export function isSuppressed(value: unknown): value is Suppressed {
  return typeof value === "object" && value !== null && (value as Suppressed).suppressed === true;
}

/** The number behind a figure, or null when it is missing or hidden. */
export function shownNumber(figure: Figure): number | null {
  return typeof figure === "number" ? figure : null;
}
