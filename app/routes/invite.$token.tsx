import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { useLocale, useT } from "~/i18n/context";
import { FieldError } from "~/components/field-error";
import { isLocale, locales } from "~/i18n/catalogues.server";
import { logout } from "~/models/people/auth.server";
import { acceptInvitation, invitationFor, type InvitationState } from "~/models/people/invitations.server";
import { passwordProblem } from "~/models/people/passwords.server";
import { normalisePhone } from "~/models/people/people.server";
import { isInviteLinkBlocked, recordInviteFailure } from "~/models/people/rate-limit.server";
import { sha256 } from "~/models/platform/crypto.server";
import { fieldErrors, formText, invalid } from "~/models/platform/http.server";

// A light page for cheap phones: no JavaScript at all, the form posts as plain HTML.
export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

// A person signs in with an e-mail address or a phone number (+country…): at least one, each valid if given.
const AcceptSchema = z
  .object({
    name: z.string().trim().min(1, "invite.error.name").max(200, "invite.error.name"),
    email: z
      .string()
      .trim()
      .max(320, "invite.error.email")
      .refine((v) => v === "" || z.string().email().safeParse(v).success, "invite.error.email"),
    phone: z.string().max(40, "invite.error.phone"),
    language: z.string().refine(isLocale, "invite.error.language"),
    password: z.string().superRefine((password, ctx) => {
      const problem = passwordProblem(password);
      if (problem) ctx.addIssue({ code: "custom", message: `invite.error.password.${problem}` });
    }),
  })
  .transform((v, ctx) => {
    const email = v.email.trim() === "" ? null : v.email.trim();
    const phone = v.phone.trim() === "" ? null : normalisePhone(v.phone);
    if (v.phone.trim() !== "" && !phone) ctx.addIssue({ code: "custom", path: ["phone"], message: "invite.error.phone" });
    if (!email && v.phone.trim() === "") ctx.addIssue({ code: "custom", path: ["email"], message: "invite.error.contact_needed" });
    return { name: v.name, email, phone, language: v.language, password: v.password };
  });

// An unknown link is "not there" (404); a used, expired or refused one was there and is gone for good (410);
// one still waiting for the organisation's coordinators to approve it is not usable yet (409).
const STATUS: Record<Exclude<InvitationState, "valid">, number> = { unknown: 404, used: 410, expired: 410, refused: 410, awaiting: 409 };

/** Tokens are base64url; anything else cannot be one, and is not hashed or looked up. */
function invitation(token: string | undefined) {
  if (!token || !/^[A-Za-z0-9_-]{16,128}$/.test(token)) return invitationFor("");
  return invitationFor(token);
}

const gone = (state: Exclude<InvitationState, "valid">) =>
  data({ ok: false as const, state, errors: {}, values: {} }, { status: STATUS[state] });

