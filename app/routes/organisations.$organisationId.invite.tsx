import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { FieldError } from "~/components/field-error";
import { FormToken } from "~/components/form-token";
import { InviteLinkBox } from "~/components/people/invite-link-box";
import { SendToField } from "~/components/people/send-to-field";
import { canAdministerOrganisation, idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import {
  createInvitationLink,
  INVITABLE_ROLES,
  INVITATION_DAYS,
  OrganisationInviteSchema,
  parseMessageLanguage,
  parseSendTo,
} from "~/models/people/invitations.server";
import { getOrganisation } from "~/models/people/organisations.server";
import { locales } from "~/i18n/catalogues.server";
import { fieldErrors, formText, invalid, notFound } from "~/models/platform/http.server";
import { linkOrigin } from "~/models/platform/config.server";
import { formTokenOf, newFormToken } from "~/models/platform/form-tokens.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

/** Coordinators of this organisation and facilitators; everyone else gets the 404 of a page that is not there. */
function requireAdministrator(request: Request, organisationId: string | undefined) {
  const person = requirePerson(request);
  const id = idParam(organisationId);
  const organisation = getOrganisation(id);
  if (!organisation || !canAdministerOrganisation(person, id)) throw notFound();
  return { person, organisation };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { person, organisation } = requireAdministrator(request, params.organisationId);
  return {
    formToken: newFormToken(),
    languages: locales(),
    messageLanguage: person.language,
    organisation: { id: organisation.id, name: organisation.name },
    roles: INVITABLE_ROLES,
    days: INVITATION_DAYS,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { person, organisation } = requireAdministrator(request, params.organisationId);
  const form = await request.formData();
  const parsed = OrganisationInviteSchema.safeParse({ role: formText(form, "role") });
  const sendTo = parseSendTo(formText(form, "sendTo"));
  const messageLanguage = parseMessageLanguage(formText(form, "messageLanguage"), person.language);
  if (!parsed.success || sendTo === "invalid" || messageLanguage === "invalid")
    return invalid(
      {
        ...(parsed.success ? {} : fieldErrors(parsed.error.issues)),
        ...(sendTo === "invalid" ? { sendTo: "invite.error.send_to" } : {}),
        ...(messageLanguage === "invalid" ? { messageLanguage: "invite.error.message_language" } : {}),
      },
      { sendTo: formText(form, "sendTo").slice(0, 254), messageLanguage: person.language },
    );
  const origin = linkOrigin(request);
  const target = { organisationId: organisation.id, role: parsed.data.role };
  const { link, expiresAt, awaitingApproval } = createInvitationLink(person, target, origin, {
    formToken: formTokenOf(form),
    sendTo,
    messageLanguage,
  });
  return { ok: true as const, link, expiresAt, awaitingApproval, role: parsed.data.role, sent: sendTo !== null };
}

export default function InviteToOrganisation() {
  const { organisation, roles, days, formToken, languages, messageLanguage } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const errors: Record<string, string> = result && !result.ok ? result.errors : {};
  return (
    <section className="narrow" aria-labelledby="invite-title">
      <h1 id="invite-title">{t("org.invite.title", { name: organisation.name })}</h1>
      <p>{t("org.invite.intro", { days })}</p>
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
              <input type="radio" name="role" value={r} defaultChecked={r === "member"} /> {t(`invite.role.${r}`)}
            </label>
          ))}
          <FieldError id="role-error" message={errors.role} />
        </fieldset>
        <SendToField
          value={result && !result.ok ? result.values.sendTo : ""}
          error={errors.sendTo}
          languages={languages}
          language={result && !result.ok ? result.values.messageLanguage : messageLanguage}
          languageError={errors.messageLanguage}
        />
        <div className="actions">
          <button type="submit" className="primary">
            {t("invite.create")}
          </button>
          <Link className="button" to={`/organisations/${organisation.id}`}>
            {t("org.invite.back")}
          </Link>
        </div>
      </Form>
    </section>
  );
}
