import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { AccessChangeView } from "~/models/people/types";

/** What was asked, in words: "Global Health Partners joins Nairobi HIV partnership as INGO partner". */
function ChangeWhat({ change }: { change: AccessChangeView }) {
  const t = useT();
  const role = t(`changes.role.${change.role}`);
  if (change.kind === "translator")
    return (
      <>
        {t(change.role === "translator" ? "changes.what.translator" : "changes.what.translator_removed", {
          name: change.subjectName ?? "",
          organisation: change.organisationName,
        })}
      </>
    );
  if (change.kind === "organisation_member") return <>{t("changes.what.member", { organisation: change.organisationName, role })}</>;
  if (change.previousRole)
    return (
      <>
        {t("changes.what.role", {
          organisation: change.organisationName,
          partnership: change.partnershipName ?? "",
          from: t(`changes.role.${change.previousRole}`),
          role,
        })}
      </>
    );
  return <>{t("changes.what.join", { organisation: change.organisationName, partnership: change.partnershipName ?? "", role })}</>;
}

function Answers({ change }: { change: AccessChangeView }) {
  const t = useT();
  if (change.exception === "first_coordinator") return <p>{t("changes.exception.first_coordinator")}</p>;
  return (
    <ul>
      {change.answers.map((a) => (
        <li key={a.organisationName}>
          {a.decision
            ? t(`changes.answer.${a.decision}`, {
                organisation: a.organisationName,
                name: a.decidedBy ?? "",
                date: (a.decidedAt ?? "").slice(0, 10),
              })
            : t("changes.answer.waiting", { organisation: a.organisationName })}
        </li>
      ))}
    </ul>
  );
}

/**
 * Access changes as a list. With `decide`, a change still waiting for this organisation carries its
 * approve and refuse buttons: plain forms, no JavaScript needed.
 */
export function AccessChangeList({ changes, empty, decide = false }: { changes: AccessChangeView[]; empty: string; decide?: boolean }) {
  const t = useT();
  if (changes.length === 0) return <p>{empty}</p>;
  return (
    <ul className="task-list">
      {changes.map((change) => (
        <li key={change.id} className="card" id={`change-${change.id}`}>
          <p>
            <strong>
              <ChangeWhat change={change} />
            </strong>
          </p>
          <p className="muted">
            {t("changes.asked", { name: change.askedBy, date: change.askedAt.slice(0, 10) })} · {t(`changes.status.${change.status}`)}
          </p>
          <Answers change={change} />
          {decide && change.waitsForUs ? (
            <Form method="post" className="actions">
              <input type="hidden" name="change" value={change.id} />
              <button type="submit" name="decision" value="approved" className="primary">
                {t("changes.approve")}
              </button>{" "}
              <button type="submit" name="decision" value="refused">
                {t("changes.refuse")}
              </button>
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
