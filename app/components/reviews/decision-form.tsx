import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { ReviewPageData } from "~/models/reviews/types";
import { FieldError } from "../field-error";

type Values = { text: string; makeAction: string; owner: string; due: string };

/** One decision of the meeting; ticked, it becomes an action with an owner and a due date in the same step. */
export function DecisionForm({
  page,
  refused,
}: {
  page: ReviewPageData;
  refused: { errors: Record<string, string>; values: Values } | null;
}) {
  const t = useT();
  const errors = refused?.errors ?? {};
  const values: Values = refused?.values ?? { text: "", makeAction: "", owner: "", due: "" };
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="decision" />
      {Object.keys(errors).length ? (
        <p className="form-error" role="alert">
          {t("form.error.summary")}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="decision-text">{t("review.decision.text")}</label>
        <input id="decision-text" name="text" defaultValue={values.text} maxLength={200} aria-invalid={errors.text ? true : undefined} />
        <FieldError id="decision-text-error" message={errors.text} />
      </div>
      {page.mayMakeActions ? (
        <>
          <div className="choice">
            <input type="checkbox" id="make-action" name="makeAction" value="yes" defaultChecked={values.makeAction === "yes"} />
            <label htmlFor="make-action">{t("review.decision.make_action")}</label>
          </div>
          <div className="field">
            <label htmlFor="decision-owner">{t("review.decision.owner")}</label>
            <select id="decision-owner" name="owner" defaultValue={values.owner} aria-invalid={errors.owner ? true : undefined}>
              <option value="">—</option>
              {page.organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
            <FieldError id="decision-owner-error" message={errors.owner} />
          </div>
          <div className="field">
            <label htmlFor="decision-due">{t("review.decision.due")}</label>
            <input id="decision-due" name="due" type="date" defaultValue={values.due} aria-invalid={errors.due ? true : undefined} />
            <FieldError id="decision-due-error" message={errors.due} />
          </div>
        </>
      ) : null}
      <FieldError id="decision-action-error" message={errors.makeAction ?? errors.round ?? errors.title} />
      <div className="actions">
        <button type="submit">{t("review.decision.add")}</button>
      </div>
    </Form>
  );
}
