import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { FieldError } from "~/components/field-error";
import { FormToken } from "~/components/form-token";
import { InviteLinkBox } from "~/components/people/invite-link-box";
import { SendToField } from "~/components/people/send-to-field";
import { locales } from "~/i18n/catalogues.server";
import { requireFacilitator } from "~/models/people/auth.server";
import {
  AdminInvitationSchema,
  createInvitationLink,
  FACILITATOR_INVITABLE_ROLES,
  INVITATION_DAYS,
  parseMessageLanguage,
  parseSendTo,
  type InvitationTarget,
} from "~/models/people/invitations.server";
import { listOrganisations } from "~/models/people/organisations.server";
import { fieldErrors, formText, invalid } from "~/models/platform/http.server";
import { linkOrigin } from "~/models/platform/config.server";
import { formTokenOf, newFormToken } from "~/models/platform/form-tokens.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

export function loader({ request }: LoaderFunctionArgs) {
  const person = requireFacilitator(request);
  return {
    formToken: newFormToken(),
    languages: locales(),
    messageLanguage: person.language,
    organisations: listOrganisations().map((o) => ({ id: o.id, name: o.name })),
    roles: FACILITATOR_INVITABLE_ROLES,
    days: INVITATION_DAYS,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const person = requireFacilitator(request);
  const form = await request.formData();
  const values = {
    role: formText(form, "role"),
    organisationId: formText(form, "organisationId"),
    sendTo: formText(form, "sendTo"),
    messageLanguage: formText(form, "messageLanguage"),
  };
  const parsed = AdminInvitationSchema.safeParse(values);
  const sendTo = parseSendTo(values.sendTo);
  const messageLanguage = parseMessageLanguage(values.messageLanguage, person.language);
  if (!parsed.success || sendTo === "invalid" || messageLanguage === "invalid")
    return invalid(
      {
        ...(parsed.success ? {} : fieldErrors(parsed.error.issues)),
        ...(sendTo === "invalid" ? { sendTo: "invite.error.send_to" } : {}),
        ...(messageLanguage === "invalid" ? { messageLanguage: "invite.error.message_language" } : {}),
      },
      {
        role: values.role.slice(0, 20),
        organisationId: values.organisationId.slice(0, 20),
        sendTo: values.sendTo.slice(0, 254),
        messageLanguage: person.language,
      },
    );
  const { role, organisationId } = parsed.data;
  // A facilitator invitation carries no organisation: whatever organisation the body names is ignored.
  const target: InvitationTarget = role === "facilitator" ? { facilitator: true } : { organisationId: Number(organisationId), role };
  const { link, expiresAt, awaitingApproval } = createInvitationLink(person, target, linkOrigin(request), {
    formToken: formTokenOf(form),
    sendTo,
    messageLanguage,
  });
  return { ok: true as const, link, expiresAt, awaitingApproval, sent: sendTo !== null };
}

export default function AdminInvitations() {
  const { organisations, roles, days, formToken, languages, messageLanguage } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const errors = result && !result.ok ? result.errors : {};
  const values = result && !result.ok ? result.values : { role: "member", organisationId: "", sendTo: "", messageLanguage };
  return (
    <section className="narrow" aria-labelledby="title">
      <p>
        <Link to="/admin">{t("admin.back")}</Link>
      </p>
      <h1 id="title">{t("admin.invitations")}</h1>
      <p>{t("admin.invitations.intro", { days })}</p>
      {result?.ok ? (
        <InviteLinkBox
          link={result.link}
          expiresAt={result.expiresAt}
          days={days}
          awaitingApproval={result.awaitingApproval}
          sent={result.sent}
        />
      ) : null}
      <Form method="post" noValidate>
        <FormToken value={formToken} />
        <fieldset className="choices" aria-describedby={errors.role ? "role-error" : undefined}>
          <legend>{t("invite.field.role")}</legend>
          {roles.map((r) => (
            <label key={r}>
              <input type="radio" name="role" value={r} defaultChecked={values.role === r} /> {t(`invite.role.${r}`)}
            </label>
          ))}
          <FieldError id="role-error" message={errors.role} />
        </fieldset>
        <div className="field">
          <label htmlFor="organisationId">{t("invite.field.organisation")}</label>
          <p id="organisation-hint" className="muted">
            {t("invite.field.organisation.hint")}
          </p>
          <select
            id="organisationId"
            name="organisationId"
            defaultValue={values.organisationId}
            aria-invalid={errors.organisationId ? true : undefined}
            aria-describedby={errors.organisationId ? "organisation-hint organisationId-error" : "organisation-hint"}
          >
            <option value="">{t("form.choose")}</option>
            {organisations.map((o) => (
              <option key={o.id} value={String(o.id)}>
                {o.name}
              </option>
            ))}
          </select>
          <FieldError id="organisationId-error" message={errors.organisationId} />
        </div>
        <SendToField
          value={values.sendTo}
          error={errors.sendTo}
          languages={languages}
          language={values.messageLanguage}
          languageError={errors.messageLanguage}
        />
        <div className="actions">
          <button type="submit" className="primary">
            {t("invite.create")}
          </button>
        </div>
      </Form>
    </section>
  );
}
