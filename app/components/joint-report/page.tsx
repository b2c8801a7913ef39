// The joint report, in the order docs/design.md gives: who answered, headline, per dimension, listening,
// actions, network, and the two texts — with the review forms for whoever may use them now.
import { useDate, useT } from "~/i18n/context";
import type { ReportPageData } from "~/models/joint-report/types";
import { ReportActions } from "./actions";
import { ReportBenchmarks } from "./benchmarks";
import { ReportByOrganisation } from "./by-organisation";
import { ReportDecisions } from "./decisions";
import { ReportPowerFacts } from "./power-facts";
import { ReportDimension } from "./dimension";
import { ReportHeadline } from "./headline";
import { ReportListening } from "./listening";
import { ReportNetwork } from "./network";
import { PrintSummary } from "./print-summary";
import { ReportRates } from "./rates";
import { ReportReviewForms, type Refused } from "./review-forms";
import { ReportSection } from "./section";
import { ReportTexts, ReviewStatus } from "./texts";
import { VersionBanner } from "./version-banner";
import { ReportThemes } from "./themes";
import { StoryPatternsView } from "./story-patterns";
import { ReportTieStories } from "./tie-stories";
import { useNonce } from "../nonce";

// Re-exported for tests/integration/reports-render.test.ts, which renders the page from reportPageFor.
export type { ReportPageData };

export const REPORT_SECTIONS = [
  "who-answered",
  "headline",
  "dimensions",
  "decisions",
  "power-facts",
  "themes",
  "story-patterns",
  "listening",
  "actions",
  "network",
  "readings",
] as const;

export function ReportPage({ data, refused }: { data: ReportPageData; refused?: Refused }) {
  const t = useT();
  const d = useDate();
  const { meta, report, quotesWithheld } = data;
  const title = (section: (typeof REPORT_SECTIONS)[number]) => t(`report.section.${section}`);
  const nonce = useNonce();
  return (
    <div className="report">
      <header className="report-header">
        <p className="muted">{report.partnership.name}</p>
        <h1>{t("report.title", { round: report.round.label })}</h1>
        <p>
          <span className={`status status-${meta.status}`}>{t(`report.status.${meta.status}`)}</span>{" "}
          {meta.releasedAt ? <span className="muted">{t("report.released_on", { date: d(meta.releasedAt) })}</span> : null}
        </p>
        <VersionBanner meta={meta} />
        <p className="muted">{t("report.k_note", { k: report.k })}</p>
        <p className="exports">
          {t("report.exports")}:{" "}
          <a href={`/reports/${meta.id}.csv`} download>
            {t("report.export.csv")}
          </a>{" "}
          ·{" "}
          <a href={`/reports/${meta.id}.json`} download>
            {t("report.export.json")}
          </a>
        </p>
        <nav aria-label={t("report.contents")} className="report-contents">
          <ol>
            {REPORT_SECTIONS.map((section) => (
              <li key={section}>
                <a href={`#${section}`}>{title(section)}</a>
              </li>
            ))}
            {report.benchmarks ? (
              <li>
                <a href="#benchmark">{t("report.section.benchmark")}</a>
              </li>
            ) : null}
          </ol>
        </nav>
        {/* A coordinator chooses their organisation's quotes while the report is open (docs/decisions/016). */}
        {data.forms && data.forms.readings.length > 0 ? (
          <p>
            <a href={`/reports/${meta.id}/quotes`}>{t("report.quotes.choose_link")}</a>
          </p>
        ) : null}
      </header>
      <PrintSummary report={report} quotesWithheld={quotesWithheld} />
      <ReportSection number={1} id="who-answered" title={title("who-answered")}>
        <ReportRates rates={report.responseRates} />
      </ReportSection>
      <ReportSection number={2} id="headline" title={title("headline")}>
        <ReportHeadline entries={report.headline} quotesWithheld={quotesWithheld} />
      </ReportSection>
      <ReportSection number={3} id="dimensions" title={title("dimensions")}>
        <p>{t("report.dimensions.intro")}</p>
        {report.perDimension.map((section) => (
          <ReportDimension key={section.dimension} section={section} k={report.k} quotesWithheld={quotesWithheld} />
        ))}
        <ReportByOrganisation byOrganisation={report.byOrganisation} pooled={report.perDimension} k={report.k} />
      </ReportSection>
      <ReportSection number={4} id="decisions" title={title("decisions")}>
        <ReportDecisions decisions={report.decisions} />
      </ReportSection>
      <ReportSection number={5} id="power-facts" title={title("power-facts")}>
        <ReportPowerFacts sections={report.powerFacts} />
      </ReportSection>
      <ReportSection number={6} id="themes" title={title("themes")}>
        <ReportThemes themes={report.themes} k={report.k} quotesWithheld={quotesWithheld} />
      </ReportSection>
      <ReportSection number={7} id="story-patterns" title={title("story-patterns")}>
        <StoryPatternsView patterns={report.storyPatterns} />
      </ReportSection>
      <ReportSection number={8} id="listening" title={title("listening")}>
        <ReportListening listening={report.listening} k={report.k} />
      </ReportSection>
      <ReportSection number={9} id="actions" title={title("actions")}>
        <ReportActions actions={report.actions} />
      </ReportSection>
      <ReportSection number={10} id="network" title={title("network")}>
        <ReportNetwork network={report.network} />
        <ReportTieStories lines={report.tieStories} nodes={report.network.nodes} quotesWithheld={quotesWithheld} />
      </ReportSection>
      <ReportSection number={11} id="readings" title={title("readings")}>
        <ReportTexts ourReadings={report.texts.ourReadings} whatWeLearned={report.texts.whatWeLearned} />
        {data.review ? <ReviewStatus review={data.review} /> : null}
        {data.forms ? <ReportReviewForms forms={data.forms} refused={refused} /> : null}
      </ReportSection>
      {/* Only when the partnership opted in (docs/decisions/030): a section of its own, after the report proper. */}
      {report.benchmarks ? (
        <ReportSection number={REPORT_SECTIONS.length + 1} id="benchmark" title={t("report.section.benchmark")}>
          <ReportBenchmarks benchmarks={report.benchmarks} />
        </ReportSection>
      ) : null}
      {/* The page is not hydrated: this plain script fetches chart.js after the page has loaded (ADR 013). */}
      <script src="/scripts/report-charts.js" nonce={nonce} defer />
    </div>
  );
}
