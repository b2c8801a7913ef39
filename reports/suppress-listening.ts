import { isSuppressed, shownNumber, suppressedFigure, type Figure } from "./figure-value";
import { summariseRoundAccuracy, type ListeningAccuracy } from "./listening-accuracy";
import type { ListeningFigures } from "./listening-figures";
import type { PerceptionGap } from "./perception-gap";
import { meanIsShowable, suppressMean, suppressSmallCount } from "./suppress-rating-views";

/** A share, median or mean is hidden when the count it rests on is below k. */
function byBase(figure: Figure, base: Figure, k: number): Figure {
  if (figure === null || isSuppressed(figure)) return figure;
  return typeof base === "number" && base >= k ? figure : suppressedFigure(k);
}

/**
 * The tellers are the people to protect here, so every story figure needs k stories behind it.
 * `answered` is left as it is while storiesShared shows: shareAnswered × storiesShared gives it
 * anyway, and it counts the INGO's answers, not anyone's story. The confirmed share of done actions
 * is not suppressed: section 5 lists every action with its confirmation, one by one.
 */
export function suppressListening(figures: ListeningFigures, k: number): ListeningFigures {
  const shared = figures.storiesShared;
  return {
    ...figures,
    storiesShared: suppressSmallCount(shared, k),
    storiesPastReadWindow: suppressSmallCount(figures.storiesPastReadWindow, k),
    shareReadWithin14Days: byBase(figures.shareReadWithin14Days, figures.storiesPastReadWindow, k),
    shareAnswered: byBase(figures.shareAnswered, shared, k),
    answered: typeof shared === "number" && shared >= k ? figures.answered : suppressSmallCount(figures.answered, k),
    medianDaysToAnswer: byBase(figures.medianDaysToAnswer, figures.answered, k),
    shareLinkedToAction: byBase(figures.shareLinkedToAction, shared, k),
    feltHeardMean: suppressMean(figures.feltHeardMean, figures.feltHeardN, k),
    feltHeardN: suppressSmallCount(figures.feltHeardN, k),
  };
}

/**
 * Each mean follows its own rule: the INGO's prediction (no distribution published) meanIsShowable;
 * the community's mean whatever its view shows in `gaps` (suppressGap), so a community mean hidden
 * beside its distribution is hidden here too. Without `gaps` (an accuracy alone), meanIsShowable.
 * An error shows only when both means show, since one mean and |difference| leave two candidates for
 * the other. The round figure is then recomputed over the shown errors only, so it adds nothing a
 * reader could not already see.
 */
export function suppressAccuracy(accuracy: ListeningAccuracy, k: number, gaps?: readonly PerceptionGap[]): ListeningAccuracy {
  const communityShown = new Map(gaps?.map((gap) => [gap.dimension, typeof gap.community.mean === "number"]));
  const perDimension = accuracy.perDimension.map((entry) => {
    const shown = communityShown.get(entry.dimension) ?? meanIsShowable(entry.communityMean, entry.nCommunity, k);
    const communityMean = shown || entry.communityMean === null ? entry.communityMean : suppressedFigure(k);
    const predictionMean = suppressMean(entry.predictionMean, entry.nPrediction, k);
    const bothShown = typeof predictionMean === "number" && typeof communityMean === "number";
    return {
      ...entry,
      predictionMean,
      nPrediction: suppressSmallCount(entry.nPrediction, k),
      communityMean,
      nCommunity: suppressSmallCount(entry.nCommunity, k),
      error: entry.error === null || isSuppressed(entry.error) || bothShown ? entry.error : suppressedFigure(k),
    };
  });
  const shownErrors = perDimension.map((entry) => shownNumber(entry.error)).filter((error) => error !== null);
  return { perDimension, round: summariseRoundAccuracy(shownErrors) };
}
