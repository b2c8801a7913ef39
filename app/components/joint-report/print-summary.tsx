// The two printed pages a funder reads first: who answered, the widest gaps each with its quote, how the
// listening went, and the actions — then the detail. Shown only in print (print.css); on screen the
// sections themselves come first, so nothing is said twice to a phone on paid data.
import type { JointReport } from "../../../reports/report-shape";
import { useT } from "~/i18n/context";
import { FigureText } from "./figure";
import { OneQuote } from "./quotes";

const LISTENING = [
  ["stories_shared", "storiesShared", "count"],
  ["share_answered", "shareAnswered", "share"],
  ["share_linked_to_action", "shareLinkedToAction", "share"],
  ["felt_heard_mean", "feltHeardMean", "mean"],
] as const;

export function PrintSummary({ report, quotesWithheld }: { report: JointReport; quotesWithheld: boolean }) {
  const t = useT();
  const { figures, accuracy } = report.listening;
  return (
    <section className="print-summary" aria-labelledby="print-summary-title">
      <h2 id="print-summary-title">{t("report.summary.title")}</h2>
      <h3>{t("report.section.who-answered")}</h3>
      <ul className="summary-figures">
        {report.responseRates.totals.map((total) => (
          <li key={total.instrument}>
            {t(`instrument.${total.instrument}`)}:{" "}
            <strong>
              <FigureText value={total.submitted} format="count" />
            </strong>{" "}
            {t("report.summary.of_invited", { invited: total.invited })} (
            <FigureText value={total.rate} format="share" missing={t("report.rates.no_one_invited")} />)
          </li>
        ))}
      </ul>
      <h3>{t("report.summary.gaps")}</h3>
      {report.headline.length === 0 ? <p>{t("report.headline.none")}</p> : null}
      <ol className="summary-gaps">
        {report.headline.map((entry) => (
          <li key={entry.dimension}>
            <strong>{t(`report.dim.${entry.dimension}`)}</strong> — {t("report.headline.community")}{" "}
            <FigureText value={entry.communityMean} format="mean" /> · {t("report.headline.ingo")}{" "}
            <FigureText value={entry.ingoSelfMean} format="mean" /> · {t("report.headline.gap")}{" "}
            <strong>
              <FigureText value={entry.gap} format="gap" />
            </strong>
            <OneQuote quote={entry.quote} withheld={quotesWithheld} />
          </li>
        ))}
      </ol>
      <h3>{t("report.section.listening")}</h3>
      <ul className="summary-figures">
        {LISTENING.map(([key, field, format]) => (
          <li key={key}>
            {t(`report.listening.${key}`)}:{" "}
            <strong>
              <FigureText value={figures[field]} format={format} />
            </strong>
          </li>
        ))}
        <li>
          {t("report.listening.listening_accuracy_percent")}:{" "}
          <strong>
            <FigureText value={accuracy.accuracyPercent} format="percent" />
          </strong>
        </li>
      </ul>
      <h3>{t("report.section.actions")}</h3>
      {report.actions.length === 0 ? <p>{t("report.actions.none")}</p> : null}
      <ul className="summary-actions">
        {report.actions.map((action, index) => (
          <li key={`${index}-${action.title}`}>
            <span className={`status status-${action.status}`}>{t(`report.action.status.${action.status}`)}</span> {action.title}{" "}
            <span className="muted">({t(`report.action.confirmation.${action.communityConfirmation ?? "none"}`)})</span>
          </li>
        ))}
      </ul>
      <p className="muted">{t("report.summary.detail_follows")}</p>
    </section>
  );
}
