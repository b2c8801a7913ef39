import { isSuppressed, shownNumber, suppressedFigure, type Figure } from "./figure-value";
import { summariseRoundAccuracy, type ListeningAccuracy } from "./listening-accuracy";
import type { ListeningFigures } from "./listening-figures";
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
 * Each side's mean follows the one rule for means; an error shows only when both means show, since
 * one mean and |difference| leave two candidates for the other. The round figure is then recomputed
 * over the shown errors only, so it adds nothing a reader could not already see.
 */
export function suppressAccuracy(accuracy: ListeningAccuracy, k: number): ListeningAccuracy {
  const perDimension = accuracy.perDimension.map((entry) => {
    const bothShown =
      meanIsShowable(entry.predictionMean, entry.nPrediction, k) && meanIsShowable(entry.communityMean, entry.nCommunity, k);
    const tooFew = [entry.nPrediction, entry.nCommunity].some((n) => !(typeof n === "number" && n >= k));
    return {
      ...entry,
      predictionMean: suppressMean(entry.predictionMean, entry.nPrediction, k),
      nPrediction: suppressSmallCount(entry.nPrediction, k),
      communityMean: suppressMean(entry.communityMean, entry.nCommunity, k),
      nCommunity: suppressSmallCount(entry.nCommunity, k),
      error:
        entry.error === null || isSuppressed(entry.error) || bothShown
          ? entry.error
          : suppressedFigure(k, tooFew ? "fewer_than_k" : "complementary"),
    };
  });
  const shownErrors = perDimension.map((entry) => shownNumber(entry.error)).filter((error) => error !== null);
  return { perDimension, round: summariseRoundAccuracy(shownErrors) };
}
