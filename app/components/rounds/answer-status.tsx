import { Link } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import { useNonce } from "../nonce";
import { useSurveyLabels } from "./answer-form";
import { SurveyPage } from "./survey-form";
import type { FrozenView } from "~/models/rounds/types";

// What the respond page shows when there is no page to answer: the confirmation once sent, the frozen
// answers of a closed round, and why a send was refused (409).

/** The confirmation. Its data-draft-sent attribute tells keep-draft.js to forget the drafts of this instrument. */
type SentProps = { draftPrefix: string; editHref: string; closesOn: string; tieStories?: { organisationName: string; href: string }[] };

export function RespondSent({ draftPrefix, editHref, closesOn, tieStories = [] }: SentProps) {
  const t = useT();
  const d = useDate();
  const nonce = useNonce();
  return (
    <div data-draft-sent={draftPrefix}>
      <div className="notice" role="status">
        <h2>{t("respond.sent.title")}</h2>
        <p>{t("respond.sent.body", { date: d(closesOn) })}</p>
      </div>
      {tieStories.length > 0 ? (
        <section className="tie-stories" aria-labelledby="tie-stories-title">
          <h2 id="tie-stories-title">{t("respond.tie_story.title")}</h2>
          <p>{t("respond.tie_story.intro")}</p>
          <ul className="task-list">
            {tieStories.map((tie) => (
              <li key={tie.href}>
                <Link to={tie.href}>{t("respond.tie_story.add", { organisation: tie.organisationName })}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="actions">
        <Link className="button" to={editHref}>
          {t("respond.sent.change")}
        </Link>
        <Link className="button primary" to="/">
          {t("respond.home")}
        </Link>
      </p>
      <script src="/scripts/keep-draft.js" nonce={nonce} defer />
    </div>
  );
}

function frozenMessage(view: FrozenView): string {
  if (view.notYetOpen) return "respond.not_open";
  if (view.status === "submitted") return "respond.frozen.sent";
  return view.status === "draft" ? "respond.frozen.draft" : "respond.frozen.none";
}

/** Read-only: every control sits in a disabled fieldset and there is no form to send. */
export function RespondFrozen({
  view,
  draftPrefix,
  opensOn,
  closesOn,
}: {
  view: FrozenView;
  draftPrefix: string;
  opensOn: string;
  closesOn: string;
}) {
  const t = useT();
  const d = useDate();
  const nonce = useNonce();
  const labels = useSurveyLabels();
  return (
    <div data-draft-sent={draftPrefix}>
      <p className="notice" role="status">
        {t(frozenMessage(view), { opens: d(opensOn), date: d(closesOn) })}
      </p>
      {view.pages.map((page, index) => (
        <fieldset key={page.pageIndex} disabled className="frozen-page">
          <legend className="visually-hidden">{t("respond.page_of", { x: index + 1, y: view.pages.length })}</legend>
          <SurveyPage model={page} labels={labels} />
        </fieldset>
      ))}
      <p>
        <Link to="/">{t("respond.home")}</Link>
      </p>
      <script src="/scripts/keep-draft.js" nonce={nonce} defer />
    </div>
  );
}

export function RefusedNotice({ reason }: { reason: "closed" | "conflict" }) {
  const t = useT();
  return (
    <div className="warning" role="alert">
      <p className="form-error">{t(`respond.refused.${reason}`)}</p>
    </div>
  );
}
