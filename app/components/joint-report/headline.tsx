// Section 2: the widest gaps between how the INGO sees itself and how the community sees it, each with a voice.
import type { HeadlineEntry } from "../../../reports/headline";
import { useLocale, useT } from "~/i18n/context";
import { FigureText, formatted } from "./figure";
import { OneQuote } from "./quotes";

export function ReportHeadline({ entries, quotesWithheld }: { entries: HeadlineEntry[]; quotesWithheld: boolean }) {
  const t = useT();
  const locale = useLocale();
  const widening = (by: number) =>
    Math.abs(by) < 0.005
      ? t("report.headline.same")
      : t(by > 0 ? "report.headline.wider" : "report.headline.narrower", { by: formatted(Math.abs(by), "mean", locale) });
  if (entries.length === 0) return <p>{t("report.headline.none")}</p>;
  return (
    <>
      <p>{t("report.headline.intro")}</p>
      <ol className="headline-list">
        {entries.map((entry) => (
          <li key={entry.dimension}>
            <h3>
              <a href={`#dimension-${entry.dimension}`}>{t(`report.dim.${entry.dimension}`)}</a>
            </h3>
            <p>
              {t("report.headline.community")}{" "}
              <strong>
                <FigureText value={entry.communityMean} format="mean" />
              </strong>{" "}
              · {t("report.headline.ingo")}{" "}
              <strong>
                <FigureText value={entry.ingoSelfMean} format="mean" />
              </strong>{" "}
              · {t("report.headline.gap")}{" "}
              <strong>
                <FigureText value={entry.gap} format="gap" />
              </strong>
              {entry.widening === null ? null : <> · {widening(entry.widening)}</>}
            </p>
            <OneQuote quote={entry.quote} withheld={quotesWithheld} />
          </li>
        ))}
      </ol>
    </>
  );
}
