import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import { InboxAnswerForm } from "~/components/listening/inbox-answer-form";
import { InboxAnswers } from "~/components/listening/inbox-answers";
import { InboxStoryActions } from "~/components/listening/inbox-story-actions";
import { StoryWithTranslations } from "~/components/stories/translations";
import { InboxStoryMeta } from "~/components/listening/inbox-story-meta";
import { storyIdParam } from "~/models/stories/public-ids.server";
import { actionChoices, linkStoryToAction } from "~/models/listening/action-writes.server";
import { requirePerson } from "~/models/people/auth.server";
import { storyOpenToIngo } from "~/models/listening/inbox-access.server";
import { openStoryForIngo, recordFirstRead } from "~/models/listening/inbox-story.server";
import { fieldErrors, formText, invalid, isPersonOpeningPage, notFound } from "~/models/platform/http.server";
import { ANSWER_MAX, AnswerSchema, answerFormEcho, answerFormValues, answerStory } from "~/models/listening/answers.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

// Community scope, another partnership, withdrawn, no such id, not INGO staff: one and the same 404.
export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const opened = openStoryForIngo(person, storyIdParam(params.storyId), isPersonOpeningPage(request));
  if (!opened) throw notFound();
  return { ...opened, actionChoices: actionChoices(opened.story.partnershipId), answerMax: ANSWER_MAX };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const storyId = storyIdParam(params.storyId);
  if (!storyOpenToIngo(person, storyId)) throw notFound();
  const form = await request.formData();
  if (formText(form, "intent") === "read") {
    recordFirstRead(storyId, person.id);
    return redirect(`/inbox/${params.storyId}`);
  }
  if (formText(form, "intent") === "link") {
    const actionId = formText(form, "action");
    if (!/^[1-9][0-9]{0,14}$/.test(actionId) || !linkStoryToAction(person, storyId, Number(actionId)))
      return invalid({ action: "inbox.error.action" });
    return redirect(`/inbox/${params.storyId}#actions-title`);
  }
  const values = answerFormValues(form);
  const parsed = AnswerSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), answerFormEcho(values));
  if (answerStory(person, storyId, { heard: parsed.data.heard, willDo: parsed.data.will_do }) === null) throw notFound();
  return redirect(`/inbox/${params.storyId}#answers-title`);
}

export default function InboxStory() {
  const { story, firstRead, answers, linkedActions, actionChoices, answerMax } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  const d = useDate();
  const errors = refused?.errors ?? {};
  return (
    <div>
      <p>
        <Link to="/inbox">{t("inbox.back")}</Link>
      </p>
      <h1>{t("inbox.story.title", { round: story.roundLabel })}</h1>
      <section className="card" aria-labelledby="story-title">
        <h2 id="story-title" className="visually-hidden">
          {t("inbox.story.text")}
        </h2>
        <StoryWithTranslations text={story.text} language={story.language} translations={story.translations} />
        <InboxStoryMeta story={story} />
        {story.themes.length ? <p className="muted">{t("inbox.themes", { themes: story.themes.join(", ") })}</p> : null}
        {firstRead ? (
          <p className="muted">{t("inbox.first_read", { name: firstRead.readerName, date: d(firstRead.readAt) })}</p>
        ) : (
          // A browser that does not say it is opening a page records no read: the person can say so here.
          <Form method="post">
            <input type="hidden" name="intent" value="read" />
            <button type="submit">{t("inbox.mark_read")}</button>
          </Form>
        )}
      </section>
      <section className="card" aria-labelledby="answers-title">
        <h2 id="answers-title">{t("ingo_answer.title")}</h2>
        <InboxAnswers answers={answers} />
        <h3>{answers.length ? t("ingo_answer.add") : t("ingo_answer.write")}</h3>
        <InboxAnswerForm
          values={{ heard: refused?.values?.heard ?? "", will_do: refused?.values?.will_do ?? "" }}
          errors={errors}
          max={answerMax}
        />
      </section>
      <section className="card" aria-labelledby="actions-title">
        <h2 id="actions-title">{t("inbox.actions.title")}</h2>
        <InboxStoryActions
          storyId={story.id}
          partnershipId={story.partnershipId}
          linked={linkedActions}
          choices={actionChoices}
          error={errors.action}
        />
      </section>
    </div>
  );
}
