import { listeningAccuracy, type ListeningAccuracy } from "./listening-accuracy";
import { listeningFigures, type ListeningFigures } from "./listening-figures";
import { perceptionGaps, type PerceptionGap } from "./perception-gap";
import { suppressAccuracy, suppressListening } from "./suppress-listening";
import { suppressGap } from "./suppress-rating-views";
import type { ListeningAction, ListeningStory, RoundInfo } from "./types";
import type { ViewIndex } from "./rating-views";

/** Everything a round contributes to a trend: its gaps, its listening accuracy and its listening loop. */
export interface RoundFigures {
  round: RoundInfo;
  gaps: PerceptionGap[];
  accuracy: ListeningAccuracy;
  listening: ListeningFigures;
}

/** Inputs grouped once, so each round reads only its own rows. */
export interface RoundSources {
  views: ViewIndex;
  storiesByRound: ReadonlyMap<number, readonly ListeningStory[]>;
  actionsByRound: ReadonlyMap<number, readonly ListeningAction[]>;
  now: string;
}

export function groupByRound<T extends { roundId: number }>(items: readonly T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(item.roundId);
    if (group) group.push(item);
    else groups.set(item.roundId, [item]);
  }
  return groups;
}

export function buildRoundFigures(round: RoundInfo, sources: RoundSources): RoundFigures {
  return {
    round,
    gaps: perceptionGaps(sources.views, round.id),
    accuracy: listeningAccuracy(sources.views, round.id),
    listening: listeningFigures(
      sources.storiesByRound.get(round.id) ?? [],
      sources.actionsByRound.get(round.id) ?? [],
      round.id,
      sources.now,
    ),
  };
}

/**
 * The same suppression a round's own report gets, so a point on a trend line shows exactly what that
 * round's report showed: a mean hidden there is hidden here too.
 */
export function suppressRoundFigures(figures: RoundFigures, k: number): RoundFigures {
  const gaps = figures.gaps.map((gap) => suppressGap(gap, k));
  return {
    round: figures.round,
    gaps,
    accuracy: suppressAccuracy(figures.accuracy, k, gaps),
    listening: suppressListening(figures.listening, k),
  };
}
