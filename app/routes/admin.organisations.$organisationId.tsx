import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { AdminOrganisationForm } from "~/components/people/organisation-form";
import { idParam } from "~/models/access.server";
import { requireFacilitator } from "~/models/people/auth.server";
import {
  getOrganisation,
  LEADERSHIP,
  LEVELS,
  ORGANISATION_KINDS,
  OrganisationSchema,
  organisationFormEcho,
  organisationFormValues,
  POPULATIONS,
  updateOrganisation,
} from "~/models/people/organisations.server";
import { fieldErrors, invalid, notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

function requireOrganisation(request: Request, param: string | undefined) {
  requireFacilitator(request);
  const organisation = getOrganisation(idParam(param));
  if (!organisation) throw notFound();
  return organisation;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { id, name, kind, country, populations, leadership, level } = requireOrganisation(request, params.organisationId);
  return {
    organisation: { id, name, kind, country, populations, leadership, level },
    options: { kinds: ORGANISATION_KINDS, populations: POPULATIONS, leadership: LEADERSHIP, levels: LEVELS },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { id } = requireOrganisation(request, params.organisationId);
  const values = organisationFormValues(await request.formData());
  const parsed = OrganisationSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), organisationFormEcho(values));
  updateOrganisation(id, parsed.data);
  return redirect(`/organisations/${id}`);
}

export default function EditOrganisation() {
  const { organisation, options } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  return (
    <section className="narrow" aria-labelledby="title">
      <p>
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1 id="title">{t("admin.organisation.edit", { name: organisation.name })}</h1>
      <AdminOrganisationForm
        key={organisation.id}
        values={refused?.values ?? organisation}
        errors={refused?.errors ?? {}}
        options={options}
        submitLabel={t("admin.save")}
      />
    </section>
  );
}
