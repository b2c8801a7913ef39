import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { AdminPartnershipForm } from "~/components/people/partnership-form";
import { idParam } from "~/models/access.server";
import { requireFacilitator } from "~/models/people/auth.server";
import { listOrganisations } from "~/models/people/organisations.server";
import {
  getPartnership,
  PARTNER_ROLES,
  PartnershipSchema,
  partnershipFormEcho,
  partnershipFormValues,
  updatePartnership,
} from "~/models/people/partnerships.server";
import { fieldErrors, invalid, notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

const organisationChoices = () => listOrganisations().map((o) => ({ id: o.id, name: o.name, kind: o.kind }));

function requirePartnership(request: Request, param: string | undefined) {
  requireFacilitator(request);
  const partnership = getPartnership(idParam(param));
  if (!partnership) throw notFound();
  return partnership;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const partnership = requirePartnership(request, params.partnershipId);
  return {
    partnership: { id: partnership.id, name: partnership.name },
    values: {
      name: partnership.name,
      k: String(partnership.k),
      reminderDays: partnership.reminderDays.join(", "),
      roles: Object.fromEntries(partnership.members.map((m) => [String(m.organisationId), m.role])),
    },
    organisations: organisationChoices(),
    roles: PARTNER_ROLES,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { id } = requirePartnership(request, params.partnershipId);
  const values = partnershipFormValues(
    await request.formData(),
    organisationChoices().map((o) => o.id),
  );
  const parsed = PartnershipSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), partnershipFormEcho(values));
  updatePartnership(id, parsed.data);
  return redirect(`/partnerships/${id}`);
}

export default function EditPartnership() {
  const { partnership, values, organisations, roles } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  return (
    <section className="narrow" aria-labelledby="title">
      <p>
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1 id="title">{t("admin.partnership.edit", { name: partnership.name })}</h1>
      <AdminPartnershipForm
        key={partnership.id}
        values={refused?.values ?? values}
        errors={refused?.errors ?? {}}
        organisations={organisations}
        roles={roles}
        submitLabel={t("admin.save")}
      />
    </section>
  );
}
