import { useT } from "~/i18n/context";
import type { RoadPageData } from "~/models/plans/types";
import { ChangeMilestoneForms } from "./milestone-forms";
import type { PlanRefusal } from "./refusal";

/** The road as an ordered list: the same milestones and actions as the drawing, and the forms to change them. */
export function RoadList({ page, refused }: { page: RoadPageData; refused: PlanRefusal }) {
  const t = useT();
  return (
    <div className="plan-list">
      {page.milestones.length === 0 ? <p className="muted">{t("plans.road.empty")}</p> : null}
      <ol className="road-list">
        {page.milestones.map((m, i) => (
          <li key={m.id} id={`item-${m.id}`} data-item={`milestone:${m.id}`}>
            <strong data-words={`milestone:${m.id}`}>{m.title}</strong> —{" "}
            <span className={`plan-status plan-status-${m.status}`}>{t(`plans.status.${m.status}`)}</span>
            {m.actions.length > 0 ? (
              <ul>
                {m.actions.map((a) => (
                  <li key={a.id} data-item={`action:${m.id}-${a.id}`}>
                    <a href={`/actions/${a.id}`} data-words={`action:${m.id}-${a.id}`}>
                      {a.title}
                    </a>{" "}
                    <span className="muted">{t("plans.action_of", { owner: a.owner, status: t(`action.status.${a.status}`) })}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {page.mayEdit ? (
              <ChangeMilestoneForms
                milestone={m}
                first={i === 0}
                last={i === page.milestones.length - 1}
                actions={page.actions}
                refused={refused}
              />
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
