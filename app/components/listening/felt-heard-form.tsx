import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { FeltHeardFormValues } from "~/models/listening/types";
import { FieldError } from "../field-error";

/** Did you feel heard? 1–5 as radios (no script needed) and an optional comment; fields `rating`, `comment`. */
export function FeltHeardForm({
  values,
  errors,
  max,
  legend,
}: {
  values: FeltHeardFormValues;
  errors: Record<string, string>;
  max: number;
  legend: string;
}) {
  const t = useT();
  return (
    <Form method="post" noValidate>
      {Object.keys(errors).length ? (
        <p className="form-error" role="alert">
          {t("form.error.summary")}
        </p>
      ) : null}
      <fieldset aria-describedby={errors.rating ? "rating-error" : undefined}>
        <legend>{legend}</legend>
        <ul className="choices">
          {[1, 2, 3, 4, 5].map((n) => (
            <li key={n} className="choice">
              <input type="radio" id={`rating-${n}`} name="rating" value={String(n)} defaultChecked={values.rating === String(n)} />
              <label htmlFor={`rating-${n}`}>{t(`felt_heard.scale.${n}`)}</label>
            </li>
          ))}
        </ul>
        <FieldError id="rating-error" message={errors.rating} />
      </fieldset>
      <div className="field">
        <label htmlFor="felt-comment">{t("felt_heard.comment")}</label>
        <textarea
          id="felt-comment"
          name="comment"
          rows={3}
          maxLength={max}
          defaultValue={values.comment}
          aria-invalid={errors.comment ? true : undefined}
          aria-describedby={errors.comment ? "comment-error" : undefined}
        />
        <FieldError id="comment-error" message={errors.comment} />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t("felt_heard.send")}
        </button>
      </div>
    </Form>
  );
}
