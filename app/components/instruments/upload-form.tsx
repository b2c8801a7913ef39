import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { InstrumentProblemView } from "~/models/rounds/types";

/** The facilitator's upload: a SurveyJS JSON file (or pasted JSON) and the name rounds will know it by. */
export function UploadForm({ problems, name }: { problems: InstrumentProblemView[]; name: string }) {
  const t = useT();
  return (
    <Form method="post" encType="multipart/form-data" className="card" aria-labelledby="upload-title">
      <h2 id="upload-title">{t("instruments.upload.title")}</h2>
      <p className="muted">{t("instruments.upload.hint")}</p>
      {problems.length ? (
        <div className="warning" role="alert" aria-labelledby="upload-problems">
          <p id="upload-problems" className="form-error">
            {t("instruments.upload.refused", { count: problems.length })}
          </p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                <strong>{problem.question}</strong>: {problem.problem}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="instrument-name">{t("instruments.upload.name")}</label>
        <input
          id="instrument-name"
          name="name"
          defaultValue={name}
          required
          pattern="[a-z][a-z0-9\-]{1,58}[a-z0-9]"
          aria-describedby="instrument-name-hint"
        />
        <p id="instrument-name-hint" className="muted">
          {t("instruments.upload.name_hint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor="instrument-file">{t("instruments.upload.file")}</label>
        <input id="instrument-file" name="file" type="file" accept="application/json,.json" />
      </div>
      <div className="field">
        <label htmlFor="instrument-json">{t("instruments.upload.paste")}</label>
        <textarea id="instrument-json" name="json" rows={6} />
      </div>
      <div className="actions">
        <button type="submit" className="primary">
          {t("instruments.upload.submit")}
        </button>
      </div>
    </Form>
  );
}
