import { useDate, useT } from "~/i18n/context";
import type { PlanChange } from "~/models/plans/types";

/** Who changed what, newest first: a name only where the reader may see that organisation's people. */
export function PlanHistory({ history }: { history: PlanChange[] }) {
  const t = useT();
  const date = useDate();
  return (
    <section aria-labelledby="history-title" className="plan-history">
      <h2 id="history-title">{t("plans.history.title")}</h2>
      {history.length === 0 ? <p className="muted">{t("plans.history.empty")}</p> : null}
      <ol>
        {history.map((c) => (
          <li key={c.id} data-change={c.change}>
            <span className="muted">{date(c.at)}</span> ·{" "}
            <strong>{c.person ? t("plans.history.who", { person: c.person, organisation: c.organisation }) : c.organisation}</strong>{" "}
            {t(`plans.history.${c.change}`, {
              subject: t(`plans.kind.${c.subject}`),
              item: c.item ?? "",
              before: c.change === "status" ? t(`plans.status.${c.before}`) : (c.before ?? ""),
              after: c.change === "status" ? t(`plans.status.${c.after}`) : (c.after ?? ""),
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
