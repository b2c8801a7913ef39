import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { ReviewPageData } from "~/models/reviews/types";
import { FieldError } from "../field-error";

type Values = { agenda: string; heldOn: string; attendance: string[] };

/** The agenda as the partnership writes it (first filled with the draft), the meeting's date and who came. */
export function MinutesForm({
  page,
  draftText,
  refused,
  max,
}: {
  page: ReviewPageData;
  draftText: string;
  refused: { errors: Record<string, string>; values: Values } | null;
  max: number;
}) {
  const t = useT();
  const errors = refused?.errors ?? {};
  const values: Values = refused?.values ?? {
    agenda: page.agenda ?? draftText,
    heldOn: page.heldOn ?? "",
    attendance: page.organisations.filter((o) => o.attended).map((o) => String(o.id)),
  };
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="minutes" />
      {Object.keys(errors).length ? (
        <p className="form-error" role="alert">
          {t("form.error.summary")}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="agenda">{t("review.minutes.agenda")}</label>
        <textarea
          id="agenda"
          name="agenda"
          rows={12}
          maxLength={max}
          defaultValue={values.agenda}
          aria-invalid={errors.agenda ? true : undefined}
        />
        <FieldError id="agenda-error" message={errors.agenda} />
      </div>
      <div className="field">
        <label htmlFor="heldOn">{t("review.minutes.held_on")}</label>
        <input id="heldOn" name="heldOn" type="date" defaultValue={values.heldOn} aria-invalid={errors.heldOn ? true : undefined} />
        <FieldError id="heldOn-error" message={errors.heldOn} />
      </div>
      <fieldset>
        <legend>{t("review.minutes.attendance")}</legend>
        <ul className="choices">
          {page.organisations.map((o) => (
            <li key={o.id} className="choice">
              <input
                type="checkbox"
                id={`attended-${o.id}`}
                name="attendance"
                value={o.id}
                defaultChecked={values.attendance.includes(String(o.id))}
              />
              <label htmlFor={`attended-${o.id}`}>{o.name}</label>
            </li>
          ))}
        </ul>
        <FieldError id="attendance-error" message={errors.attendance} />
      </fieldset>
      <div className="actions">
        <button type="submit" className="primary">
          {t("review.minutes.save")}
        </button>
      </div>
    </Form>
  );
}
