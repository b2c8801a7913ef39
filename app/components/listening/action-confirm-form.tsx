import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { ConfirmFormValues } from "~/models/listening/types";
import { FieldError } from "../field-error";

/** A community coordinator's word on a done action: it happened, or it did not (and why). */
export function ActionConfirmForm({ values, errors, max }: { values: ConfirmFormValues; errors: Record<string, string>; max: number }) {
  const t = useT();
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="confirm" />
      {Object.keys(errors).length ? (
        <p className="form-error" role="alert">
          {t("form.error.summary")}
        </p>
      ) : null}
      <fieldset aria-describedby={errors.decision ? "decision-error" : undefined}>
        <legend>{t("action.confirm.question")}</legend>
        <ul className="choices">
          {(["confirmed", "disputed"] as const).map((d) => (
            <li key={d} className="choice">
              <input type="radio" id={`decision-${d}`} name="decision" value={d} defaultChecked={values.decision === d} />
              <label htmlFor={`decision-${d}`}>{t(`action.confirm.${d}`)}</label>
            </li>
          ))}
        </ul>
        <FieldError id="decision-error" message={errors.decision} />
      </fieldset>
      <div className="field">
        <label htmlFor="confirm-comment">{t("action.confirm.comment")}</label>
        <p id="comment-hint" className="muted">
          {t("action.confirm.comment.hint")}
        </p>
        <textarea
          id="confirm-comment"
          name="comment"
          rows={3}
          maxLength={max}
          defaultValue={values.comment}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={errors.comment ? "comment-hint comment-error" : "comment-hint"}
        />
        <FieldError id="comment-error" message={errors.comment} />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t("action.confirm.send")}
        </button>
      </div>
    </Form>
  );
}
