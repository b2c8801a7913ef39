import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { StoryFormView } from "~/models/stories/types";
import { useNonce } from "../nonce";
import { SurveyPage, type SurveyLabels } from "../rounds/survey-form";
import { useSurveyLabels } from "../rounds/answer-form";

// The story instrument as one plain form (no JavaScript needed). Field names are the question names
// (story, dimensions, felt, power, consent, attribution, signed_name). With JavaScript, story-draft.js keeps
// what is typed in this browser until the server confirms it; without, a refused POST echoes it all back.

export function useStoryLabels(): SurveyLabels {
  return useSurveyLabels();
}

/** The draft script, on the form page and on the confirmation page (which is where it lets go of the draft). */
export function StoryDraftScript() {
  const nonce = useNonce();
  return <script src="/scripts/story-draft.js" nonce={nonce} defer />;
}

export function StoryForm({ view, action }: { view: StoryFormView; action?: string }) {
  const t = useT();
  const labels = useStoryLabels();
  const errors = Object.fromEntries(Object.entries(view.errors).map(([name, m]) => [name, t(m.key, m.params)]));
  const formLevel = errors.client_id;
  return (
    <>
      {view.problem ? (
        <p className="warning" role="alert">
          {t(`story.tell.problem.${view.problem}`)}
        </p>
      ) : null}
      {Object.keys(errors).length ? (
        <div className="warning" role="alert">
          <p className="form-error">{t("form.error.summary")}</p>
          {formLevel ? <p>{formLevel}</p> : null}
        </div>
      ) : null}
      <p className="notice" data-draft-restored="" hidden>
        {t("story.draft.restored")}
      </p>
      <Form
        method="post"
        action={action}
        noValidate
        className="story-form"
        data-story-draft={view.echo ? "echo" : "fresh"}
        data-draft-owner={view.draftOwner}
      >
        <input type="hidden" name="client_id" value={view.clientId} />
        <input type="hidden" name="receipt_secret" value={view.receiptSecret} />
        {view.sections.map((section) => (
          <SurveyPage key={section.pageIndex} model={section} errors={errors} labels={labels} />
        ))}
        <p className="muted">{t("story.tell.before_send")}</p>
        <p className="muted">{t("story.draft.kept_here")}</p>
        <div className="actions">
          <button type="submit" className="primary">
            {t("story.tell.send")}
          </button>
        </div>
      </Form>
      <StoryDraftScript />
    </>
  );
}
