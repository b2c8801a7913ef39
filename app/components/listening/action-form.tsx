import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { ActionChoiceLists, ActionFormValues } from "~/models/listening/types";
import { FieldError } from "../field-error";
import { FormToken } from "../form-token";

export type ActionFormChoices = ActionChoiceLists & { dimensions: string[]; statuses: readonly string[] };

const describe = (name: string, errors: Record<string, string>, hint = false) =>
  [hint && `${name}-hint`, errors[name] && `${name}-error`].filter(Boolean).join(" ") || undefined;

/** Title, owner, due date, status, round, and the dimensions and stories that prompted the action. */
export function ActionForm({
  values,
  errors,
  choices,
  submitLabel,
  formToken,
}: {
  values: ActionFormValues;
  errors: Record<string, string>;
  choices: ActionFormChoices;
  submitLabel: string;
  /** Set on a create form (the edit form changes one thing in place). */
  formToken?: string;
}) {
  const t = useT();
  const select = (name: "owner" | "status" | "round", label: string, options: { value: string; text: string }[]) => (
    <div className="field">
      <label htmlFor={`action-${name}`}>{label}</label>
      <select
        id={`action-${name}`}
        name={name}
        defaultValue={values[name]}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describe(name, errors)}
      >
        {name === "owner" ? <option value="">{t("form.choose")}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
      <FieldError id={`${name}-error`} message={errors[name]} />
    </div>
  );
  return (
    <Form method="post" noValidate>
      {formToken ? <FormToken value={formToken} /> : null}
      <input type="hidden" name="intent" value="save" />
      {Object.keys(errors).length ? (
        <p className="form-error" role="alert">
          {t("form.error.summary")}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="action-title">{t("action.field.title")}</label>
        {/* A title is the INGO's own text: a story's withdrawal cannot reach it, so it must not quote one. */}
        <p id="title-hint" className="muted">
          {t("action.field.title.hint")}
        </p>
        <input
          id="action-title"
          name="title"
          type="text"
          maxLength={200}
          required
          defaultValue={values.title}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describe("title", errors, true)}
        />
        <FieldError id="title-error" message={errors.title} />
      </div>
      {select(
        "owner",
        t("action.field.owner"),
        choices.owners.map((o) => ({ value: String(o.id), text: o.name })),
      )}
      <div className="field">
        <label htmlFor="action-due">{t("action.field.due")}</label>
        <p id="due-hint" className="muted">
          {t("action.field.due.hint")}
        </p>
        <input
          id="action-due"
          name="due"
          type="date"
          defaultValue={values.due}
          aria-invalid={errors.due ? true : undefined}
          aria-describedby={describe("due", errors, true)}
        />
        <FieldError id="due-error" message={errors.due} />
      </div>
      {select(
        "status",
        t("action.field.status"),
        choices.statuses.map((s) => ({ value: s, text: t(`action.status.${s}`) })),
      )}
      {select(
        "round",
        t("action.field.round"),
        choices.rounds.map((r) => ({ value: String(r.id), text: r.label })),
      )}
      <fieldset aria-describedby={describe("dimensions", errors)}>
        <legend>{t("action.field.dimensions")}</legend>
        <ul className="choices">
          {choices.dimensions.map((d) => (
            <li key={d} className="choice">
              <input type="checkbox" id={`dimension-${d}`} name="dimensions" value={d} defaultChecked={values.dimensions.includes(d)} />
              <label htmlFor={`dimension-${d}`}>{t(`dimension.${d}`)}</label>
            </li>
          ))}
        </ul>
        <FieldError id="dimensions-error" message={errors.dimensions} />
      </fieldset>
      <fieldset aria-describedby={describe("stories", errors, true)}>
        <legend>{t("action.field.stories")}</legend>
        <p id="stories-hint" className="muted">
          {t("action.field.stories.hint")}
        </p>
        {choices.stories.length === 0 ? <p>{t("action.field.stories.none")}</p> : null}
        <ul className="choices">
          {choices.stories.map((s) => (
            <li key={s.id} className="choice">
              <input
                type="checkbox"
                id={`story-${s.id}`}
                name="stories"
                value={String(s.id)}
                defaultChecked={values.stories.includes(String(s.id))}
              />
              <label htmlFor={`story-${s.id}`}>
                <span className="muted">{s.roundLabel}:</span> {s.excerpt}
              </label>
            </li>
          ))}
        </ul>
        <FieldError id="stories-error" message={errors.stories} />
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}
