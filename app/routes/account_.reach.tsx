import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { FieldError } from "~/components/field-error";
import { requirePerson } from "~/models/people/auth.server";
import { CHANNELS, ReachSchema, reachOf, setReach } from "~/models/messages/preferences.server";
import { fieldErrors, formText, invalid } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

export function loader({ request }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  // Someone who signs in by phone alone may give an address here; an address already given is not changed here.
  return { ...reachOf(person.id), hasEmail: person.email !== "", saved: new URL(request.url).searchParams.get("saved") === "1" };
}

export async function action({ request }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const form = await request.formData();
  const values = { channel: formText(form, "channel"), phone: formText(form, "phone"), email: formText(form, "email") };
  const parsed = ReachSchema.safeParse(values);
  const echo = { channel: values.channel.slice(0, 10), phone: values.phone.slice(0, 40), email: values.email.slice(0, 254) };
  if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), echo);
  // Someone who signs in with their phone number alone cannot remove it.
  const saved = setReach(person.id, parsed.data);
  if (saved === "phone_needed") return invalid({ phone: "reach.error.phone_signs_in" }, echo);
  if (saved === "email_needed") return invalid({ channel: "reach.error.email_needed" }, echo);
  if (saved === "email_fixed") return invalid({ email: "reach.error.email_fixed" }, echo);
  return redirect("/account/reach?saved=1");
}

export default function Reach() {
  const current = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const t = useT();
  const errors: Record<string, string> = result && !result.ok ? result.errors : {};
  const values = result && !result.ok ? result.values : { channel: current.channel, phone: current.phone ?? "", email: "" };
  return (
    <section className="narrow" aria-labelledby="reach-title">
      <p>
        <Link to="/account">{t("account.title")}</Link>
      </p>
      <h1 id="reach-title">{t("reach.title")}</h1>
      <p>{t("reach.intro")}</p>
      {current.saved && !result ? (
        <p className="notice" role="status">
          {t("reach.saved")}
        </p>
      ) : null}
      <Form method="post" noValidate>
        <fieldset className="choices" aria-describedby={errors.channel ? "channel-error" : undefined}>
          <legend>{t("reach.channel")}</legend>
          {CHANNELS.map((c) => (
            <label key={c}>
              <input type="radio" name="channel" value={c} defaultChecked={values.channel === c} /> {t(`reach.channel.${c}`)}
            </label>
          ))}
          <FieldError id="channel-error" message={errors.channel} />
        </fieldset>
        <div className="field">
          <label htmlFor="phone">{t("reach.phone")}</label>
          <p id="phone-hint" className="muted">
            {t("reach.phone.hint")}
          </p>
          <input
            id="phone"
            name="phone"
            type="tel"
            autoComplete="tel"
            defaultValue={values.phone}
            aria-invalid={errors.phone ? true : undefined}
            aria-describedby={errors.phone ? "phone-hint phone-error" : "phone-hint"}
          />
          <FieldError id="phone-error" message={errors.phone} />
        </div>
        {current.hasEmail ? null : (
          <div className="field">
            <label htmlFor="email">{t("reach.email")}</label>
            <p id="email-hint" className="muted">
              {t("reach.email.hint")}
            </p>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              defaultValue={values.email}
              aria-invalid={errors.email ? true : undefined}
              aria-describedby={errors.email ? "email-hint email-error" : "email-hint"}
            />
            <FieldError id="email-error" message={errors.email} />
          </div>
        )}
        <p className="muted">{t("reach.language")}</p>
        <button type="submit" className="primary">
          {t("reach.save")}
        </button>
      </Form>
    </section>
  );
}
