import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { InviteGroup, RoundFormValues } from "~/models/rounds/types";
import { FieldError } from "../field-error";
import { FormToken } from "../form-token";

const described = (errors: Record<string, string>, field: string, hint?: string) => {
  const ids = [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": errors[field] ? true : undefined, "aria-describedby": ids || undefined };
};

/** The facilitator's form to open a round: period, dates, schedule, instruments, and who is invited to what. */
export function RoundForm({
  values,
  errors,
  instruments,
  groups,
  formToken,
}: {
  values: RoundFormValues;
  errors: Record<string, string>;
  instruments: string[];
  groups: InviteGroup[];
  /** Set on a create form (the edit form changes one thing in place). */
  formToken?: string;
}) {
  const t = useT();
  const invited = new Set(values.invite);
  return (
    <Form method="post" noValidate>
      {formToken ? <FormToken value={formToken} /> : null}
      {Object.keys(errors).length ? (
        <p className="form-error" role="alert">
          {t("form.error.summary")}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="label">{t("round.field.label")}</label>
        <input id="label" name="label" type="text" maxLength={40} required defaultValue={values.label} {...described(errors, "label")} />
        <FieldError id="label-error" message={errors.label} />
      </div>
      <div className="field">
        <label htmlFor="opensOn">{t("round.field.opens_on")}</label>
        <input id="opensOn" name="opensOn" type="date" required defaultValue={values.opensOn} {...described(errors, "opensOn")} />
        <FieldError id="opensOn-error" message={errors.opensOn} />
      </div>
      <div className="field">
        <label htmlFor="closesOn">{t("round.field.closes_on")}</label>
        <input id="closesOn" name="closesOn" type="date" required defaultValue={values.closesOn} {...described(errors, "closesOn")} />
        <FieldError id="closesOn-error" message={errors.closesOn} />
      </div>
      <fieldset {...described(errors, "schedule")}>
        <legend>{t("round.field.schedule")}</legend>
        <div className="choices">
          {["quarterly", "none"].map((s) => (
            <label key={s}>
              <input type="radio" name="schedule" value={s} defaultChecked={values.schedule === s} /> {t(`round.schedule.${s}`)}
            </label>
          ))}
        </div>
        <FieldError id="schedule-error" message={errors.schedule} />
      </fieldset>
      <fieldset {...described(errors, "instruments")}>
        <legend>{t("round.field.instruments")}</legend>
        <div className="choices">
          {instruments.map((name) => (
            <label key={name}>
              <input type="checkbox" name="instruments" value={name} defaultChecked={values.instruments.includes(name)} />{" "}
              {t(`instrument.${name}`)}
            </label>
          ))}
        </div>
        <FieldError id="instruments-error" message={errors.instruments} />
      </fieldset>
      <fieldset {...described(errors, "invite", "invite-hint")}>
        <legend>{t("round.field.invite")}</legend>
        <p id="invite-hint" className="muted">
          {t("round.field.invite.hint")}
        </p>
        {groups.map((g) => (
          <fieldset key={g.organisationId}>
            <legend>
              {g.name} <span className="muted">({t(`partnership.role.${g.partnerRole}`)})</span>
            </legend>
            {g.people.map((p) => (
              <div className="field choices" key={p.personId}>
                <p>
                  {p.name} <span className="muted">{t(`membership.${p.role}`)}</span>
                </p>
                {p.choices.map((c) => (
                  <label key={c.key}>
                    <input type="checkbox" name="invite" value={c.key} defaultChecked={invited.has(c.key)} />{" "}
                    <span className="visually-hidden">{p.name}: </span>
                    {t(`instrument.${c.instrument}`)}
                  </label>
                ))}
              </div>
            ))}
          </fieldset>
        ))}
        <FieldError id="invite-error" message={errors.invite} />
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">
          {t("round.new.submit")}
        </button>
      </div>
    </Form>
  );
}
