import { Link } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { StoryDraftScript } from "./form";

/**
 * The server's confirmation. For an anonymous teller the receipt code is shown here once and never again:
 * only its keyed hash is stored. `data-story-confirmed` is what lets the draft script drop the draft.
 */
export function StoryReceived({ receiptCode }: { receiptCode: string | null }) {
  const t = useT();
  return (
    <section className="narrow story-received" aria-labelledby="received-title" data-story-confirmed="">
      <h1 id="received-title">{t("story.received.title")}</h1>
      {receiptCode ? (
        <>
          <p>{t("story.received.code_intro")}</p>
          <p className="receipt-code" aria-label={t("story.received.code_label")}>
            {receiptCode}
          </p>
          <p className="notice">{t("story.received.write_down")}</p>
          <p>{t("story.received.only_once")}</p>
          <p>
            <Link to="/receipt">{t("story.received.receipt_link")}</Link>
          </p>
        </>
      ) : (
        <p>
          <Link to="/stories/mine">{t("story.received.mine_link")}</Link>
        </p>
      )}
      <StoryDraftScript />
    </section>
  );
}

/** The same story sent again (a refresh, a double tap): nothing new was stored, and no new code exists. */
export function StoryAlreadyReceived({ signedIn }: { signedIn: boolean }) {
  const t = useT();
  return (
    <section className="narrow" aria-labelledby="duplicate-title" data-story-confirmed="">
      <h1 id="duplicate-title">{t("story.duplicate.title")}</h1>
      <p>{t(signedIn ? "story.duplicate.body_member" : "story.duplicate.body")}</p>
      <p>
        <Link to={signedIn ? "/stories/mine" : "/receipt"}>{t(signedIn ? "story.received.mine_link" : "story.received.receipt_link")}</Link>
      </p>
      <StoryDraftScript />
    </section>
  );
}
