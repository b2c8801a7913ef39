// A figure over the partnership's rounds: a line chart and the same numbers in a table. A point hidden in
// its own round's report stays hidden here, with the same note.
import type { TrendPoint } from "../../../reports/trends";
import { useT } from "~/i18n/context";
import { ScrollRegion } from "./section";
import { ChartCanvas } from "../charts/chart-canvas";
import type { ChartSpec } from "../charts/chart-spec";
import { chartNumber, FigureText, type FigureFormat } from "./figure";

export type TrendLine = { key: string; label: string; format: FigureFormat; points: TrendPoint[] };

/** `lines` are drawn and tabled; `extraLines` (figures on another scale) are only tabled. */
type Props = { id: string; caption: string; lines: TrendLine[]; extraLines?: TrendLine[]; axis: ChartSpec["axis"]; k: number };

export function ReportTrend({ id, caption, lines, extraLines = [], axis, k }: Props) {
  const t = useT();
  const rounds = lines[0]?.points ?? [];
  if (rounds.length < 2) return <p className="muted">{t("report.trend.first_round")}</p>;
  const spec: ChartSpec = {
    kind: "line",
    labels: rounds.map((p) => p.label),
    series: lines.map((line) => ({ label: line.label, values: line.points.map((p) => chartNumber(p.value, line.format)) })),
    axis,
  };
  const tableId = `${id}-table`;
  const tabled = [...lines, ...extraLines];
  return (
    <div className="chart-and-table">
      <div>
        <ChartCanvas spec={spec} label={caption} tableId={tableId} fallback={t("report.chart.fallback")} />
        {lines.some((line) => line.points.some((p) => p.suppressed)) ? (
          <p className="muted chart-note">{t("report.chart.hidden_points")}</p>
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
                      {point.suppressed ? (
                        <span className="suppressed">{t("report.trend.hidden", { k })}</span>
                      ) : (
                        <FigureText value={point.value} format={line.format} />
                      )}
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
