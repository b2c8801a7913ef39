import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { FeltHeardForm } from "~/components/listening/felt-heard-form";
import { InboxAnswers } from "~/components/listening/inbox-answers";
import { storyIdParam } from "~/models/stories/public-ids.server";
import { requirePerson } from "~/models/people/auth.server";
import {
  coordinatorMayRate,
  FELT_COMMENT_MAX,
  FeltHeardSchema,
  feltHeardFormValues,
  rateAnswer,
  ratingPageFor,
} from "~/models/listening/felt-heard.server";
import { conflict, fieldErrors, invalid, notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

// A coordinator of the teller's organisation rates the INGO's answer on the organisation's behalf.
export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const page = ratingPageFor(person, storyIdParam(params.storyId));
  if (!page) throw notFound();
  return { ...page, commentMax: FELT_COMMENT_MAX };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const storyId = storyIdParam(params.storyId);
  if (!coordinatorMayRate(person, storyId)) throw notFound();
  const values = feltHeardFormValues(await request.formData());
  const parsed = FeltHeardSchema.safeParse(values);
  if (!parsed.success)
    return invalid(fieldErrors(parsed.error.issues), {
      rating: values.rating.slice(0, 2),
      comment: values.comment.slice(0, FELT_COMMENT_MAX),
    });
  const outcome = rateAnswer({ storyId, rating: parsed.data.rating, comment: parsed.data.comment, ratedBy: "coordinator" });
  if (outcome === "not_found") throw notFound();
  // Nothing to rate yet, or the teller has spoken: the coordinator's word cannot replace theirs.
  if (outcome !== "ok") throw conflict();
  return redirect(`/felt-heard/${params.storyId}`);
}

export default function FeltHeardPage() {
  const { story, answers, rating, commentMax } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  const tellerRated = rating?.ratedBy === "teller";
  return (
    <section className="narrow" aria-labelledby="title">
      <p>
        <Link to={`/organisations/${story.organisationId}/stories`}>{t("felt_heard.back", { organisation: story.organisationName })}</Link>
      </p>
      <h1 id="title">{t("felt_heard.title")}</h1>
      <blockquote className="story-text">{story.excerpt}</blockquote>
      <h2>{t("ingo_answer.title")}</h2>
      <InboxAnswers answers={answers} />
      {rating ? (
        <p className="notice">
          {t(`felt_heard.current.${rating.ratedBy}`, { rating: rating.rating })}
          {rating.comment ? (
            <>
              {" "}
              <q className="story-text">{rating.comment}</q>
            </>
          ) : null}
        </p>
      ) : null}
      {answers.length === 0 ? <p>{t("felt_heard.not_answered")}</p> : null}
      {answers.length > 0 && !tellerRated ? (
        <FeltHeardForm
          values={refused?.values ?? { rating: rating ? String(rating.rating) : "", comment: rating?.comment ?? "" }}
          errors={refused?.errors ?? {}}
          max={commentMax}
          legend={t("felt_heard.question_for", { organisation: story.organisationName })}
        />
      ) : null}
    </section>
  );
}
