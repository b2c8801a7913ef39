import { dimensionQuoteRows, figureRow, quoteRow, smallerN, textRow, type FigureRow, type RowContext } from "./export-row";
import { byOrganisationRows } from "./export-by-organisation";
import { decisionRows, powerFactRows } from "./export-power";
import { benchmarkRows } from "./export-benchmarks";
import { suppressedFigure } from "./figure-value";
import type { RatingGroup, ViewSummary } from "./rating-views";
import type { JointReport } from "./report-shape";
import type { InstrumentTotal } from "./response-rates";
import type { ThemeLine } from "./themes";
import { storyPatternRows, tieStoryRows } from "./export-stories";

const GROUP_NOTES: Record<RatingGroup, string> = { disagree: "ratings 1 and 2", neither: "rating 3", agree: "ratings 4 and 5" };

function viewRows(context: RowContext, side: string, view: ViewSummary): FigureRow[] {
  return [
    ...view.distribution.map((cell) => figureRow(context, `${side}.rating_${cell.rating}`, cell.count, cell.count)),
    // The groups a distribution with a small cell is published in (ratings 1–2, 3, 4–5; ADR 012).
    ...view.groups.map((cell) => figureRow(context, `${side}.${cell.group}`, cell.count, cell.count, { note: GROUP_NOTES[cell.group] })),
    figureRow(context, `${side}.dont_know`, view.dontKnow, view.dontKnow),
    figureRow(context, `${side}.mean`, view.mean, view.n),
    figureRow(context, `${side}.n`, view.n, view.n),
  ];
}

/** How many were invited describes the organisation (no n); what they did rests on those invited. */
function rateRows(context: RowContext, line: InstrumentTotal): FigureRow[] {
  return [
    figureRow(context, `${line.instrument}.invited`, line.invited),
    figureRow(context, `${line.instrument}.started`, line.started, line.invited),
    figureRow(context, `${line.instrument}.submitted`, line.submitted, line.invited),
    figureRow(context, `${line.instrument}.rate`, line.rate, line.invited, { whenMissing: "no one invited" }),
  ];
}

/** A theme's story count (hidden under k, like any count of people) and the quotes chosen for it. */
function themeRows({ name, stories, quotes }: ThemeLine, round: string): FigureRow[] {
  const context = { section: "themes", round, dimension: `theme: ${name}` };
  return [
    figureRow(context, "stories", stories, stories, { whenMissing: "no stories" }),
    ...(quotes.none
      ? [textRow(context, "quote", null, "no quote chosen for this theme")]
      : quotes.quotes.map((q) => quoteRow(context, "quote", q))),
  ];
}

