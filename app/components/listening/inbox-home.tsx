import { Link } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { ActionToConfirm, InboxCounts } from "~/models/listening/types";

export type InboxHomeProps = {
  /** inboxForHome(person): null for anyone who is not INGO staff. */
  inbox: InboxCounts | null;
  /** actionsForHome(person): null for anyone who is not a community coordinator. */
  actionsToConfirm: ActionToConfirm[] | null;
};

/** The listening loop's part of the home page: stories waiting for the INGO, actions waiting for the community. */
export function InboxHome({ inbox, actionsToConfirm }: InboxHomeProps) {
  const t = useT();
  if (!inbox && !actionsToConfirm) return null;
  return (
    <>
      {inbox ? (
        <section aria-labelledby="inbox-home-title" className="card">
          <h2 id="inbox-home-title">{t("inbox.home.title")}</h2>
          <p>
            {inbox.unanswered === 0
              ? t("inbox.home.all_answered")
              : t("inbox.home.waiting", { unanswered: inbox.unanswered, unread: inbox.unread })}
          </p>
          <p>
            <Link to="/inbox">{t("inbox.home.open")}</Link>
          </p>
        </section>
      ) : null}
      {actionsToConfirm && actionsToConfirm.length ? (
        <section aria-labelledby="confirm-home-title" className="card">
          <h2 id="confirm-home-title">{t("action.home.title")}</h2>
          <ul className="task-list">
            {actionsToConfirm.map((a) => (
              <li key={a.id}>
                <Link to={`/actions/${a.id}`}>{a.title}</Link> <span className="muted">{a.partnershipName}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
