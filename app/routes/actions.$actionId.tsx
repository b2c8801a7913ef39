import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import { ActionConfirmForm } from "~/components/listening/action-confirm-form";
import { ActionForm } from "~/components/listening/action-form";
import { ActionStatus } from "~/components/listening/action-status";
import { ActionStories } from "~/components/listening/action-stories";
import { idParam } from "~/models/access.server";
import {
  ACTION_STATUSES,
  ActionSchema,
  COMMENT_MAX,
  ConfirmSchema,
  actionFormEcho,
  actionFormValues,
  confirmFormValues,
} from "~/models/listening/action-form.server";
import { actionPageFor } from "~/models/listening/actions-page.server";
import { actionStandingIn, getAction } from "~/models/listening/actions.server";
import { actionInputOf, confirmAction, saveAction } from "~/models/listening/action-writes.server";
import { requirePerson } from "~/models/people/auth.server";
import { conflict, fieldErrors, formText, invalid, notFound } from "~/models/platform/http.server";
import { DIMENSIONS } from "../../surveys/dimensions";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const page = actionPageFor(person, idParam(params.actionId));
  if (!page) throw notFound();
  return { ...page, dimensions: [...DIMENSIONS], statuses: ACTION_STATUSES, commentMax: COMMENT_MAX };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const actionId = idParam(params.actionId);
  const existing = getAction(actionId, person);
  const standing = existing ? actionStandingIn(person, existing.partnershipId) : null;
  if (!existing || !standing?.member) throw notFound();
  const form = await request.formData();
  if (formText(form, "intent") === "confirm") {
    const values = confirmFormValues(form);
    const parsed = ConfirmSchema.safeParse(values);
    if (!parsed.success)
      return invalid(fieldErrors(parsed.error.issues), {
        confirm: { decision: values.decision.slice(0, 20), comment: values.comment.slice(0, COMMENT_MAX) },
      });
    const outcome = confirmAction(person, actionId, parsed.data);
    if (outcome === "not_found") throw notFound();
    if (outcome === "not_done") throw conflict();
    return redirect(`/actions/${actionId}`);
  }
  if (!standing.mayEdit) throw notFound();
  const values = actionFormValues(form);
  const parsed = ActionSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), { save: actionFormEcho(values) });
  const saved = saveAction(person, existing.partnershipId, actionInputOf(parsed.data), actionId);
  if (!saved.ok) return invalid(saved.errors, { save: actionFormEcho(values) });
  return redirect(`/actions/${actionId}`);
}

export default function ActionPage() {
  const {
    action: listeningAction,
    partnership,
    stories,
    linkToInbox,
    mayConfirm,
    edit,
    dimensions,
    statuses,
    commentMax,
  } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  const d = useDate();
  // Each form is refused on its own: the values sent back say which one it was.
  const refusedConfirm = refused && "confirm" in refused.values ? refused.values.confirm : null;
  const refusedSave = refused && "save" in refused.values ? refused.values.save : null;
  const confirmErrors = refused && refusedConfirm ? refused.errors : {};
  const saveErrors = refused && refusedSave ? refused.errors : {};
  return (
    <div>
      <p>
        <Link to={`/partnerships/${partnership.id}/actions`}>{t("action.back_to", { name: partnership.name })}</Link>
      </p>
      <h1>{listeningAction.title}</h1>
      <section className="card" aria-labelledby="about-title">
        <h2 id="about-title" className="visually-hidden">
          {t("action.about")}
        </h2>
        <p>
          <ActionStatus
            status={listeningAction.status}
            communityConfirmation={listeningAction.communityConfirmation}
            confirmationComment={listeningAction.confirmationComment}
            changedAfterVerdictAt={listeningAction.changedAfterVerdictAt}
          />
        </p>
        <p className="muted">
          {t("action.owner", { name: listeningAction.ownerName })} ·{" "}
          {listeningAction.dueOn ? t("action.due", { date: d(listeningAction.dueOn) }) : t("action.no_due")} · {listeningAction.roundLabel}
        </p>
        <p className="muted">
          {listeningAction.dimensions.length
            ? listeningAction.dimensions.map((d) => t(`dimension.${d}`)).join(", ")
            : t("action.no_dimensions")}
        </p>
      </section>
      <section className="card" aria-labelledby="stories-title">
        <h2 id="stories-title">{t("action.stories.title")}</h2>
        <ActionStories stories={stories} linkToInbox={linkToInbox} />
      </section>
      {mayConfirm ? (
        <section className="card" aria-labelledby="confirm-title">
          <h2 id="confirm-title">{t("action.confirm.title")}</h2>
          <ActionConfirmForm
            values={
              refusedConfirm ?? {
                decision: listeningAction.communityConfirmation ?? "",
                comment: listeningAction.confirmationComment ?? "",
              }
            }
            errors={confirmErrors}
            max={commentMax}
          />
        </section>
      ) : null}
      {edit ? (
        <section className="card" aria-labelledby="edit-title">
          <h2 id="edit-title">{t("action.edit")}</h2>
          <ActionForm
            values={refusedSave ?? edit.values}
            errors={saveErrors}
            choices={{ ...edit.choices, dimensions, statuses }}
            submitLabel={t("action.save")}
          />
        </section>
      ) : null}
    </div>
  );
}
