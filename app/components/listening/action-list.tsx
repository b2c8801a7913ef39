import { Link } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import type { ActionRow } from "~/models/listening/types";
import { ActionStatus } from "./action-status";

/** Each action with its owner, due date, status, the community's word, dimensions and how many stories prompted it. */
export function ActionList({ actions }: { actions: ActionRow[] }) {
  const t = useT();
  const d = useDate();
  if (actions.length === 0) return <p>{t("action.none")}</p>;
  return (
    <ul className="action-list">
      {actions.map((a) => (
        <li key={a.id} className="card">
          <h2>
            <Link to={`/actions/${a.id}`}>{a.title}</Link>
          </h2>
          <p>
            <ActionStatus
              status={a.status}
              communityConfirmation={a.communityConfirmation}
              confirmationComment={a.confirmationComment}
              changedAfterVerdictAt={a.changedAfterVerdictAt}
            />
          </p>
          <p className="muted">
            {t("action.owner", { name: a.ownerName })} · {a.dueOn ? t("action.due", { date: d(a.dueOn) }) : t("action.no_due")} ·{" "}
            {a.roundLabel}
          </p>
          <p className="muted">
            {a.dimensions.length ? a.dimensions.map((d) => t(`dimension.${d}`)).join(", ") : t("action.no_dimensions")} ·{" "}
            {t("action.story_count", { n: a.storyCount })}
          </p>
        </li>
      ))}
    </ul>
  );
}
