import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { AdminPartnershipForm } from "~/components/people/partnership-form";
import { requireFacilitator } from "~/models/people/auth.server";
import { listOrganisations } from "~/models/people/organisations.server";
import { createPartnershipAsking } from "~/models/people/access-changes.server";
import {
  DEFAULT_REMINDER_DAYS,
  DEFAULT_K,
  PARTNER_ROLES,
  PartnershipSchema,
  partnershipFormEcho,
  partnershipFormValues,
} from "~/models/people/partnerships.server";
import { fieldErrors, invalid } from "~/models/platform/http.server";
import { createOnce, earlierSubmission, newFormToken } from "~/models/platform/form-tokens.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

const organisationChoices = () => listOrganisations().map((o) => ({ id: o.id, name: o.name, kind: o.kind }));

export function loader({ request }: LoaderFunctionArgs) {
  requireFacilitator(request);
  return {
    formToken: newFormToken(),
    organisations: organisationChoices(),
    roles: PARTNER_ROLES,
    defaults: { name: "", k: String(DEFAULT_K), reminderDays: DEFAULT_REMINDER_DAYS.join(", "), roles: {} },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const facilitator = requireFacilitator(request);
  const form = await request.formData();
  const earlier = earlierSubmission(facilitator.id, form);
  if (earlier) return redirect(earlier);
  const values = partnershipFormValues(
    form,
    organisationChoices().map((o) => o.id),
  );
  const parsed = PartnershipSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), partnershipFormEcho(values));
  // The INGO and the funder join once the community partners' coordinators approve (docs/security.md 1.9).
  return redirect(createOnce(facilitator.id, form, () => `/admin/partnerships/${createPartnershipAsking(facilitator, parsed.data)}`));
}

export default function NewPartnership() {
  const { organisations, roles, defaults, formToken } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  return (
    <section className="narrow" aria-labelledby="title">
      <p>
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1 id="title">{t("admin.partnership.new")}</h1>
      <AdminPartnershipForm
        values={refused?.values ?? defaults}
        errors={refused?.errors ?? {}}
        organisations={organisations}
        roles={roles}
        submitLabel={t("admin.partnership.create")}
        formToken={formToken}
      />
    </section>
  );
}
