// The community's view beside the INGO's view of itself on one dimension: distribution, "don't know",
// mean and n, as a bar chart and as the table that holds the same numbers.
import type { PerceptionGap } from "../../reports/perception-gap";
import { useT } from "~/i18n/context";
import { ChartCanvas } from "./charts/chart-canvas";
import type { ChartSpec } from "./charts/chart-spec";
import { chartNumber, FigureText } from "./report-figure";

export function ReportViews({ gap }: { gap: PerceptionGap }) {
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
  return (
    <div className="chart-and-table">
      <ChartCanvas spec={spec} label={caption} tableId={tableId} fallback={t("report.chart.fallback")} />
      <div className="table-wrap">
        <table id={tableId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.view.answer")}</th>
              {sides.map((side) => (
                <th scope="col" key={side.key}>{side.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {gap.community.distribution.map((cell, index) => (
              <tr key={cell.rating}>
                <th scope="row">{t(`report.rating.${cell.rating}`)}</th>
                {sides.map((side) => (
                  <td key={side.key}><FigureText value={side.view.distribution[index].count} format="count" /></td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t("report.view.dont_know")}</th>
              {sides.map((side) => (
                <td key={side.key}><FigureText value={side.view.dontKnow} format="count" /></td>
              ))}
            </tr>
            <tr className="summary-row">
              <th scope="row">{t("report.view.mean")}</th>
              {sides.map((side) => (
                <td key={side.key}><FigureText value={side.view.mean} format="mean" /></td>
              ))}
            </tr>
            <tr className="summary-row">
              <th scope="row">{t("report.view.n")}</th>
              {sides.map((side) => (
                <td key={side.key}><FigureText value={side.view.n} format="count" /></td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
