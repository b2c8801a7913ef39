import { DIMENSIONS, type Dimension } from "../surveys/dimensions";
import { isSuppressed, type Figure } from "./figure-value";
import type { DimensionAccuracy } from "./listening-accuracy";
import type { PerceptionGap } from "./perception-gap";
import type { RoundFigures } from "./per-round-figures";

export interface TrendPoint {
  roundId: number;
  label: string;
  value: number | null;
  suppressed: boolean;
}

export interface TrendSeries {
  figure: string;
  dimension?: Dimension;
  points: TrendPoint[];
}

/** Series drawn once per dimension. */
const DIMENSION_SERIES: Record<string, (gap: PerceptionGap, accuracy: DimensionAccuracy) => Figure> = {
  community_mean: (gap) => gap.community.mean,
  ingo_self_mean: (gap) => gap.ingoSelf.mean,
  gap: (gap) => gap.gap,
  prediction_error: (_gap, accuracy) => accuracy.error,
};

/** Series drawn once per partnership. */
const ROUND_SERIES: Record<string, (figures: RoundFigures) => Figure> = {
  prediction_mean_absolute_error: (figures) => figures.accuracy.round.meanAbsoluteError,
  listening_accuracy_percent: (figures) => figures.accuracy.round.accuracyPercent,
  stories_shared: (figures) => figures.listening.storiesShared,
  share_read_within_14_days: (figures) => figures.listening.shareReadWithin14Days,
  share_answered: (figures) => figures.listening.shareAnswered,
  median_days_to_answer: (figures) => figures.listening.medianDaysToAnswer,
  share_linked_to_action: (figures) => figures.listening.shareLinkedToAction,
  share_done_confirmed: (figures) => figures.listening.shareDoneConfirmed,
  felt_heard_mean: (figures) => figures.listening.feltHeardMean,
};

function point(figures: RoundFigures, value: Figure): TrendPoint {
  return {
    roundId: figures.round.id,
    label: figures.round.label,
    value: typeof value === "number" ? value : null,
    suppressed: isSuppressed(value),
  };
}

/**
 * One series per figure over the rounds given, oldest first. Pass figures that have been through
 * suppression (suppressRoundFigures): a trend only copies what each round shows.
 */
export function buildTrends(history: readonly RoundFigures[]): TrendSeries[] {
  const perDimension = DIMENSIONS.flatMap((dimension, index) =>
    Object.entries(DIMENSION_SERIES).map(([figure, pick]) => ({
      figure,
      dimension,
      points: history.map((figures) => point(figures, pick(figures.gaps[index], figures.accuracy.perDimension[index]))),
    })),
  );
  const perRound = Object.entries(ROUND_SERIES).map(([figure, pick]) => ({
    figure,
    points: history.map((figures) => point(figures, pick(figures))),
  }));
  return [...perDimension, ...perRound];
}
