import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { requireFacilitator } from "~/models/people/auth.server";
import { listOrganisations } from "~/models/people/organisations.server";
import { listPartnerships } from "~/models/people/partnerships.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

export function loader({ request }: LoaderFunctionArgs) {
  requireFacilitator(request);
  return {
    organisations: listOrganisations().map((o) => ({ id: o.id, name: o.name, kind: o.kind, country: o.country })),
    partnerships: listPartnerships().map((p) => ({ id: p.id, name: p.name, k: p.k })),
  };
}

export default function AdminHome() {
  const { organisations, partnerships } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <div>
      <h1>{t("admin.title")}</h1>
      <p className="actions">
        <Link className="button" to="/admin/organisations/new">
          {t("admin.organisation.new")}
        </Link>
        <Link className="button" to="/admin/partnerships/new">
          {t("admin.partnership.new")}
        </Link>
        <Link className="button" to="/admin/invitations">
          {t("admin.invitations")}
        </Link>
        <Link className="button" to="/admin/outbox">
          {t("outbox.title")}
        </Link>
      </p>
      <section aria-labelledby="organisations-title" className="card">
        <h2 id="organisations-title">{t("admin.organisations")}</h2>
        {organisations.length === 0 ? <p>{t("admin.organisations.none")}</p> : null}
        <ul>
          {organisations.map((o) => (
            <li key={o.id}>
              <Link to={`/organisations/${o.id}`}>{o.name}</Link>{" "}
              <span className="muted">
                {t(`org.kind.${o.kind}`)} · {o.country}
              </span>{" "}
              <Link to={`/admin/organisations/${o.id}`} aria-label={t("admin.edit_named", { name: o.name })}>
                {t("admin.edit")}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="partnerships-title" className="card">
        <h2 id="partnerships-title">{t("admin.partnerships")}</h2>
        {partnerships.length === 0 ? <p>{t("admin.partnerships.none")}</p> : null}
        <ul>
          {partnerships.map((p) => (
            <li key={p.id}>
              <Link to={`/partnerships/${p.id}`}>{p.name}</Link> <span className="muted">{t("partnership.k", { k: p.k })}</span>{" "}
              <Link to={`/admin/partnerships/${p.id}`} aria-label={t("admin.edit_named", { name: p.name })}>
                {t("admin.edit")}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
