import type { MetricRow, Perspective, RoundInfo } from "../../../reports/types";

/** One row per value, respondents numbered from `firstRespondent` so sides never share an id. */
export function ratings(
  roundId: number,
  dimension: string,
  perspective: Perspective,
  values: readonly (number | null)[],
  firstRespondent = 1,
): MetricRow[] {
  return values.map((value, index) => ({
    roundId,
    organisationId: perspective === "community" ? 1 : 2,
    respondentId: firstRespondent + index,
    dimension,
    perspective,
    value,
  }));
}

/** `count` copies of `value`. */
export const times = (count: number, value: number | null) => Array.from({ length: count }, () => value);

export function round(id: number, month = id): RoundInfo {
  const mm = String(month).padStart(2, "0");
  return { id, label: `Round ${id}`, opensAt: `2024-${mm}-01T00:00:00Z`, closesAt: `2024-${mm}-28T00:00:00Z` };
}
