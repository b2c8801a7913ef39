import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { FieldError } from "~/components/field-error";
import { changePassword, PasswordChangeSchema } from "~/models/people/account.server";
import { passwordProblem } from "~/models/people/passwords.server";
import { requirePerson, sessionCookie } from "~/models/people/auth.server";
import { reachOf } from "~/models/messages/preferences.server";
import { fieldErrors, formText, invalid } from "~/models/platform/http.server";

export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

export function loader({ request }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  // What the person signs in with: their address, or their phone number when they gave no address.
  const signsInWith = person.email || reachOf(person.id).phone || "";
  return { name: person.name, email: signsInWith, changed: new URL(request.url).searchParams.get("changed") === "1" };
}

export async function action({ request }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const form = await request.formData();
  const parsed = PasswordChangeSchema.safeParse({
    current: formText(form, "current"),
    password: formText(form, "password"),
    confirm: formText(form, "confirm"),
  });
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues));
  const guessable = [person.name, person.email, reachOf(person.id).phone ?? "", ...person.memberships.map((m) => m.organisationName)];
  if (passwordProblem(parsed.data.password, guessable)) return invalid({ password: "invite.error.password.too_common" });
  const result = await changePassword(person, parsed.data);
  if (!result.ok) return invalid({ current: result.reason === "too_many" ? "account.error.too_many" : "account.error.current_wrong" });
  // Every other session of this person ended on the server; this device carries on with a new one. A redirect
  // carries the new cookie on every kind of request (a document POST without JavaScript included).
  throw redirect("/account?changed=1", { headers: { "Set-Cookie": sessionCookie(result.sessionToken) } });
}

export default function Account() {
  const { name, email, changed } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> = result && "errors" in result ? result.errors : {};
  const t = useT();
  const field = (id: "current" | "password" | "confirm", autoComplete: string) => (
    <div className="field">
      <label htmlFor={id}>{t(`account.${id}`)}</label>
      <input
        id={id}
        name={id}
        type="password"
        autoComplete={autoComplete}
        required
        aria-invalid={errors[id] ? true : undefined}
        aria-describedby={errors[id] ? `${id}-error` : undefined}
      />
      <FieldError id={`${id}-error`} message={errors[id]} />
    </div>
  );
  return (
    <section className="narrow" aria-labelledby="account-title">
      <h1 id="account-title">{t("account.title")}</h1>
      <p>{t("account.signed_in_as", { name, email })}</p>
      <p>
        <Link to="/account/reach">{t("reach.title")}</Link>
      </p>
      {changed && !result ? (
        <p className="notice" role="status">
          {t("account.changed")}
        </p>
      ) : null}
      <h2>{t("account.change_password")}</h2>
      <p className="muted">{t("account.change_password.hint")}</p>
      <Form method="post" noValidate>
        {field("current", "current-password")}
        {field("password", "new-password")}
        {field("confirm", "new-password")}
        <button type="submit" className="primary">
          {t("account.submit")}
        </button>
      </Form>
    </section>
  );
}
