import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { canViewPartnership, idParam, canSeePartnershipInstruments } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { getPartnership } from "~/models/people/partnerships.server";
import { notFound } from "~/models/platform/http.server";
import { listRounds, refreshRounds } from "~/models/rounds/rounds.server";
import { RoundList } from "~/components/rounds/round-list";
import { mayViewListening } from "~/models/listening/figures.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const id = idParam(params.partnershipId);
  const partnership = getPartnership(id);
  if (!partnership || !canViewPartnership(person, id)) throw notFound();
  refreshRounds();
  return {
    partnership: { id, name: partnership.name, k: partnership.k },
    members: partnership.members.map((m) => ({ organisationId: m.organisationId, name: m.name, kind: m.kind, role: m.role })),
    mayEdit: person.isFacilitator,
    // Actions and listening figures are the partners' own working pages; funders read them in released reports.
    partnersOnly: mayViewListening(person, id),
    mayReadInstruments: canSeePartnershipInstruments(person, id),
    rounds: listRounds(id).map((r) => ({ id: r.id, label: r.label, state: r.state, opensAt: r.opensAt, closesAt: r.closesAt })),
  };
}

export default function PartnershipPage() {
  const { partnership, members, mayEdit, partnersOnly, mayReadInstruments, rounds } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div>
      <h1>{partnership.name}</h1>
      <p>{t("partnership.k", { k: partnership.k })}</p>
      {mayEdit ? (
        <p>
          <Link to={`/admin/partnerships/${partnership.id}`}>{t("partnership.edit")}</Link>
        </p>
      ) : null}
      <nav aria-label={t("partnership.sections")} className="actions">
        <Link to={`/partnerships/${partnership.id}/reports`}>{t("report.list.link")}</Link>
        {partnersOnly ? <Link to={`/partnerships/${partnership.id}/actions`}>{t("action.title")}</Link> : null}
        {partnersOnly ? <Link to={`/partnerships/${partnership.id}/listening`}>{t("listening.title")}</Link> : null}
        {mayReadInstruments ? <Link to={`/partnerships/${partnership.id}/instruments`}>{t("partnership.instruments")}</Link> : null}
        {partnersOnly ? <Link to={`/partnerships/${partnership.id}/power-facts`}>{t("facts.title")}</Link> : null}
        {partnersOnly ? <Link to={`/partnerships/${partnership.id}/reviews`}>{t("review.list.title")}</Link> : null}
        {partnersOnly ? <Link to={`/partnerships/${partnership.id}/benchmarks`}>{t("benchmark.consent.title")}</Link> : null}
        {partnersOnly ? <Link to={`/partnerships/${partnership.id}/goals`}>{t("plans.trees.title")}</Link> : null}
        {partnersOnly ? <Link to={`/partnerships/${partnership.id}/road`}>{t("plans.road.title")}</Link> : null}
      </nav>
      <section aria-labelledby="members-title" className="card">
        <h2 id="members-title">{t("partnership.members")}</h2>
        <ul>
          {members.map((m) => (
            <li key={m.organisationId}>
              <Link to={`/organisations/${m.organisationId}`}>{m.name}</Link>{" "}
              <span className="muted">
                {t(`partnership.role.${m.role}`)} · {t(`org.kind.${m.kind}`)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      {/* The rounds, newest first; the full list and the form to open one have their own pages. */}
      <section id="rounds" aria-labelledby="rounds-title" className="card">
        <h2 id="rounds-title">{t("partnership.rounds")}</h2>
        <RoundList rounds={rounds} />
        <p>
          <Link to={`/partnerships/${partnership.id}/rounds`}>{t("round.list.all")}</Link>
          {mayEdit ? (
            <>
              {" "}
              · <Link to={`/partnerships/${partnership.id}/rounds/new`}>{t("round.new.link")}</Link>
            </>
          ) : null}
        </p>
      </section>
    </div>
  );
}
