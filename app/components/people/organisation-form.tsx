import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { OrganisationFormValues } from "~/models/people/types";
import { FieldError } from "../field-error";
import { FormToken } from "../form-token";

export type OrganisationFormOptions = {
  kinds: readonly string[];
  populations: readonly string[];
  leadership: readonly string[];
  levels: readonly string[];
};

const described = (errors: Record<string, string>, field: string) =>
  errors[field] ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {};
// A fieldset (role group) takes no aria-invalid: its message is tied to it by aria-describedby alone.
const describedGroup = (errors: Record<string, string>, field: string) => (errors[field] ? { "aria-describedby": `${field}-error` } : {});

/** Create and edit share one form; the server checks everything, so it works the same without JavaScript. */
export function AdminOrganisationForm({
  values,
  errors,
  options,
  submitLabel,
  formToken,
}: {
  values: OrganisationFormValues;
  errors: Record<string, string>;
  options: OrganisationFormOptions;
  submitLabel: string;
  /** Set on a create form (the edit form changes one thing in place). */
  formToken?: string;
}) {
  const t = useT();
  return (
    <Form method="post" noValidate>
      {formToken ? <FormToken value={formToken} /> : null}
      {Object.keys(errors).length ? (
        <p className="form-error" role="alert">
          {t("form.error.summary")}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="name">{t("org.field.name")}</label>
        <input id="name" name="name" type="text" maxLength={200} required defaultValue={values.name} {...described(errors, "name")} />
        <FieldError id="name-error" message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="kind">{t("org.field.kind")}</label>
        <select id="kind" name="kind" required defaultValue={values.kind} {...described(errors, "kind")}>
          <option value="">{t("form.choose")}</option>
          {options.kinds.map((k) => (
            <option key={k} value={k}>
              {t(`org.kind.${k}`)}
            </option>
          ))}
        </select>
        <FieldError id="kind-error" message={errors.kind} />
      </div>
      <div className="field">
        <label htmlFor="country">{t("org.field.country")}</label>
        <input
          id="country"
          name="country"
          type="text"
          maxLength={100}
          required
          autoComplete="off"
          defaultValue={values.country}
          {...described(errors, "country")}
        />
        <FieldError id="country-error" message={errors.country} />
      </div>
      <fieldset className="choices" {...describedGroup(errors, "populations")}>
        <legend>{t("org.field.populations")}</legend>
        <p className="muted">{t("org.field.populations.hint")}</p>
        {options.populations.map((p) => (
          <label key={p}>
            <input type="checkbox" name="populations" value={p} defaultChecked={values.populations.includes(p)} />{" "}
            {t(`org.population.${p}`)}
          </label>
        ))}
        <FieldError id="populations-error" message={errors.populations} />
      </fieldset>
      <fieldset className="choices" {...describedGroup(errors, "leadership")}>
        <legend>{t("org.field.leadership")}</legend>
        {options.leadership.map((l) => (
          <label key={l}>
            <input type="radio" name="leadership" value={l} defaultChecked={values.leadership === l} /> {t(`org.leadership.${l}`)}
          </label>
        ))}
        <FieldError id="leadership-error" message={errors.leadership} />
      </fieldset>
      <div className="field">
        <label htmlFor="level">{t("org.field.level")}</label>
        <select id="level" name="level" required defaultValue={values.level} {...described(errors, "level")}>
          <option value="">{t("form.choose")}</option>
          {options.levels.map((l) => (
            <option key={l} value={l}>
              {t(`org.level.${l}`)}
            </option>
          ))}
        </select>
        <FieldError id="level-error" message={errors.level} />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}
