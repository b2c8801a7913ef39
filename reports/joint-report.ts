import { DIMENSIONS, type Dimension } from "../surveys/dimensions";
import { listActions } from "./actions";
import { buildDecisionMap, type DecisionMapInput } from "./decision-map";
import { buildPowerFacts, type PowerFactRow } from "./power-facts";
import { buildHeadline } from "./headline";
import { gapsByOrganisation, type OrganisationViewsInput } from "./gaps-by-organisation";
import { networkFigures } from "./network";
import { buildRoundFigures, groupByRound, suppressRoundFigures } from "./per-round-figures";
import { chooseQuotes } from "./quotes";
import { indexViewCounts, indexViews, type ViewCountRow } from "./rating-views";
import type { JointReport } from "./report-shape";
import { responseRates } from "./response-rates";
import { effectiveK, suppressReport } from "./suppress-report";
import { buildThemes, type ThemeCount } from "./themes";
import { buildStoryPatterns, type PatternStory } from "./story-patterns";
import { tieStoryLines, type TieStory } from "./tie-stories";
import { buildTrends, type TrendSeries } from "./trends";
import type {
  ActionInfo,
  ListeningAction,
  ListeningStory,
  MetricRow,
  NetworkOrg,
  NetworkTie,
  OurReading,
  Quote,
  ResponseRateRow,
  RoundInfo,
} from "./types";

/** Everything one joint report needs, already filtered by access and consent by the loading layer. */
export interface JointReportInput {
  /** k: the partnership's small-number threshold; null means the default (5), never below 3. */
  partnership: { id: number; name: string; k: number | null };
  round: RoundInfo;
  /** The partnership's rounds up to and including `round`; later ones are ignored. */
  rounds: readonly RoundInfo[];
  /** When the report is built (ISO): bounds the 14-day read window and stamps the report. */
  now: string;
  /** Ratings for all of `rounds`, for the gaps and their trends. */
  metrics: readonly MetricRow[];
  /** The same ratings already counted by the database; used instead of `metrics` when given. */
  viewCounts?: readonly ViewCountRow[];
  responseRates: readonly ResponseRateRow[];
  listening: { stories: readonly ListeningStory[]; actions: readonly ListeningAction[] };
  quotes: readonly Quote[];
  /** The partnership's themes with the round's shared stories in each (reports/themes.ts); none when left out. */
  themes?: readonly ThemeCount[];
  network: { organisations: readonly NetworkOrg[]; ties: readonly NetworkTie[] };
  /** The report round's ratings per community organisation (gaps-by-organisation.ts); no breakdown when left out. */
  byOrganisation?: OrganisationViewsInput;
  actions: readonly ActionInfo[];
  /** Who decides what, per organisation, for all of `rounds` (decision-map.ts); no section when left out. */
  decisions?: DecisionMapInput;
  /** The facts of power per community organisation for all of `rounds` (power-facts.ts); no section when left out. */
  powerFacts?: readonly PowerFactRow[];
  texts: { ourReadings: readonly OurReading[]; whatWeLearned: string | null };
  /** Stories about the round's collaboration ties this reader may read (tie-stories.ts); no list when left out. */
  tieStories?: readonly TieStory[];
  /** The community organisations and the signification of the round's stories this reader may read (story-patterns.ts); no view when left out. */
  storyPatterns?: { organisations: readonly { id: number; name: string }[]; stories: readonly PatternStory[] };
}

/**
 * Oldest first, ending with `round`: later rounds must not leak into an earlier report. ISO dates in
 * one format compare correctly as strings.
 */
function roundsUpTo(rounds: readonly RoundInfo[], round: RoundInfo): RoundInfo[] {
  const earlier = rounds.filter(
    (other) => other.id !== round.id && (other.opensAt < round.opensAt || (other.opensAt === round.opensAt && other.id < round.id)),
  );
  earlier.sort((a, b) => (a.opensAt < b.opensAt ? -1 : a.opensAt > b.opensAt ? 1 : a.id - b.id));
  return [...earlier, round];
}

/**
 * Composes the seven sections from raw figures and applies suppression last, with the partnership's k.
 * Trends and the headline are built from each round's figures after the same suppression, so a trend
 * point shows exactly what that round's own report showed, and a hidden gap never reaches the headline.
 */
export function buildJointReport(data: JointReportInput): JointReport {
  const k = effectiveK(data.partnership.k);
  const sources = {
    views: data.viewCounts ? indexViewCounts(data.viewCounts) : indexViews(data.metrics),
    storiesByRound: groupByRound(data.listening.stories),
    actionsByRound: groupByRound(data.listening.actions),
    now: data.now,
  };
  const span = roundsUpTo(data.rounds, data.round);
  const history = span.map((round) => buildRoundFigures(round, sources));
  const shownHistory = history.map((figures) => suppressRoundFigures(figures, k));
  const current = history[history.length - 1];
  const quotes = chooseQuotes(data.quotes);
  const trends = buildTrends(shownHistory);
  const trendsByDimension = new Map<Dimension | undefined, TrendSeries[]>();
  for (const series of trends) {
    const group = trendsByDimension.get(series.dimension);
    if (group) group.push(series);
    else trendsByDimension.set(series.dimension, [series]);
  }

  const report: JointReport = {
    partnership: { id: data.partnership.id, name: data.partnership.name },
    round: data.round,
    k,
    generatedAt: data.now,
    responseRates: responseRates(data.responseRates, data.round.id),
    headline: buildHeadline(shownHistory[shownHistory.length - 1].gaps, shownHistory[shownHistory.length - 2]?.gaps, quotes),
    perDimension: DIMENSIONS.map((dimension, index) => ({
      dimension,
      gap: current.gaps[index],
      trend: trendsByDimension.get(dimension) ?? [],
      accuracy: current.accuracy.perDimension[index],
      quotes: quotes.get(dimension) ?? { none: true },
    })),
    themes: buildThemes(data.themes ?? [], data.quotes, k),
    listening: {
      figures: current.listening,
      accuracy: current.accuracy.round,
      trend: trendsByDimension.get(undefined) ?? [],
    },
    actions: listActions(data.actions),
    network: networkFigures(data.network.organisations, data.network.ties, data.round.id),
    texts: { ourReadings: [...data.texts.ourReadings], whatWeLearned: data.texts.whatWeLearned },
  };
  const shown = suppressReport(report, k);
  // Organisations' answers and facts are not people's ratings: added after suppression, each fact beside
  // its dimension's perception exactly as the report shows it (hidden under k stays hidden).
  const perception = (dimension: Dimension) => {
    const gap = shown.perDimension.find((section) => section.dimension === dimension)!.gap;
    return { communityMean: gap.community.mean, ingoSelfMean: gap.ingoSelf.mean };
  };
  return {
    ...shown,
    // Per community organisation, held against the pooled sections as they are shown (gaps-by-organisation.ts).
    ...(data.byOrganisation && { byOrganisation: gapsByOrganisation(data.byOrganisation, shown.perDimension, k) }),
    ...(data.decisions && { decisions: buildDecisionMap(data.decisions, span) }),
    ...(data.powerFacts && { powerFacts: buildPowerFacts(data.powerFacts, perception, span) }),
    // Counts of stories, suppressed under k by their own builder; the tie stories are voice, as quotes.
    ...(data.storyPatterns && { storyPatterns: buildStoryPatterns(data.storyPatterns.organisations, data.storyPatterns.stories, k) }),
    ...(data.tieStories && { tieStories: tieStoryLines(data.network.organisations, shown.network.edges, data.tieStories) }),
  };
}
