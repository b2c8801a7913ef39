import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { AnswerFormValues } from "~/models/listening/types";
import { FieldError } from "../field-error";

/** The answer form; its field names `heard` and `will_do` are fixed (other tests post to them). */
export function InboxAnswerForm({ values, errors, max }: { values: AnswerFormValues; errors: Record<string, string>; max: number }) {
  const t = useT();
  const field = (name: keyof AnswerFormValues, label: string, hint: string) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <p id={`${name}-hint`} className="muted">
        {hint}
      </p>
      <textarea
        id={name}
        name={name}
        rows={5}
        maxLength={max}
        required
        defaultValue={values[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-hint ${name}-error` : `${name}-hint`}
      />
      <FieldError id={`${name}-error`} message={errors[name]} />
    </div>
  );
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="answer" />
      {Object.keys(errors).some((k) => k === "heard" || k === "will_do") ? (
        <p className="form-error" role="alert">
          {t("form.error.summary")}
        </p>
      ) : null}
      {field("heard", t("ingo_answer.heard"), t("ingo_answer.heard.hint"))}
      {field("will_do", t("ingo_answer.will_do"), t("ingo_answer.will_do.hint"))}
      <div className="actions">
        <button type="submit" className="primary">
          {t("ingo_answer.send")}
        </button>
      </div>
    </Form>
  );
}
