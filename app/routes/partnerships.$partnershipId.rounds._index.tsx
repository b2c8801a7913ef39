import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { RoundList } from "~/components/rounds/round-list";
import { canViewPartnership, idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { getPartnership } from "~/models/people/partnerships.server";
import { notFound } from "~/models/platform/http.server";
import { listRounds, refreshRounds } from "~/models/rounds/rounds.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const id = idParam(params.partnershipId);
  const partnership = getPartnership(id);
  if (!partnership || !canViewPartnership(person, id)) throw notFound();
  // No cron: a page that lists rounds first moves them to the state their dates say.
  refreshRounds();
  return {
    partnership: { id, name: partnership.name },
    rounds: listRounds(id).map((r) => ({ id: r.id, label: r.label, state: r.state, opensAt: r.opensAt, closesAt: r.closesAt })),
    mayOpen: person.isFacilitator,
  };
}

export default function PartnershipRounds() {
  const { partnership, rounds, mayOpen } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div>
      <p>
        <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link>
      </p>
      <h1>{t("round.list.title", { name: partnership.name })}</h1>
      {mayOpen ? (
        <p>
          <Link className="button primary" to={`/partnerships/${partnership.id}/rounds/new`}>
            {t("round.new.link")}
          </Link>
        </p>
      ) : null}
      <section className="card" aria-label={t("partnership.rounds")}>
        <RoundList rounds={rounds} />
      </section>
    </div>
  );
}
