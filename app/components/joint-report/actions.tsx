// Section 5, "you said, we did": every action with its owner, status, due date and the community's word on it.
import type { ActionLine } from "../../../reports/actions";
import { useDate, useT } from "~/i18n/context";
import { ScrollRegion } from "./section";

export function ReportActions({ actions }: { actions: ActionLine[] }) {
  const t = useT();
  const d = useDate();
  if (actions.length === 0) return <p>{t("report.actions.none")}</p>;
  return (
    <ScrollRegion label={t("report.actions.caption")}>
      <table>
        <caption>{t("report.actions.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("report.actions.action")}</th>
            <th scope="col">{t("report.actions.owner")}</th>
            <th scope="col">{t("report.actions.status")}</th>
            <th scope="col">{t("report.actions.due")}</th>
            <th scope="col">{t("report.actions.confirmation")}</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((action, index) => (
            <tr key={`${index}-${action.title}`}>
              <th scope="row">{action.title}</th>
              <td>{action.owner}</td>
              <td>
                <span className={`status status-${action.status}`}>{t(`report.action.status.${action.status}`)}</span>
              </td>
              <td className="nowrap">{action.dueOn ? d(action.dueOn) : t("report.actions.no_due")}</td>
              <td>
                {t(`report.action.confirmation.${action.communityConfirmation ?? "none"}`)}
                {action.changedAfterVerdict ? (
                  <span className="status status-changed"> · {t("report.action.changed_after_verdict")}</span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
