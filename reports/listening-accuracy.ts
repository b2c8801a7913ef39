import { DIMENSIONS, type Dimension } from "../surveys/dimensions";
import { shownNumber, type Figure } from "./figure-value";
import { meanOf } from "./stats";
import type { ViewIndex } from "./rating-views";

/** The widest possible miss on a 1–5 scale. */
export const MAX_ERROR = 4;

/** How far the INGO's prediction of the community's answer lands from the community's answer. */
export interface DimensionAccuracy {
  dimension: Dimension;
  predictionMean: Figure;
  nPrediction: Figure;
  communityMean: Figure;
  nCommunity: Figure;
  /** |mean prediction − mean community view|. */
  error: Figure;
}

/**
 * One figure per round. accuracyPercent = 100 × (1 − MAE / 4): 100 means every prediction hit the
 * community's mean, 0 means every one missed by the full width of the scale. It is a rescaled error,
 * not a probability of being right, and its floor is not 0 in practice: predicting 3 everywhere can
 * miss by at most 2, so it always scores at least 50.
 */
export interface RoundAccuracy {
  meanAbsoluteError: Figure;
  accuracyPercent: Figure;
  /** Dimensions where both the prediction and the community view are shown. */
  dimensionsCompared: number;
}

export interface ListeningAccuracy {
  perDimension: DimensionAccuracy[];
  round: RoundAccuracy;
}

/** The round figure over the per-dimension errors given: suppression calls it again with only the shown ones. */
export function summariseRoundAccuracy(errors: readonly number[]): RoundAccuracy {
  const meanAbsoluteError = meanOf(errors);
  return {
    meanAbsoluteError,
    accuracyPercent: meanAbsoluteError === null ? null : 100 * (1 - meanAbsoluteError / MAX_ERROR),
    dimensionsCompared: errors.length,
  };
}

/**
 * Before suppression the round figure covers every dimension both sides answered; suppression
 * recomputes it over the dimensions where both sides are shown, so it never rests on a hidden mean.
 */
export function listeningAccuracy(views: ViewIndex, roundId: number): ListeningAccuracy {
  const perDimension = DIMENSIONS.map((dimension): DimensionAccuracy => {
    const prediction = views.view(roundId, dimension, "ingo_prediction");
    const community = views.view(roundId, dimension, "community");
    const predictionMean = shownNumber(prediction.mean);
    const communityMean = shownNumber(community.mean);
    return {
      dimension,
      predictionMean: prediction.mean,
      nPrediction: prediction.n,
      communityMean: community.mean,
      nCommunity: community.n,
      error: predictionMean === null || communityMean === null ? null : Math.abs(predictionMean - communityMean),
    };
  });
  const errors = perDimension.map((entry) => shownNumber(entry.error)).filter((error) => error !== null);
  return { perDimension, round: summariseRoundAccuracy(errors) };
}
