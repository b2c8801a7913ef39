import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { FieldError } from "../field-error";

/** Closing freezes every answer at once, so it asks for a tick first; that works without JavaScript too. */
export function RoundCloseForm({ error }: { error?: string }) {
  const t = useT();
  return (
    <Form method="post" className="card">
      <h2>{t("round.close.title")}</h2>
      <p>{t("round.close.explain")}</p>
      <input type="hidden" name="intent" value="close" />
      <div className="field">
        <label>
          <input
            type="checkbox"
            name="confirm"
            value="yes"
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "confirm-error" : undefined}
          />{" "}
          {t("round.close.confirm")}
        </label>
        <FieldError id="confirm-error" message={error} />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t("round.close.submit")}
        </button>
      </div>
    </Form>
  );
}
