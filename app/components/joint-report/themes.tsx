// The community's themes: how many stories of the round each holds (hidden under k like any count of
// people) and the quotes the community chose for it — or, plainly, that none was chosen.
import type { JointReport } from "../../../reports/report-shape";
import { useT } from "~/i18n/context";
import { FigureText } from "./figure";
import { DimensionQuoteList } from "./quotes";

export function ReportThemes({ themes, k, quotesWithheld }: { themes: JointReport["themes"]; k: number; quotesWithheld: boolean }) {
  const t = useT();
  if (themes.length === 0) return <p>{t("report.themes.none")}</p>;
  return (
    <>
      <p>{t("report.themes.intro", { k })}</p>
      {themes.map((theme) => (
        <article key={theme.id} className="report-theme" aria-labelledby={`theme-${theme.id}`}>
          <h3 id={`theme-${theme.id}`}>{theme.name}</h3>
          <p>
            {t("report.themes.stories")}: <FigureText value={theme.stories} format="count" missing={t("report.themes.no_stories")} />
          </p>
          {theme.quotes.none && !quotesWithheld ? (
            <p className="no-voice">{t("report.themes.no_quote")}</p>
          ) : (
            <DimensionQuoteList quotes={theme.quotes} withheld={quotesWithheld} />
          )}
        </article>
      ))}
    </>
  );
}
