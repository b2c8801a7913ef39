import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { FactCell } from "~/models/power/types";
import { FieldError } from "../field-error";
import { useFactValue } from "./fact-value";

type Refused = { errors: Record<string, string>; values: { judge: Record<string, string> } };

/** The community coordinator's word on one fact: right, or wrong with the organisation's own value. */
export function FactVerdictForm({ fact, action, max, refused }: { fact: FactCell; action: string; max: number; refused: Refused | null }) {
  const t = useT();
  const show = useFactValue();
  const errors = refused?.errors ?? {};
  const values = refused?.values.judge ?? {
    verdict: fact.verdict ?? "",
    communityValue: fact.communityValue ?? "",
    comment: fact.comment ?? "",
  };
  const id = (field: string) => `judge-${fact.id}-${field}`;
  return (
    <Form method="post" action={action} noValidate className="fact-verdict">
      <input type="hidden" name="intent" value="judge" />
      <input type="hidden" name="factId" value={fact.id ?? ""} />
      {Object.keys(errors).length ? (
        <p className="form-error" role="alert">
          {t("form.error.summary")}
        </p>
      ) : null}
      <fieldset aria-describedby={errors.verdict ? id("verdict-error") : undefined}>
        <legend>{t("facts.judge.question", { fact: t(`facts.fact.${fact.fact}`), value: show(fact.kind, fact.value) })}</legend>
        <ul className="choices">
          {(["confirmed", "disputed"] as const).map((v) => (
            <li key={v} className="choice">
              <input type="radio" id={id(v)} name="verdict" value={v} defaultChecked={values.verdict === v} />
              <label htmlFor={id(v)}>{t(`facts.judge.${v}`)}</label>
            </li>
          ))}
        </ul>
        <FieldError id={id("verdict-error")} message={errors.verdict} />
      </fieldset>
      <div className="field">
        <label htmlFor={id("value")}>{t("facts.judge.own_value")}</label>
        {fact.kind === "choice" ? (
          <select
            id={id("value")}
            name="communityValue"
            defaultValue={values.communityValue}
            aria-invalid={errors.communityValue ? true : undefined}
            aria-describedby={errors.communityValue ? id("value-error") : undefined}
          >
            <option value="">—</option>
            {(["community", "ingo", "together"] as const).map((d) => (
              <option key={d} value={d}>
                {t(`facts.drafter.${d}`)}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id("value")}
            name="communityValue"
            inputMode="decimal"
            defaultValue={values.communityValue}
            aria-invalid={errors.communityValue ? true : undefined}
            aria-describedby={errors.communityValue ? id("value-error") : undefined}
          />
        )}
        <FieldError id={id("value-error")} message={errors.communityValue} />
      </div>
      <div className="field">
        <label htmlFor={id("comment")}>{t("facts.judge.comment")}</label>
        <textarea id={id("comment")} name="comment" rows={2} maxLength={max} defaultValue={values.comment} />
        <FieldError id={id("comment-error")} message={errors.comment} />
      </div>
      <div className="actions">
        <button type="submit">{t("facts.judge.send")}</button>
      </div>
    </Form>
  );
}
