import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { ActionList } from "~/components/listening/action-list";
import { idParam } from "~/models/access.server";
import { actionStandingIn, listActions } from "~/models/listening/actions.server";
import { requirePerson } from "~/models/people/auth.server";
import { getPartnership } from "~/models/people/partnerships.server";
import { notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

// Funders read actions only in released reports; to them, as to outsiders, this page does not exist.
export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const id = idParam(params.partnershipId);
  const standing = actionStandingIn(person, id);
  const partnership = standing.member ? getPartnership(id) : null;
  if (!partnership) throw notFound();
  return { partnership: { id, name: partnership.name }, actions: listActions(id, person), mayEdit: standing.mayEdit };
}

export default function PartnershipActions() {
  const { partnership, actions, mayEdit } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div>
      <p>
        <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link>
      </p>
      <h1>{t("action.title")}</h1>
      <p>{t("action.intro")}</p>
      {mayEdit ? (
        <p>
          <Link className="button primary" to={`/partnerships/${partnership.id}/actions/new`}>
            {t("action.new")}
          </Link>
        </p>
      ) : null}
      <ActionList actions={actions} />
    </div>
  );
}