export function loader({ params }: LoaderFunctionArgs) {
  const found = invitation(params.token);
  if (found.state !== "valid") return gone(found.state);
  return {
    ok: true as const,
    state: found.state,
    organisationName: found.organisationName,
    role: found.role,
    isFacilitator: found.isFacilitator,
    languages: locales(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const found = invitation(token);
  if (found.state !== "valid") return gone(found.state);
  const form = await request.formData();
  const values = {
    name: formText(form, "name"),
    email: formText(form, "email"),
    phone: formText(form, "phone"),
    language: formText(form, "language"),
    password: formText(form, "password"),
  };
  const confirm = formText(form, "confirm");
  const parsed = AcceptSchema.safeParse(values);
  const errors = parsed.success ? {} : fieldErrors(parsed.error.issues);
  // Strength against what an attacker would try first: this person's name, address and organisation.
  if (!errors.password && passwordProblem(values.password, [values.name, values.email, values.phone, found.organisationName ?? ""]))
    errors.password = "invite.error.password.too_common";
  if (!errors.password && values.password !== confirm) errors.confirm = "invite.error.confirm";
  // Passwords are never sent back; the rest is cut to its limit.
  const echo = {
    name: values.name.slice(0, 200),
    email: values.email.slice(0, 320),
    phone: values.phone.slice(0, 40),
    language: values.language.slice(0, 20),
  };
  const linkKey = sha256(token);
  if (isInviteLinkBlocked(linkKey)) return invalid({ form: "invite.error.too_many" }, echo);
  if (!parsed.success || errors.confirm || errors.password) {
    recordInviteFailure(linkKey);
    return invalid(errors, echo);
  }
  const result = await acceptInvitation(token, parsed.data);
  if (!result.ok) return gone(result.reason === "valid" ? "unknown" : result.reason);
  // Whoever was signed in on this device before is signed out on the server, not just in the cookie. The new
  // person signs in on the next page: answering a new account and a known address alike tells nobody which.
  logout(request);
  return redirect("/login?welcome=1");
}

function Gone({ state }: { state: string }) {
  const t = useT();
  return (
    <section className="narrow" aria-labelledby="invite-title">
      <h1 id="invite-title">{t(`invite.gone.${state}.title`)}</h1>
      <p>{t(`invite.gone.${state}.body`)}</p>
      <p>
        <Link to="/login">{t("nav.login")}</Link>
      </p>
    </section>
  );
}

export default function AcceptInvitation() {
  const loaded = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  const locale = useLocale();
  if (refused && "state" in refused) return <Gone state={refused.state} />;
  if (!loaded.ok) return <Gone state={loaded.state} />;
  const errors = refused?.errors ?? {};
  const values = refused?.values;
  // Ties each input to its hint (when it has one) and to its message (when there is one).
  const field = (name: string, hint = false) => {
    const ids = [hint ? `${name}-hint` : "", errors[name] ? `${name}-error` : ""].filter(Boolean).join(" ");
    return { "aria-invalid": errors[name] ? (true as const) : undefined, "aria-describedby": ids || undefined };
  };
  const invitedTo = loaded.isFacilitator
    ? t("invite.accept.as_facilitator")
    : t("invite.accept.to_organisation", { organisation: loaded.organisationName ?? "", role: t(`membership.${loaded.role ?? "member"}`) });
  return (
    <section className="narrow" aria-labelledby="invite-title">
      <h1 id="invite-title">{t("invite.accept.title")}</h1>
      <p>{invitedTo}</p>
      <p>{t("invite.accept.intro")}</p>
      {Object.keys(errors).length ? (
        <p className="form-error" role="alert">
          {t(errors.form ?? "form.error.summary")}
        </p>
      ) : null}
      <Form method="post" noValidate>
        <div className="field">
          <label htmlFor="name">{t("invite.field.name")}</label>
          <p id="name-hint" className="muted">
            {t("invite.field.name.hint")}
          </p>
          <input
            id="name"
            name="name"
            type="text"
            autoComplete="name"
            maxLength={200}
            required
            defaultValue={values?.name ?? ""}
            {...field("name", true)}
          />
          <FieldError id="name-error" message={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="email">{t("invite.field.email")}</label>
          <p id="email-hint" className="muted">
            {t("invite.field.email.hint")}
          </p>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            maxLength={320}
            defaultValue={values?.email ?? ""}
            {...field("email", true)}
          />
          <FieldError id="email-error" message={errors.email} />
        </div>
        <div className="field">
          <label htmlFor="phone">{t("invite.field.phone")}</label>
          <p id="phone-hint" className="muted">
            {t("invite.field.phone.hint")}
          </p>
          <input
            id="phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            maxLength={40}
            defaultValue={values?.phone ?? ""}
            {...field("phone", true)}
          />
          <FieldError id="phone-error" message={errors.phone} />
        </div>
        <div className="field">
          <label htmlFor="language">{t("invite.field.language")}</label>
          <select id="language" name="language" defaultValue={values?.language ?? locale} {...field("language")}>
            {loaded.languages.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
          <FieldError id="language-error" message={errors.language} />
        </div>
        <div className="field">
          <label htmlFor="password">{t("invite.field.password")}</label>
          <p id="password-hint" className="muted">
            {t("invite.field.password.hint")}
          </p>
          <input id="password" name="password" type="password" autoComplete="new-password" required {...field("password", true)} />
          <FieldError id="password-error" message={errors.password} />
        </div>
        <div className="field">
          <label htmlFor="confirm">{t("invite.field.confirm")}</label>
          <input id="confirm" name="confirm" type="password" autoComplete="new-password" required {...field("confirm")} />
          <FieldError id="confirm-error" message={errors.confirm} />
        </div>
        <button type="submit" className="primary">
          {t("invite.accept.submit")}
        </button>
      </Form>
    </section>
  );
}
