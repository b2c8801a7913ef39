import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { ListeningTable } from "~/components/listening/figures-table";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { listeningByRound, mayViewListening } from "~/models/listening/figures.server";
import { getPartnership } from "~/models/people/partnerships.server";
import { notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

// Partnership members only: funders read these figures in released reports, outsiders nowhere.
export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const id = idParam(params.partnershipId);
  const partnership = mayViewListening(person, id) ? getPartnership(id) : null;
  if (!partnership) throw notFound();
  const { k, rounds } = listeningByRound(id);
  return { partnership: { id, name: partnership.name }, k, rounds };
}

export default function PartnershipListening() {
  const { partnership, k, rounds } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div>
      <p>
        <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link>
      </p>
      <h1>{t("listening.title")}</h1>
      <p>{t("listening.intro")}</p>
      <p className="muted">{t("listening.k_note", { k })}</p>
      {rounds.length === 0 ? <p>{t("listening.no_rounds")}</p> : <ListeningTable rounds={rounds} />}
      <p>
        <Link to={`/partnerships/${partnership.id}/actions`}>{t("listening.to_actions")}</Link>
      </p>
    </div>
  );
}
