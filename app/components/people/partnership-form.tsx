import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { PartnershipFormValues } from "~/models/people/types";
import { FieldError } from "../field-error";
import { FormToken } from "../form-token";

type Organisation = { id: number; name: string; kind: string };

/** Name, k and one role select per organisation ("not a member" by default); the server checks the mix. */
export function AdminPartnershipForm({
  values,
  errors,
  organisations,
  roles,
  submitLabel,
  formToken,
}: {
  values: PartnershipFormValues;
  errors: Record<string, string>;
  organisations: Organisation[];
  roles: readonly string[];
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
        <label htmlFor="name">{t("partnership.field.name")}</label>
        <input
          id="name"
          name="name"
          type="text"
          maxLength={200}
          required
          defaultValue={values.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? "name-error" : undefined}
        />
        <FieldError id="name-error" message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="k">{t("partnership.field.k")}</label>
        <p id="k-hint" className="muted">
          {t("partnership.field.k.hint")}
        </p>
        <input
          id="k"
          name="k"
          type="text"
          inputMode="numeric"
          pattern="[0-9]*"
          required
          defaultValue={values.k}
          aria-invalid={errors.k ? true : undefined}
          aria-describedby={errors.k ? "k-hint k-error" : "k-hint"}
        />
        <FieldError id="k-error" message={errors.k} />
      </div>
      <div className="field">
        <label htmlFor="reminderDays">{t("partnership.field.reminder_days")}</label>
        <p id="reminderDays-hint" className="muted">
          {t("partnership.field.reminder_days.hint")}
        </p>
        <input
          id="reminderDays"
          name="reminderDays"
          type="text"
          inputMode="numeric"
          defaultValue={values.reminderDays}
          aria-invalid={errors.reminderDays ? true : undefined}
          aria-describedby={errors.reminderDays ? "reminderDays-hint reminderDays-error" : "reminderDays-hint"}
        />
        <FieldError id="reminderDays-error" message={errors.reminderDays} />
      </div>
      <fieldset aria-describedby={errors.members ? "members-hint members-error" : "members-hint"}>
        <legend>{t("partnership.field.members")}</legend>
        <p id="members-hint" className="muted">
          {t("partnership.field.members.hint")}
        </p>
        {organisations.map((o) => (
          <div className="field" key={o.id}>
            <label htmlFor={`role-${o.id}`}>
              {o.name} <span className="muted">({t(`org.kind.${o.kind}`)})</span>
            </label>
            <select id={`role-${o.id}`} name={`role-${o.id}`} defaultValue={values.roles[String(o.id)] ?? ""}>
              <option value="">{t("partnership.role.none")}</option>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {t(`partnership.role.${r}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
        <FieldError id="members-error" message={errors.members} />
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
      </div>
    </Form>
  );
}
