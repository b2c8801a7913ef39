// Section 3, one dimension: both views, the gap and its flag, the trend, the INGO's prediction against
// what the community said, and the voices — or a plain word that there are none.
import type { DimensionSection } from "../../../reports/report-shape";
import { useT } from "~/i18n/context";
import { AccuracySentences, GapSentence } from "./comparison-sentences";
import { DimensionQuoteList } from "./quotes";
import { ReportTrend, type TrendLine } from "./trend";
import { ReportViews } from "./views";

function seriesOf(section: DimensionSection, figure: string) {
  return section.trend.find((series) => series.figure === figure)?.points ?? [];
}

export function ReportDimension({ section, k, quotesWithheld }: { section: DimensionSection; k: number; quotesWithheld: boolean }) {
  const t = useT();
  const { dimension, gap, accuracy } = section;
  const name = t(`report.dim.${dimension}`);
  const lines: TrendLine[] = [
    { key: "community_mean", label: t("report.view.community"), format: "mean", points: seriesOf(section, "community_mean") },
    { key: "ingo_self_mean", label: t("report.view.ingo_self"), format: "mean", points: seriesOf(section, "ingo_self_mean") },
    { key: "gap", label: t("report.dimension.gap"), format: "gap", points: seriesOf(section, "gap") },
    { key: "prediction_error", label: t("report.accuracy.error"), format: "mean", points: seriesOf(section, "prediction_error") },
  ];
  return (
    <article className="dimension" id={`dimension-${dimension}`} aria-labelledby={`dimension-${dimension}-title`}>
      <h3 id={`dimension-${dimension}-title`}>{name}</h3>
      <p className="statement">{t(`report.dim.${dimension}.statement`)}</p>
      <ReportViews gap={gap} />
      <GapSentence gap={gap} />
      <h4>{t("report.dimension.trend")}</h4>
      <ReportTrend
        id={`trend-${dimension}`}
        caption={t("report.dimension.trend_caption", { dimension: name })}
        lines={lines.slice(0, 2)}
        axis={{ min: 1, max: 5, title: t("report.view.axis_mean") }}
        k={k}
        extraLines={lines.slice(2)}
        paired
      />
      <h4>{t("report.accuracy.title")}</h4>
      <AccuracySentences accuracy={accuracy} />
      <h4>{t("report.quotes.title")}</h4>
      <DimensionQuoteList quotes={section.quotes} withheld={quotesWithheld} />
    </article>
  );
}