/** Each section's rows, in the report's order; quotes come last, in their own section. */
const SECTION_ROWS: Record<string, (report: JointReport, round: string) => FigureRow[]> = {
  response_rates: ({ responseRates }, round) => [
    ...responseRates.rows.flatMap((row) => rateRows({ section: "response_rates", round, organisation: row.organisationName }, row)),
    ...responseRates.totals.flatMap((total) => rateRows({ section: "response_rates", round, organisation: "all organisations" }, total)),
  ],
  headline: ({ headline }, round) =>
    headline.flatMap((entry) => {
      const context = { section: "headline", round, dimension: entry.dimension };
      return [
        figureRow(context, "gap", entry.gap),
        figureRow(context, "widening", entry.widening, "", { whenMissing: "no earlier round to compare" }),
      ];
    }),
  per_dimension: ({ perDimension }, round) =>
    perDimension.flatMap(({ dimension, gap, accuracy }) => {
      const context = { section: "per_dimension", round, dimension };
      const gapN = smallerN(gap.community.n, gap.ingoSelf.n);
      return [
        ...viewRows(context, "community", gap.community),
        ...viewRows(context, "ingo_self", gap.ingoSelf),
        figureRow(context, "gap", gap.gap, gapN),
        typeof gap.gap === "number"
          ? textRow(context, "gap_flagged", gap.flagged ? "yes" : "no")
          : figureRow(context, "gap_flagged", gap.gap),
        figureRow(context, "ingo_prediction.mean", accuracy.predictionMean, accuracy.nPrediction),
        figureRow(context, "prediction_error", accuracy.error, smallerN(accuracy.nPrediction, accuracy.nCommunity)),
      ];
    }),
  by_organisation: byOrganisationRows,
  decisions: decisionRows,
  power_facts: powerFactRows,
  trends: ({ perDimension, listening, k }) =>
    [...perDimension.flatMap((section) => section.trend), ...listening.trend].flatMap((series) =>
      series.points.map((point) => {
        const context = { section: "trends", round: point.label, dimension: series.dimension ?? "" };
        // A point hidden in its round's report carries the same marker as any hidden figure.
        return figureRow(context, series.figure, point.suppressed ? suppressedFigure(k) : point.value);
      }),
    ),
  themes: ({ themes }, round) => themes.flatMap((theme) => themeRows(theme, round)),
  story_patterns: storyPatternRows,
  listening: ({ listening: { figures, accuracy } }, round) => {
    const context = { section: "listening", round };
    return [
      figureRow(context, "stories_shared", figures.storiesShared, figures.storiesShared),
      figureRow(context, "share_read_within_14_days", figures.shareReadWithin14Days, figures.storiesPastReadWindow),
      figureRow(context, "share_answered", figures.shareAnswered, figures.storiesShared),
      figureRow(context, "median_days_to_answer", figures.medianDaysToAnswer, figures.answered),
      figureRow(context, "share_linked_to_action", figures.shareLinkedToAction, figures.storiesShared),
      figureRow(context, "share_done_confirmed", figures.shareDoneConfirmed, "", {
        note: `over ${figures.doneActions} done actions, each listed in section 5`,
        whenMissing: "no done actions",
      }),
      figureRow(context, "felt_heard_mean", figures.feltHeardMean, figures.feltHeardN),
      figureRow(context, "prediction_mean_absolute_error", accuracy.meanAbsoluteError, "", {
        note: `over ${accuracy.dimensionsCompared} dimensions`,
        whenMissing: "no dimension with both sides shown",
      }),
      figureRow(context, "listening_accuracy_percent", accuracy.accuracyPercent, "", {
        note: "100 × (1 − error / 4)",
        whenMissing: "no dimension with both sides shown",
      }),
    ];
  },
  benchmark: benchmarkRows,
  actions: ({ actions }, round) =>
    actions.flatMap((action) => {
      const context = { section: "actions", round, organisation: action.owner };
      return [
        textRow(context, "status", action.status, action.title),
        textRow(context, "due_on", action.dueOn, action.title),
        textRow(
          context,
          "community_confirmation",
          action.communityConfirmation,
          // The verdict was about an earlier wording, owner or date: it was reset and the community asked again.
          action.changedAfterVerdict ? `${action.title} (changed after the community's verdict)` : action.title,
        ),
      ];
    }),
  network: ({ network }, round) => {
    const context = { section: "network", round };
    return [
      ...network.nodes.map((node) => figureRow({ ...context, organisation: node.name }, "ties", node.ties)),
      ...network.averageTiesPerPopulation.map((group) =>
        figureRow({ ...context, organisation: `population: ${group.group}` }, "average_ties", group.averageTies),
      ),
      ...network.averageTiesPerKind.map((group) =>
        figureRow({ ...context, organisation: `kind: ${group.group}` }, "average_ties", group.averageTies, "", {
          whenMissing: "no organisations of this kind",
        }),
      ),
      figureRow(context, "ties", network.ties),
      figureRow(context, "density", network.density, "", { whenMissing: "fewer than two organisations" }),
      figureRow(context, "cross_population_share", network.crossPopulationShare, "", {
        note: `over ${network.tiesComparedForCrossing} ties`,
        whenMissing: "no ties between organisations naming a population",
      }),
    ];
  },
  tie_stories: tieStoryRows,
  texts: ({ texts }, round) => [
    ...texts.ourReadings.map((reading) =>
      textRow({ section: "texts", round, organisation: reading.organisationName }, "our_reading", reading.text),
    ),
    textRow({ section: "texts", round }, "what_we_learned", texts.whatWeLearned),
  ],
  quotes: ({ headline, perDimension }, round) => [
    ...headline.map((entry) => quoteRow({ section: "quotes", round, dimension: entry.dimension }, "headline_quote", entry.quote)),
    ...perDimension.flatMap((section) => dimensionQuoteRows({ section: "quotes", round, dimension: section.dimension }, section.quotes)),
  ],
};

/** Every figure of the report, one row each, hidden ones marked: the numbers behind every chart. */
export function reportFigures(report: JointReport): FigureRow[] {
  return Object.values(SECTION_ROWS).flatMap((rows) => rows(report, report.round.label));
}
