// A figure over the partnership's rounds: a line chart and the same numbers in a table. A point hidden in
// its own round's report stays hidden here, with the same word. Lines that compare sides (`paired`) leave
// out a round where either side is hidden, so one side never stands alone.
import type { TrendPoint } from "../../../reports/trends";
import { suppressedFigure, type Figure } from "../../../reports/figure-value";
import { useT } from "~/i18n/context";
import { ScrollRegion } from "./section";
import { ChartCanvas } from "../charts/chart-canvas";
import { pairedLineValues, type ChartSpec } from "../charts/chart-spec";
import { chartNumber, FigureText, type FigureFormat } from "./figure";

export type TrendLine = { key: string; label: string; format: FigureFormat; points: TrendPoint[] };

/** `lines` are drawn and tabled; `extraLines` (figures on another scale) are only tabled. */
type Props = {
  id: string;
  caption: string;
  lines: TrendLine[];
  extraLines?: TrendLine[];
  axis: ChartSpec["axis"];
  k?: number;
  /** The drawn lines are sides of one comparison (the community, the INGO about itself). */
  paired?: boolean;
};

export function ReportTrend({ id, caption, lines, extraLines = [], axis, paired = false }: Props) {
  const t = useT();
  const rounds = lines[0]?.points ?? [];
  if (rounds.length < 2) return <p className="muted">{t("report.trend.first_round")}</p>;
  const figures = lines.map((line) => line.points.map(pointFigure));
  const drawnFigures = paired ? pairedLineValues(figures) : figures;
  const spec: ChartSpec = {
    kind: "line",
    labels: rounds.map((p) => p.label),
    series: drawnFigures.map((figures, index) => ({
      label: lines[index].label,
      values: figures.map((figure) => chartNumber(figure, lines[index].format)),
    })),
    axis,
  };
  const tableId = `${id}-table`;
  const tabled = [...lines, ...extraLines];
  return (
    <div className="chart-and-table">
      <div>
        <ChartCanvas spec={spec} label={caption} tableId={tableId} fallback={t("report.chart.fallback")} />
        {lines.some((line) => line.points.some((p) => p.suppressed)) ? (
          <p className="muted chart-note">{t(paired ? "report.chart.hidden_rounds_paired" : "report.chart.hidden_points")}</p>
        ) : null}
      </div>
      <ScrollRegion label={caption}>
        <table id={tableId}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.trend.round")}</th>
              {tabled.map((line) => (
                <th scope="col" key={line.key}>
                  {line.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rounds.map((round, index) => (
              <tr key={round.roundId}>
                <th scope="row">{round.label}</th>
                {tabled.map((line) => {
                  const point = line.points[index];
                  return (
                    <td key={line.key}>
                      <FigureText value={pointFigure(point)} format={line.format} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}

/** A trend point as a figure: a point hidden in its round's report reads like any hidden figure. */
function pointFigure(point: TrendPoint): Figure {
  return point.suppressed ? suppressedFigure(0) : point.value;
}
