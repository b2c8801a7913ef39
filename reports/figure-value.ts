/**
 * A hidden figure. Every hidden figure carries the same marker, whatever hid it: a cell of 1..k−1
 * people, a cell hidden beside it, a mean that would pin a cell. Telling those apart ("fewer than 5"
 * vs "hidden so that…") told a solver that a cell held 1..4 or 0/≥5, which rebuilt most hidden cells
 * of the first released report (ADR 012, docs/security.md 6.1). So there is no reason to read.
 */
export interface Suppressed {
  suppressed: true;
  k: number;
}

/** A number in the report: null when there is nothing to show (no answers), Suppressed when hidden. */
export type Figure = number | null | Suppressed;

export function suppressedFigure(k: number): Suppressed {
  return { suppressed: true, k };
}

export function isSuppressed(value: unknown): value is Suppressed {
  return typeof value === "object" && value !== null && (value as Suppressed).suppressed === true;
}

/** The number behind a figure, or null when it is missing or hidden. */
export function shownNumber(figure: Figure): number | null {
  return typeof figure === "number" ? figure : null;
}
