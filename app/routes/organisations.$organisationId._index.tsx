import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { OrgProfile } from "~/components/people/organisation-profile";
import {
  canAdministerOrganisation,
  canSeeOrganisationMembers,
  canViewOrganisation,
  canViewPartnership,
  idParam,
} from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { getOrganisation } from "~/models/people/organisations.server";
import { partnershipsOfOrganisations } from "~/models/people/partnerships.server";
import { isCoordinatorOf, listMembers } from "~/models/people/people.server";
import { notFound } from "~/models/platform/http.server";
import { maySeeResponders } from "~/models/messages/responders.server";
import { mayNameTranslators } from "~/models/people/translators.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const id = idParam(params.organisationId);
  const organisation = getOrganisation(id);
  if (!organisation || !canViewOrganisation(person, id)) throw notFound();
  // Only partnerships the reader may open: a partner learns nothing about the organisation's other alliances.
  const partnerships = partnershipsOfOrganisations([id])
    .filter((p) => canViewPartnership(person, p.partnershipId))
    .map((p) => ({ id: p.partnershipId, name: p.name, role: p.role }));
  const members = canSeeOrganisationMembers(person, id)
    ? listMembers(id).map((m) => ({ name: m.name, role: m.role, translator: m.translator }))
    : null;
  const { name, kind, country, populations, leadership, level } = organisation;
  return {
    organisation: { id, name, kind, country, populations, leadership, level },
    partnerships,
    members,
    mayInvite: canAdministerOrganisation(person, id),
    maySeeResponders: maySeeResponders(person, id),
    mayEdit: person.isFacilitator,
    mayAnswerChanges: isCoordinatorOf(person, id),
    mayNameTranslators: mayNameTranslators(person, id),
    translates: person.memberships.some((m) => m.organisationId === id && m.translatorSince !== null),
  };
}

export default function OrganisationPage() {
  const { organisation, partnerships, members, mayInvite, mayEdit, mayAnswerChanges, maySeeResponders, translates, ...may } =
    useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div>
      <h1>{organisation.name}</h1>
      <section aria-labelledby="profile-title" className="card">
        <h2 id="profile-title">{t("org.profile")}</h2>
        <OrgProfile profile={organisation} />
        {mayEdit ? (
          <p>
            <Link to={`/admin/organisations/${organisation.id}`}>{t("org.edit")}</Link>
          </p>
        ) : null}
        {mayAnswerChanges ? (
          <p>
            <Link to={`/organisations/${organisation.id}/changes`}>{t("changes.home.link")}</Link>
          </p>
        ) : null}
      </section>
      {translates ? (
        <p>
          <Link className="button" to={`/organisations/${organisation.id}/translate`}>
            {t("desk.title")}
          </Link>
        </p>
      ) : null}
      <section aria-labelledby="partnerships-title" className="card">
        <h2 id="partnerships-title">{t("org.partnerships")}</h2>
        {partnerships.length === 0 ? (
          <p>{t("org.partnerships.none")}</p>
        ) : (
          <ul>
            {partnerships.map((p) => (
              <li key={p.id}>
                <Link to={`/partnerships/${p.id}`}>{p.name}</Link> <span className="muted">{t(`partnership.role.${p.role}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {members ? (
        <section aria-labelledby="members-title" className="card">
          <h2 id="members-title">{t("org.members")}</h2>
          {members.length === 0 ? (
            <p>{t("org.members.none")}</p>
          ) : (
            <ul>
              {members.map((m, i) => (
                <li key={i}>
                  {m.name} <span className="muted">{t(`membership.${m.role}`)}</span>
                  {m.translator ? <span className="muted"> · {t("translators.is")}</span> : null}
                </li>
              ))}
            </ul>
          )}
          {mayInvite ? (
            <p>
              <Link className="button" to={`/organisations/${organisation.id}/invite`}>
                {t("org.invite")}
              </Link>
            </p>
          ) : null}
          {maySeeResponders ? (
            <p>
              <Link to={`/organisations/${organisation.id}/responders`}>{t("responders.title")}</Link>
            </p>
          ) : null}
          {may.mayNameTranslators ? (
            <p>
              <Link to={`/organisations/${organisation.id}/translators`}>{t("translators.link")}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
