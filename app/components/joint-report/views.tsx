// The community's view beside the INGO's view of itself on one dimension: distribution, "don't know",
// mean and n, as a bar chart and as the table that holds the same numbers.
import type { PerceptionGap } from "../../../reports/perception-gap";
import { useT } from "~/i18n/context";
import { ScrollRegion } from "./section";
import { ChartCanvas } from "../charts/chart-canvas";
import type { ChartSpec } from "../charts/chart-spec";
import { isSuppressed } from "../../../reports/figure-value";
import { chartNumber, FigureText } from "./figure";

export function ReportViews({ gap, k }: { gap: PerceptionGap; k: number }) {
  const t = useT();
  const name = t(`report.dim.${gap.dimension}`);
  const sides = [
    { key: "community", label: t("report.view.community"), view: gap.community },
    { key: "ingo_self", label: t("report.view.ingo_self"), view: gap.ingoSelf },
  ];
  const spec: ChartSpec = {
    kind: "bar",
    labels: gap.community.distribution.map((cell) => t(`report.rating.${cell.rating}`)),
    series: sides.map((side) => ({ label: side.label, values: side.view.distribution.map((cell) => chartNumber(cell.count, "count")) })),
    axis: { min: 0, title: t("report.view.axis_people"), wholeNumbers: true },
  };
  const tableId = `views-${gap.dimension}`;
  const caption = t("report.view.caption", { dimension: name });
  const hidden = sides.some((side) => side.view.distribution.some((cell) => isSuppressed(cell.count)));
  const drawable = spec.series.some((series) => series.values.some((value) => value !== null && value > 0));
  return (
    <div className="chart-and-table">
      {drawable ? (
        <div>
          <ChartCanvas spec={spec} label={caption} tableId={tableId} fallback={t("report.chart.fallback")} />
          {hidden ? <p className="muted chart-note">{t("report.chart.hidden_bars", { k })}</p> : null}
        </div>
      ) : (
        <p className="muted chart-note">{hidden ? t("report.chart.all_hidden", { k }) : t("report.figure.no_answers")}</p>
      )}
      <ScrollRegion label={caption}>
        <table id={tableId}>
          <caption>{caption}</caption>
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
