import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { useSurveyLabels } from "~/components/rounds/answer-form";
import { SurveyPage } from "~/components/rounds/survey-form";
import { canSeePartnershipInstruments, idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { localeFor } from "~/models/people/locale.server";
import { getPartnership } from "~/models/people/partnerships.server";
import { notFound } from "~/models/platform/http.server";
import { previewInstrument } from "~/models/rounds/uploaded-instruments.server";

// A partnership's own instrument, every page as a person would see it, read-only: coordinators read what their
// people will be asked before a round uses it. No JavaScript.
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };
export const links = () => [{ rel: "stylesheet", href: "/styles/respond.css" }];

export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const id = idParam(params.partnershipId);
  const partnership = getPartnership(id);
  if (!partnership || !canSeePartnershipInstruments(person, id)) throw notFound();
  const preview = previewInstrument(id, params.name ?? "", localeFor(request, person) === "sw" ? "sw" : "en");
  if (!preview) throw notFound();
  return { partnership: { id, name: partnership.name }, name: params.name ?? "", ...preview };
}

export default function InstrumentPreview() {
  const { partnership, name, version, pages } = useLoaderData<typeof loader>();
  const t = useT();
  const labels = useSurveyLabels();
  return (
    <section className="respond" aria-labelledby="preview-title">
      <p>
        <Link to={`/partnerships/${partnership.id}/instruments`}>{t("instruments.back")}</Link>
      </p>
      <h1 id="preview-title">{t(`instrument.${name}`)}</h1>
      <p className="muted">{t("instruments.preview", { version })}</p>
      {pages.map((page) => (
        <fieldset key={page.pageIndex} disabled className="frozen-page">
          <SurveyPage model={page} labels={labels} />
        </fieldset>
      ))}
    </section>
  );
}
