// The facilitator's release of the version under review. It says why a release cannot happen yet (round
// still open, approvals missing), and when most figures are hidden it asks for a second, explicit "yes".
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { ReportForms } from "~/models/joint-report/types";
import { FieldError } from "../field-error";
import type { Refused } from "./review-forms";

export function ReleaseForm({ forms, versionId, refused }: { forms: ReportForms; versionId: number; refused?: Refused }) {
  const t = useT();
  const waiting = forms.pendingApprovals.length > 0;
  const blocked = waiting || !forms.roundClosed;
  return (
    <Form method="post" className="review-form">
      <input type="hidden" name="versionId" value={versionId} />
      {!forms.roundClosed ? <p className="warning">{t("report.error.round_open")}</p> : null}
      {waiting ? (
        <p className="warning">{t("report.form.waiting_for", { organisations: forms.pendingApprovals.join(", ") })}</p>
      ) : (
        <p>{t("report.form.release_explained")}</p>
      )}
      {forms.mostlySuppressed ? (
        <div className="field">
          <p className="warning">
            {t("report.form.mostly_suppressed", {
              suppressed: String(forms.mostlySuppressed.suppressed),
              figures: String(forms.mostlySuppressed.figures),
            })}
          </p>
          <label>
            <input
              type="checkbox"
              name="confirmSuppressed"
              value="yes"
              defaultChecked={refused?.values.confirmSuppressed === "yes"}
              aria-describedby="confirm-suppressed-error"
            />{" "}
            {t("report.form.confirm_suppressed")}
          </label>
          <FieldError id="confirm-suppressed-error" message={refused?.errors.confirmSuppressed} />
        </div>
      ) : null}
      <button type="submit" name="intent" value="release" className="primary" disabled={blocked}>
        {t("report.form.release")}
      </button>
    </Form>
  );
}
