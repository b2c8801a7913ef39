import { figureRow, quoteRow, type FigureRow } from "./export-row";
import type { JointReport } from "./report-shape";

const FEELING_NOTES: Record<string, string> = { "1": "1 = we were not heard", "5": "5 = we were heard" };

/**
 * The pattern view (story-patterns.ts), one row per count: per dimension the stories touching it and their
 * feelings (figure `felt_1`…`felt_5`, `felt_not_said`); per organisation its stories and who held the power
 * (`power.us`, `power.them`, `power.shared`, `power.not_said`). Hidden counts carry the one marker.
 */
export function storyPatternRows({ storyPatterns }: JointReport, round: string): FigureRow[] {
  if (!storyPatterns) return [];
  const context = { section: "story_patterns", round };
  return [
    figureRow(context, "stories", storyPatterns.stories, storyPatterns.stories, { whenMissing: "no stories" }),
    ...storyPatterns.perDimension.flatMap(({ dimension, stories, felt }) => [
      figureRow({ ...context, dimension }, "stories", stories, stories),
      ...felt.map((cell) =>
        figureRow({ ...context, dimension }, `felt_${cell.feeling}`, cell.stories, cell.stories, {
          note: FEELING_NOTES[cell.feeling] ?? "",
        }),
      ),
    ]),
    ...storyPatterns.powerByOrganisation.flatMap(({ organisationName, stories, power }) => [
      figureRow({ ...context, organisation: organisationName }, "stories", stories, stories),
      ...power.map((cell) => figureRow({ ...context, organisation: organisationName }, `power.${cell.holder}`, cell.stories, cell.stories)),
    ]),
  ];
}

/** Each story on a tie this reader may read, as a quote row; `organisation` names the pair. */
export function tieStoryRows({ tieStories, network }: JointReport, round: string): FigureRow[] {
  if (!tieStories) return [];
  const names = new Map(network.nodes.map((node) => [node.id, node.name]));
  return tieStories.flatMap((line) => {
    const context = { section: "tie_stories", round, organisation: `${names.get(line.fromOrgId)} — ${names.get(line.toOrgId)}` };
    return line.stories.map((quote) => quoteRow(context, line.tied ? "tie_story" : "story_without_tie", quote));
  });
}
