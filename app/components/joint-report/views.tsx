// The community's view beside the INGO's view of itself on one dimension: distribution, "don't know",
// mean and n, as a bar chart and as the table that holds the same numbers. Both sides are drawn in the
// same form (single ratings, or the three groups a small cell is published in), or neither is.
import type { PerceptionGap } from "../../../reports/perception-gap";
import { RATING_GROUPS } from "../../../reports/rating-views";
import { isSuppressed } from "../../../reports/figure-value";
import { useT } from "~/i18n/context";
import { ScrollRegion } from "./section";
import { ChartCanvas } from "../charts/chart-canvas";
import { comparisonBars, type NoChartReason } from "../charts/chart-spec";
import { FigureText } from "./figure";

const NO_CHART: Record<NoChartReason, string> = {
  hidden_one_side: "report.chart.hidden_one_side",
  hidden_every_side: "report.chart.hidden_every_side",
  no_answers: "report.chart.no_answers",
};

export function ReportViews({ gap }: { gap: PerceptionGap }) {
  const t = useT();
  const name = t(`report.dim.${gap.dimension}`);
  const sides = [
    { key: "community", label: t("report.view.community"), view: gap.community },
    { key: "ingo_self", label: t("report.view.ingo_self"), view: gap.ingoSelf },
  ];
  // A report frozen before groups existed has none: it is drawn by rating or not at all.
  const groupsOf = (view: PerceptionGap["community"]) => view.groups ?? [];
  const choice = comparisonBars(
    sides.map((side) => ({
      label: side.label,
      forms: [side.view.distribution.map((cell) => cell.count), groupsOf(side.view).map((cell) => cell.count)],
    })),
    [
      gap.community.distribution.map((cell) => t(`report.rating.${cell.rating}`)),
      RATING_GROUPS.map(({ group }) => t(`report.group.${group}`)),
    ],
    { min: 0, title: t("report.view.axis_people"), wholeNumbers: true },
  );
  const tableId = `views-${gap.dimension}`;
  const caption = t("report.view.caption", { dimension: name });
  const ratingHidden = sides.some((side) => side.view.distribution.some((cell) => isSuppressed(cell.count)));
  const showGroups = ratingHidden && sides.some((side) => groupsOf(side.view).length > 0);
  const why = choice.draw ? null : t(NO_CHART[choice.reason]);
  return (
    <div className="chart-and-table">
      {choice.draw ? (
        <div>
          <ChartCanvas spec={choice.spec} label={caption} tableId={tableId} fallback={t("report.chart.fallback")} />
          {choice.form === 1 ? <p className="muted chart-note">{t("report.chart.in_groups")}</p> : null}
        </div>
      ) : (
        <p className="muted chart-note">{why}</p>
      )}
      <ScrollRegion label={caption}>
        <table id={tableId}>
          <caption>
            {caption}
            {why ? <span className="caption-note"> — {why}</span> : null}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t("report.view.answer")}</th>
              {sides.map((side) => (
                <th scope="col" key={side.key}>
                  {side.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {gap.community.distribution.map((cell, index) => (
              <tr key={cell.rating}>
                <th scope="row">{t(`report.rating.${cell.rating}`)}</th>
                {sides.map((side) => (
                  <td key={side.key}>
                    <FigureText value={side.view.distribution[index].count} format="count" />
                  </td>
                ))}
              </tr>
            ))}
            {showGroups
              ? RATING_GROUPS.map(({ group }, index) => (
                  <tr key={group} className="group-row">
                    <th scope="row">{t(`report.group.${group}`)}</th>
                    {sides.map((side) => (
                      <td key={side.key}>
                        <FigureText value={groupsOf(side.view)[index]?.count ?? null} format="count" />
                      </td>
                    ))}
                  </tr>
                ))
              : null}
            <tr>
              <th scope="row">{t("report.view.dont_know")}</th>
              {sides.map((side) => (
                <td key={side.key}>
                  <FigureText value={side.view.dontKnow} format="count" />
                </td>
              ))}
            </tr>
            <tr className="summary-row">
              <th scope="row">{t("report.view.mean")}</th>
              {sides.map((side) => (
                <td key={side.key}>
                  <FigureText value={side.view.mean} format="mean" />
                </td>
              ))}
            </tr>
            <tr className="summary-row">
              <th scope="row">{t("report.view.n")}</th>
              {sides.map((side) => (
                <td key={side.key}>
                  <FigureText value={side.view.n} format="count" />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
