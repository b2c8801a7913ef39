// The forms of section 7, shown only to the roles that may use them in the report's current state. Plain
// HTML forms: they work without JavaScript, and every step is a POST.
import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { ReportFormEcho, ReportForms } from "~/models/joint-report/types";
import { FieldError } from "../field-error";
import { ReleaseForm } from "./release-form";

export type Refused = { errors: Record<string, string>; values: ReportFormEcho };

function ReadingForm({
  reading,
  mayApprove,
  versionId,
  refused,
}: {
  reading: ReportForms["readings"][number];
  mayApprove: boolean;
  versionId: number | null;
  refused?: Refused;
}) {
  const t = useT();
  const mine = refused?.values.organisationId === String(reading.organisationId) ? refused : undefined;
  const id = `reading-${reading.organisationId}`;
  return (
    <div className="review-form">
      <Form method="post" aria-labelledby={`${id}-title`}>
        <h4 id={`${id}-title`}>{t("report.form.reading_for", { organisation: reading.organisationName })}</h4>
        <input type="hidden" name="organisationId" value={reading.organisationId} />
        {versionId !== null ? <input type="hidden" name="versionId" value={versionId} /> : null}
        <div className="field">
          <label htmlFor={id}>{t("report.form.our_reading")}</label>
          <textarea
            id={id}
            name="ourReading"
            defaultValue={mine?.values.ourReading ?? reading.text}
            aria-describedby={`${id}-error`}
            maxLength={20000}
          />
          <FieldError id={`${id}-error`} message={mine?.errors.ourReading} />
        </div>
        <div className="actions">
          <button type="submit" name="intent" value="our_reading">
            {t("report.form.save_reading")}
          </button>
          {mayApprove ? (
            <button type="submit" name="intent" value="approve" className="primary">
              {t("report.form.approve")}
            </button>
          ) : null}
        </div>
        {reading.approved ? <p className="notice">{t("report.form.approved_already")}</p> : null}
      </Form>
      {mayApprove ? (
        <Form method="post" aria-labelledby={`${id}-back-title`}>
          <h4 id={`${id}-back-title`}>{t("report.form.send_back_title")}</h4>
          <input type="hidden" name="organisationId" value={reading.organisationId} />
          {versionId !== null ? <input type="hidden" name="versionId" value={versionId} /> : null}
          <div className="field">
            <label htmlFor={`${id}-comment`}>{t("report.form.comment")}</label>
            <textarea
              id={`${id}-comment`}
              name="comment"
              defaultValue={mine?.values.comment ?? ""}
              aria-describedby={`${id}-comment-error`}
              maxLength={20000}
            />
            <FieldError id={`${id}-comment-error`} message={mine?.errors.comment} />
          </div>
          <button type="submit" name="intent" value="send_back">
            {t("report.form.send_back")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}

export function ReportReviewForms({ forms, refused }: { forms: ReportForms; refused?: Refused }) {
  const t = useT();
  return (
    <div className="report-forms">
      {refused?.errors.form || refused?.errors.intent || refused?.errors.organisationId || refused?.errors.versionId ? (
        <p className="form-error" role="alert">
          {t(refused.errors.form ?? refused.errors.intent ?? refused.errors.organisationId ?? refused.errors.versionId)}
        </p>
      ) : null}
      {forms.readings.map((reading) => (
        <ReadingForm
          key={reading.organisationId}
          reading={reading}
          mayApprove={forms.mayApprove}
          versionId={forms.versionId}
          refused={refused}
        />
      ))}
      {forms.whatWeLearned !== null ? (
        <Form method="post" className="review-form">
          <div className="field">
            <label htmlFor="what-we-learned-text">{t("report.form.what_we_learned")}</label>
            <textarea
              id="what-we-learned-text"
              name="whatWeLearned"
              defaultValue={refused?.values.whatWeLearned ?? forms.whatWeLearned}
              aria-describedby="what-we-learned-error"
              maxLength={20000}
            />
            <FieldError id="what-we-learned-error" message={refused?.errors.whatWeLearned} />
          </div>
          <button type="submit" name="intent" value="what_we_learned">
            {t("report.form.save_learned")}
          </button>
        </Form>
      ) : null}
      {forms.mayToReview ? (
        <Form method="post" className="review-form">
          <p>{t("report.form.to_review_explained", { number: String(forms.nextVersion) })}</p>
          <button type="submit" name="intent" value="to_review" className="primary">
            {t("report.form.to_review", { number: String(forms.nextVersion) })}
          </button>
        </Form>
      ) : null}
      {forms.mayRelease && forms.versionId !== null ? <ReleaseForm forms={forms} versionId={forms.versionId} refused={refused} /> : null}
    </div>
  );
}
