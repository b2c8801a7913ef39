import { useEffect, useState } from "react";
import { useDate, useT } from "~/i18n/context";

/**
 * The new invitation link, to copy and share by hand (and, when an address was given, also on its way through
 * the outbox). A read-only field works
 * without JavaScript (select and copy); the copy button appears only once the page is hydrated.
 */
export function InviteLinkBox({
  link,
  expiresAt,
  days,
  awaitingApproval = false,
  sent = false,
}: {
  link: string;
  expiresAt: string;
  days: number;
  awaitingApproval?: boolean;
  sent?: boolean;
}) {
  const t = useT();
  const d = useDate();
  const [canCopy, setCanCopy] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setCanCopy(typeof navigator !== "undefined" && Boolean(navigator.clipboard)), []);
  return (
    <section className="notice" aria-labelledby="invite-link-title">
      <h2 id="invite-link-title">{t("invite.link.title")}</h2>
      <div className="field">
        <label htmlFor="invite-link">{t("invite.link.label")}</label>
        <input
          id="invite-link"
          type="text"
          readOnly
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby="invite-link-expiry"
        />
      </div>
      <p id="invite-link-expiry">{t("invite.link.expires", { date: d(expiresAt), days })}</p>
      <p className="muted">{t("invite.link.once")}</p>
      {awaitingApproval ? <p className="warning">{t("invite.link.awaiting")}</p> : null}
      {sent ? <p>{t("invite.link.queued")}</p> : null}
      {canCopy ? (
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard.writeText(link).then(() => setCopied(true));
          }}
        >
          {t(copied ? "invite.link.copied" : "invite.link.copy")}
        </button>
      ) : null}
      <p role="status" className="visually-hidden">
        {copied ? t("invite.link.copied") : ""}
      </p>
    </section>
  );
}
