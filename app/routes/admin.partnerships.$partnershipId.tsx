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
} from "~/models/people/partnerships.server";
import { changePartnership } from "~/models/people/access-changes.server";
import { pendingChangesOfPartnership } from "~/models/people/access-change-views.server";
import { AccessChangeList } from "~/components/people/access-change-list";
import { fieldErrors, invalid, notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

const organisationChoices = () => listOrganisations().map((o) => ({ id: o.id, name: o.name, kind: o.kind }));

function requirePartnership(request: Request, param: string | undefined) {
  const person = requireFacilitator(request);
  const partnership = getPartnership(idParam(param));
  if (!partnership) throw notFound();
  return { person, partnership };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { partnership } = requirePartnership(request, params.partnershipId);
  return {
    partnership: { id: partnership.id, name: partnership.name },
    pending: pendingChangesOfPartnership(partnership.id),
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
  const { person, partnership } = requirePartnership(request, params.partnershipId);
  const id = partnership.id;
  const values = partnershipFormValues(
    await request.formData(),
    organisationChoices().map((o) => o.id),
  );
  const parsed = PartnershipSchema.safeParse(values);
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), partnershipFormEcho(values));
  // Removals and the name apply now; additions and new roles wait for the community (docs/security.md 1.9).
  changePartnership(person, id, parsed.data);
  return redirect(`/admin/partnerships/${id}`);
}

export default function EditPartnership() {
  const { partnership, pending, values, organisations, roles } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  return (
    <section className="narrow" aria-labelledby="title">
      <p>
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1 id="title">{t("admin.partnership.edit", { name: partnership.name })}</h1>
      <section aria-labelledby="pending-title">
        <h2 id="pending-title">{t("changes.pending.title")}</h2>
        <p>{t("changes.pending.intro")}</p>
        <AccessChangeList changes={pending} empty={t("changes.pending.none")} />
      </section>
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
