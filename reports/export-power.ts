import { figureRow, textRow, type FigureRow } from "./export-row";
import { POWER_FACTS } from "./power-facts";
import type { JointReport } from "./report-shape";

const STEPS_NOTE = "steps toward the community organisation deciding; the funder has no steps";

/** Who decides what: each organisation's actual and desired per topic, the INGO–community gap, the trend. */
export function decisionRows({ decisions }: JointReport, round: string): FigureRow[] {
  if (!decisions) return [];
  return decisions.topics.flatMap(({ topic, dimension, views, gaps, trend }) => {
    const at = (organisation: string, when = round) => ({ section: "decisions", round: when, dimension, organisation });
    return [
      ...views.flatMap((view) => [
        textRow(at(view.organisation), `${topic}.actual`, view.actual, `${view.side} view`),
        textRow(at(view.organisation), `${topic}.desired`, view.desired, `${view.side} view`),
        figureRow(at(view.organisation), `${topic}.distance`, view.distance, "", { note: STEPS_NOTE, whenMissing: "not on the same line" }),
      ]),
      ...gaps.flatMap((gap) => [
        figureRow(at(gap.organisation), `${topic}.ingo_community_gap`, gap.gap, "", {
          note: "INGO's actual minus this organisation's actual, in steps",
          whenMissing:
            gap.differs === null ? "not answered by both" : `answers ${gap.differs ? "differ" : "agree"}; the funder has no steps`,
        }),
        textRow(at(gap.organisation), `${topic}.actual_differs`, gap.differs === null ? null : gap.differs ? "yes" : "no"),
      ]),
      ...trend.flatMap((point) => [
        figureRow(at("all organisations", point.round), `${topic}.trend.gap`, point.gap, "", { whenMissing: "not answered by both sides" }),
        figureRow(at("all organisations", point.round), `${topic}.trend.distance`, point.distance, "", {
          whenMissing: "no actual and desired",
        }),
      ]),
    ];
  });
}

const KIND = new Map<string, string>(POWER_FACTS.map((f) => [f.fact, f.kind]));

/** A number entered as text is exported as a number; a choice stays words. */
function factRow(context: Parameters<typeof textRow>[0], figure: string, fact: string, value: string | null, note: string): FigureRow {
  if (value !== null && KIND.get(fact) !== "choice") return figureRow(context, figure, Number(value), "", { note });
  return textRow(context, figure, value, note);
}

/** Each fact per round with its status, the community's own value when disputed, beside its dimension. */
export function powerFactRows({ powerFacts }: JointReport): FigureRow[] {
  if (!powerFacts) return [];
  return powerFacts.flatMap(({ dimension, facts }) =>
    facts.flatMap((line) =>
      line.trend.flatMap((point) => {
        if (point.status === null) return [];
        const context = { section: "power_facts", round: point.round, dimension, organisation: line.organisation };
        return [
          factRow(context, line.fact, line.fact, point.value, `entered by the INGO; ${point.status}`),
          textRow(context, `${line.fact}.status`, point.status),
          factRow(context, `${line.fact}.community_value`, line.fact, point.communityValue, "the community organisation's own value"),
        ];
      }),
    ),
  );
}
