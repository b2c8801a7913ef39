import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { ActionForm } from "~/components/listening/action-form";
import { idParam } from "~/models/access.server";
import { ACTION_STATUSES, ActionSchema, actionFormEcho, actionFormValues } from "~/models/listening/action-form.server";
import { actionFormChoices, actionStandingIn } from "~/models/listening/actions.server";
import { actionInputOf, saveAction } from "~/models/listening/action-writes.server";
import { storyRowOf } from "~/models/stories/public-ids.server";
import type { ActionFormValues } from "~/models/listening/types";
import { requirePerson } from "~/models/people/auth.server";
import { getPartnership } from "~/models/people/partnerships.server";
import { fieldErrors, invalid, notFound } from "~/models/platform/http.server";
import { createOnce, earlierSubmission, newFormToken } from "~/models/platform/form-tokens.server";
import { DIMENSIONS } from "../../surveys/dimensions";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

/** INGO staff and community coordinators of the partnership; to anyone else the page does not exist. */
function editorIn(request: Request, partnershipIdValue: string | undefined) {
  const person = requirePerson(request);
  const partnershipId = idParam(partnershipIdValue);
  const partnership = actionStandingIn(person, partnershipId).mayEdit ? getPartnership(partnershipId) : null;
  if (!partnership) throw notFound();
  return { person, partnershipId, partnershipName: partnership.name };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { person, partnershipId, partnershipName } = editorIn(request, params.partnershipId);
  // ?story=<public id> when made from a story in the inbox: that story comes ticked, if this person may read it.
  const { defaults, ...choices } = actionFormChoices(person, partnershipId, storyRowOf(new URL(request.url).searchParams.get("story")));
  const values: ActionFormValues = {
    title: "",
    owner: defaults.owner,
    due: "",
    status: "proposed",
    round: defaults.round,
    dimensions: [],
    stories: defaults.stories,
  };
  return {
    formToken: newFormToken(),
    partnership: { id: partnershipId, name: partnershipName },
    choices: { ...choices, dimensions: [...DIMENSIONS], statuses: ACTION_STATUSES },
    values,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { person, partnershipId } = editorIn(request, params.partnershipId);
  const form = await request.formData();
  const earlier = earlierSubmission(person.id, form);
  if (earlier) return redirect(earlier);
  const values = actionFormValues(form);
  const parsed = ActionSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), actionFormEcho(values));
  let refused: Record<string, string> = {};
  const path = createOnce(person.id, form, () => {
    const saved = saveAction(person, partnershipId, actionInputOf(parsed.data));
    if (saved.ok) return `/actions/${saved.id}`;
    refused = saved.errors;
    return null;
  });
  return path ? redirect(path) : invalid(refused, actionFormEcho(values));
}

export default function NewAction() {
  const { partnership, choices, values, formToken } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  return (
    <section className="narrow" aria-labelledby="title">
      <p>
        <Link to={`/partnerships/${partnership.id}/actions`}>{t("action.back")}</Link>
      </p>
      <h1 id="title">{t("action.new")}</h1>
      <ActionForm
        values={refused?.values ?? values}
        errors={refused?.errors ?? {}}
        choices={choices}
        submitLabel={t("action.create")}
        formToken={formToken}
      />
    </section>
  );
}
