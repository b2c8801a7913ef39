import type { Dimension } from "../surveys/dimensions";
import type { ActionLine } from "./actions";
import type { BenchmarkSection } from "./benchmarks";
import type { DecisionMap } from "./decision-map";
import type { PowerFactsSection } from "./power-facts";
import type { HeadlineEntry } from "./headline";
import type { GapsByOrganisation } from "./gaps-by-organisation";
import type { DimensionAccuracy, RoundAccuracy } from "./listening-accuracy";
import type { ListeningFigures } from "./listening-figures";
import type { NetworkFigures } from "./network";
import type { PerceptionGap } from "./perception-gap";
import type { DimensionQuotes } from "./quotes";
import type { ResponseRates } from "./response-rates";
import type { ThemeLine } from "./themes";
import type { StoryPatterns } from "./story-patterns";
import type { TieStoriesLine } from "./tie-stories";
import type { TrendSeries } from "./trends";
import type { OurReading, RoundInfo } from "./types";

/*
 * The shape of the finished joint report, apart from the code that builds it (joint-report.ts), so that
 * suppress-report.ts and export-flatten.ts can read it without importing the builder (no import cycle).
 * It cannot live in types.ts: these types come from the builder files, which themselves read types.ts.
 */

export interface DimensionSection {
  dimension: Dimension;
  gap: PerceptionGap;
  /** community_mean, ingo_self_mean, gap and prediction_error over the rounds. */
  trend: TrendSeries[];
  accuracy: DimensionAccuracy;
  quotes: DimensionQuotes;
}

/** The joint report, in the order the page shows it (DESIGN.md, "The joint report"). */
export interface JointReport {
  partnership: { id: number; name: string };
  round: RoundInfo;
  k: number;
  generatedAt: string;
  responseRates: ResponseRates;
  headline: HeadlineEntry[];
  perDimension: DimensionSection[];
  /** The community's themes with their story counts (hidden under k) and the quotes chosen for each. */
  themes: ThemeLine[];
  listening: { figures: ListeningFigures; accuracy: RoundAccuracy; trend: TrendSeries[] };
  actions: ActionLine[];
  network: NetworkFigures;
  /** The gap per community organisation beside the pooled one; absent when not loaded (older reports). */
  byOrganisation?: GapsByOrganisation;
  /** Who decides what, in each organisation's eyes; absent in versions frozen before the map existed. */
  decisions?: DecisionMap;
  /** The facts of power beside each dimension's perception; absent in versions frozen before facts existed. */
  powerFacts?: PowerFactsSection[];
  /** What the stories say together, suppressed under k; absent in versions frozen before it existed. */
  storyPatterns?: StoryPatterns;
  /** Stories on collaboration ties, per pair, as quotes; absent in versions frozen before they existed. */
  tieStories?: TieStoriesLine[];
  texts: { ourReadings: OurReading[]; whatWeLearned: string | null };
  /** Where this partnership stands among the other opted-in ones; read live, never frozen, absent when not opted in. */
  benchmarks?: BenchmarkSection;
}
