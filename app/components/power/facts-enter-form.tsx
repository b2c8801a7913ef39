import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { FactCell } from "~/models/power/types";
import { FieldError } from "../field-error";

type Refused = { errors: Record<string, string>; values: { enter: Record<string, string> } };

const DRAFTERS = ["community", "ingo", "together"] as const;

/** The INGO's values for one community organisation; a blank field leaves the fact as it stands. */
export function FactsEnterForm({
  organisationId,
  facts,
  action,
  refused,
}: {
  organisationId: number;
  facts: FactCell[];
  action: string;
  refused: Refused | null;
}) {
  const t = useT();
  const errors = refused?.errors ?? {};
  const shown = (f: FactCell) => refused?.values.enter[f.fact] ?? f.value ?? "";
  const id = (fact: string) => `enter-${organisationId}-${fact}`;
  return (
    <Form method="post" action={action} noValidate>
      <h3>{t("facts.enter.title")}</h3>
      <input type="hidden" name="intent" value="enter" />
      <input type="hidden" name="organisationId" value={organisationId} />
      {Object.keys(errors).length ? (
        <p className="form-error" role="alert">
          {errors.form ? t(errors.form) : t("form.error.summary")}
        </p>
      ) : null}
      {facts.map((f) => (
        <div className="field" key={f.fact}>
          <label htmlFor={id(f.fact)}>{t(`facts.fact.${f.fact}`)}</label>
          {f.kind === "choice" ? (
            <select id={id(f.fact)} name={f.fact} defaultValue={shown(f)} aria-invalid={errors[f.fact] ? true : undefined}>
              <option value="">{t("facts.enter.unchanged")}</option>
              {DRAFTERS.map((d) => (
                <option key={d} value={d}>
                  {t(`facts.drafter.${d}`)}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={id(f.fact)}
              name={f.fact}
              inputMode="decimal"
              defaultValue={shown(f)}
              aria-invalid={errors[f.fact] ? true : undefined}
              aria-describedby={errors[f.fact] ? `${id(f.fact)}-error` : undefined}
            />
          )}
          <FieldError id={`${id(f.fact)}-error`} message={errors[f.fact]} />
        </div>
      ))}
      <p className="muted">{t("facts.enter.hint")}</p>
      <div className="actions">
        <button type="submit" className="primary">
          {t("facts.enter.send")}
        </button>
      </div>
    </Form>
  );
}
