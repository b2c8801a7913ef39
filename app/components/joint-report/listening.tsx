// Section 4, listening: how the INGO's side of the loop went this round, how well it predicted the
// community's answers, and both over the rounds.
import type { JointReport } from "../../../reports/report-shape";
import { MAX_ERROR } from "../../../reports/listening-accuracy";
import { READ_WINDOW_DAYS } from "../../../reports/listening-figures";
import type { Figure } from "../../../reports/figure-value";
import { useT } from "~/i18n/context";
import { ScrollRegion } from "./section";
import { FigureText, type FigureFormat } from "./figure";
import { ReportTrend, type TrendLine } from "./trend";

type Listening = JointReport["listening"];

export function ReportListening({ listening, k }: { listening: Listening; k: number }) {
  const t = useT();
  const { figures, accuracy } = listening;
  const rows: { key: string; value: Figure; format: FigureFormat; base: string }[] = [
    { key: "stories_shared", value: figures.storiesShared, format: "count", base: "" },
    {
      key: "share_read_within_14_days",
      value: figures.shareReadWithin14Days,
      format: "share",
      base: baseOf(figures.storiesPastReadWindow),
    },
    { key: "share_answered", value: figures.shareAnswered, format: "share", base: baseOf(figures.storiesShared) },
    { key: "median_days_to_answer", value: figures.medianDaysToAnswer, format: "days", base: baseOf(figures.answered) },
    { key: "share_linked_to_action", value: figures.shareLinkedToAction, format: "share", base: baseOf(figures.storiesShared) },
    { key: "share_done_confirmed", value: figures.shareDoneConfirmed, format: "share", base: String(figures.doneActions) },
    { key: "felt_heard_mean", value: figures.feltHeardMean, format: "mean", base: baseOf(figures.feltHeardN) },
    { key: "prediction_mean_absolute_error", value: accuracy.meanAbsoluteError, format: "mean", base: String(accuracy.dimensionsCompared) },
    { key: "listening_accuracy_percent", value: accuracy.accuracyPercent, format: "percent", base: String(accuracy.dimensionsCompared) },
  ];
  const line = (key: string, format: FigureFormat): TrendLine => ({
    key,
    label: t(`report.listening.${key}`, { days: READ_WINDOW_DAYS }),
    format,
    points: listening.trend.find((series) => series.figure === key)?.points ?? [],
  });
  return (
    <>
      <ScrollRegion label={t("report.listening.caption")}>
        <table>
          <caption>{t("report.listening.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.listening.figure")}</th>
              <th scope="col">{t("report.listening.value")}</th>
              <th scope="col">{t("report.listening.base")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{t(`report.listening.${row.key}`, { days: READ_WINDOW_DAYS })}</th>
                <td>
                  <FigureText value={row.value} format={row.format} />
                </td>
                <td>{row.base === "" ? "" : t(`report.listening.base.${row.key}`, { n: row.base })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p className="explain">{t("report.listening.accuracy_explained", { max: MAX_ERROR })}</p>
      <h3>{t("report.listening.trend")}</h3>
      <ReportTrend
        id="trend-listening"
        caption={t("report.listening.trend_caption")}
        lines={[
          line("share_read_within_14_days", "share"),
          line("share_answered", "share"),
          line("share_linked_to_action", "share"),
          line("listening_accuracy_percent", "percent"),
        ]}
        extraLines={[
          line("stories_shared", "count"),
          line("median_days_to_answer", "days"),
          line("share_done_confirmed", "share"),
          line("felt_heard_mean", "mean"),
          line("prediction_mean_absolute_error", "mean"),
        ]}
        axis={{ min: 0, max: 100, title: t("report.listening.axis_percent") }}
        k={k}
      />
    </>
  );
}

/** The count a share rests on, or nothing when that count is itself hidden. */
function baseOf(figure: Figure): string {
  return typeof figure === "number" ? String(figure) : "";
}
