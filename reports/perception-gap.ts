import { DIMENSIONS, type Dimension } from "../surveys/dimensions";
import { shownNumber, type Figure } from "./figure-value";
import type { ViewIndex, ViewSummary } from "./rating-views";

/**
 * One third of the 1–5 scale, as docs/item-bank.md states it (the 360° blind-spot rule). The stated
 * 1.33 is used rather than 4/3, so a gap of exactly 1.33 is flagged.
 */
export const GAP_FLAG_THRESHOLD = 1.33;
// Means are fractions; 4.33 − 3 is 1.3299999999999996 in floating point and must still be flagged.
const FLOAT_TOLERANCE = 1e-9;

export interface PerceptionGap {
  dimension: Dimension;
  community: ViewSummary;
  ingoSelf: ViewSummary;
  /** INGO self-view mean minus community mean: positive = the INGO sees itself better than it is seen. */
  gap: Figure;
  flagged: boolean;
}

export function perceptionGap(dimension: Dimension, community: ViewSummary, ingoSelf: ViewSummary): PerceptionGap {
  const communityMean = shownNumber(community.mean);
  const selfMean = shownNumber(ingoSelf.mean);
  const gap = communityMean === null || selfMean === null ? null : selfMean - communityMean;
  return {
    dimension,
    community,
    ingoSelf,
    gap,
    flagged: gap !== null && Math.abs(gap) >= GAP_FLAG_THRESHOLD - FLOAT_TOLERANCE,
  };
}

/** Every dimension of one round, in item-bank order, including those nobody answered. */
export function perceptionGaps(views: ViewIndex, roundId: number): PerceptionGap[] {
  return DIMENSIONS.map((dimension) =>
    perceptionGap(dimension, views.view(roundId, dimension, "community"), views.view(roundId, dimension, "ingo_self")),
  );
}
