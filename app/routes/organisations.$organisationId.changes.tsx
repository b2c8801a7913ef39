import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { AccessChangeList } from "~/components/people/access-change-list";
import { idParam } from "~/models/access.server";
import { changesOfOrganisation } from "~/models/people/access-change-views.server";
import { decideChange } from "~/models/people/access-changes.server";
import { requirePerson } from "~/models/people/auth.server";
import { getOrganisation } from "~/models/people/organisations.server";
import { isCoordinatorOf } from "~/models/people/people.server";
import { formText, invalid, notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

// Only the organisation's coordinators answer for it; to anyone else the page does not exist (docs/security.md 1.9).
function requireCoordinatorOf(request: Request, param: string | undefined) {
  const person = requirePerson(request);
  const id = idParam(param);
  const organisation = getOrganisation(id);
  if (!organisation || !isCoordinatorOf(person, id)) throw notFound();
  return { person, organisation };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { organisation } = requireCoordinatorOf(request, params.organisationId);
  return { organisation: { id: organisation.id, name: organisation.name }, ...changesOfOrganisation(organisation.id) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { person, organisation } = requireCoordinatorOf(request, params.organisationId);
  const form = await request.formData();
  const change = formText(form, "change");
  const decision = formText(form, "decision");
  if (!/^[1-9][0-9]{0,14}$/.test(change)) return invalid({ change: "changes.error.change" });
  if (decision !== "approved" && decision !== "refused") return invalid({ decision: "changes.error.decision" });
  const result = decideChange(person, organisation.id, Number(change), decision);
  if (result === null) return invalid({ change: "changes.error.change" });
  return redirect(`/organisations/${organisation.id}/changes#change-${change}`);
}

export default function OrganisationChanges() {
  const { organisation, waiting, past } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  const problem = refused ? Object.values(refused.errors)[0] : null;
  return (
    <div>
      <p>
        <Link to={`/organisations/${organisation.id}`}>{organisation.name}</Link>
      </p>
      <h1>{t("changes.title", { name: organisation.name })}</h1>
      <p>{t("changes.intro")}</p>
      {problem ? (
        <p className="form-error" role="alert">
          {t(problem)}
        </p>
      ) : null}
      <section aria-labelledby="waiting-title">
        <h2 id="waiting-title">{t("changes.waiting.title")}</h2>
        <AccessChangeList changes={waiting} empty={t("changes.waiting.none")} decide />
      </section>
      <section aria-labelledby="past-title">
        <h2 id="past-title">{t("changes.past.title")}</h2>
        <AccessChangeList changes={past} empty={t("changes.past.none")} />
      </section>
    </div>
  );
}
