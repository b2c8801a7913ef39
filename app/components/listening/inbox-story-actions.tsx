import { Form, Link } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { ActionChoice } from "~/models/listening/types";
import { FieldError } from "../field-error";

/** The actions this story prompted, and the two ways to add one: link an existing action, or make a new one. */
export function InboxStoryActions({
  storyId,
  partnershipId,
  linked,
  choices,
  error,
}: {
  storyId: string;
  partnershipId: number;
  linked: ActionChoice[];
  choices: ActionChoice[];
  error?: string;
}) {
  const t = useT();
  const linkedIds = new Set(linked.map((a) => a.id));
  const open = choices.filter((a) => !linkedIds.has(a.id));
  return (
    <>
      {linked.length === 0 ? (
        <p>{t("inbox.actions.none")}</p>
      ) : (
        <ul>
          {linked.map((a) => (
            <li key={a.id}>
              <Link to={`/actions/${a.id}`}>{a.title}</Link> <span className="status">{t(`action.status.${a.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {open.length ? (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="link" />
          <div className="field">
            <label htmlFor="link-action">{t("inbox.actions.link_label")}</label>
            <select
              id="link-action"
              name="action"
              defaultValue=""
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? "link-action-error" : undefined}
            >
              <option value="">{t("form.choose")}</option>
              {open.map((a) => (
                <option key={a.id} value={String(a.id)}>
                  {a.title}
                </option>
              ))}
            </select>
            <FieldError id="link-action-error" message={error} />
          </div>
          <div className="actions">
            <button type="submit">{t("inbox.actions.link")}</button>
          </div>
        </Form>
      ) : null}
      <p>
        <Link className="button" to={`/partnerships/${partnershipId}/actions/new?story=${storyId}`}>
          {t("inbox.actions.new")}
        </Link>
      </p>
    </>
  );
}
