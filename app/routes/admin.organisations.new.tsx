import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { AdminOrganisationForm } from "~/components/people/organisation-form";
import { requireFacilitator } from "~/models/people/auth.server";
import {
  createOrganisation,
  LEADERSHIP,
  LEVELS,
  ORGANISATION_KINDS,
  OrganisationSchema,
  organisationFormEcho,
  organisationFormValues,
  POPULATIONS,
} from "~/models/people/organisations.server";
import { fieldErrors, invalid } from "~/models/platform/http.server";
import { createOnce, earlierSubmission, newFormToken } from "~/models/platform/form-tokens.server";
import type { OrganisationFormValues } from "~/models/people/types";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

export function loader({ request }: LoaderFunctionArgs) {
  requireFacilitator(request);
  return {
    formToken: newFormToken(),
    options: { kinds: ORGANISATION_KINDS, populations: POPULATIONS, leadership: LEADERSHIP, levels: LEVELS },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const facilitator = requireFacilitator(request);
  const form = await request.formData();
  const earlier = earlierSubmission(facilitator.id, form);
  if (earlier) return redirect(earlier);
  const values = organisationFormValues(form);
  const parsed = OrganisationSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), organisationFormEcho(values));
  return redirect(createOnce(facilitator.id, form, () => `/organisations/${createOrganisation(parsed.data)}`));
}

const EMPTY: OrganisationFormValues = { name: "", kind: "", country: "", populations: [], leadership: "", level: "" };

export default function NewOrganisation() {
  const { options, formToken } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  return (
    <section className="narrow" aria-labelledby="title">
      <p>
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1 id="title">{t("admin.organisation.new")}</h1>
      <AdminOrganisationForm
        values={refused?.values ?? EMPTY}
        errors={refused?.errors ?? {}}
        options={options}
        submitLabel={t("admin.organisation.create")}
        formToken={formToken}
      />
    </section>
  );
}
