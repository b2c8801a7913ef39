// Stories on collaboration ties (docs/decisions/029): under the network, each pair of organisations with
// the examples its tellers let be quoted in the report — of working together, or of not managing to.
import type { NetworkNode } from "../../../reports/network";
import type { TieStoriesLine } from "../../../reports/tie-stories";
import { useT } from "~/i18n/context";
import { QuoteBlock } from "./quotes";

export function ReportTieStories({
  lines,
  nodes,
  quotesWithheld,
}: {
  lines: TieStoriesLine[] | undefined;
  nodes: NetworkNode[];
  quotesWithheld: boolean;
}) {
  const t = useT();
  const names = new Map(nodes.map((node) => [node.id, node.name]));
  const shown = (lines ?? []).filter((line) => line.stories.length > 0);
  return (
    <div className="tie-stories">
      <h3>{t("report.network.stories_title")}</h3>
      {quotesWithheld ? (
        <p className="no-voice">{t("report.quotes.withheld")}</p>
      ) : shown.length === 0 ? (
        <p className="no-voice">{t("report.network.no_stories")}</p>
      ) : (
        shown.map((line) => (
          <article
            key={`${line.fromOrgId}-${line.toOrgId}`}
            className="tie-story"
            aria-labelledby={`tie-${line.fromOrgId}-${line.toOrgId}`}
          >
            <h4 id={`tie-${line.fromOrgId}-${line.toOrgId}`}>
              {names.get(line.fromOrgId)} — {names.get(line.toOrgId)}{" "}
              <span className="muted">{t(line.tied ? "report.network.tied" : "report.network.not_tied")}</span>
            </h4>
            <p className="muted">{t("report.network.stories_count", { n: line.stories.length })}</p>
            <div className="quotes">
              {line.stories.map((quote) => (
                <QuoteBlock key={quote.id} quote={quote} />
              ))}
            </div>
          </article>
        ))
      )}
    </div>
  );
}
