import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { useT } from "~/i18n/context";
import { useNonce } from "~/components/nonce";
import { currentPerson, login, sessionCookie } from "~/models/people/auth.server";
import { safeNext } from "~/models/people/navigation.server";
import { invalid } from "~/models/platform/http.server";
import { FieldError } from "~/components/field-error";

export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

const LoginSchema = z.object({
  email: z.string().trim().min(1, "login.error.email_required").max(320, "login.error.email_required"),
  password: z.string().min(1, "login.error.password_required").max(1024, "login.error.invalid"),
});

export function loader({ request }: LoaderFunctionArgs) {
  if (currentPerson(request)) throw redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const parsed = LoginSchema.safeParse({ email: form.get("email") ?? "", password: form.get("password") ?? "" });
  const email = String(form.get("email") ?? "").slice(0, 320);
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    return invalid(errors, { email });
  }
  const result = await login(parsed.data.email, parsed.data.password, context.clientAddress ?? "unknown");
  if (!result.ok) {
    const message = result.reason === "rate_limited" ? "login.error.rate_limited" : "login.error.invalid";
    return invalid({ form: message }, { email });
  }
  const next = safeNext(new URL(request.url).searchParams.get("next") ?? form.get("next"));
  return redirect(next, { headers: { "Set-Cookie": sessionCookie(result.sessionToken) } });
}

/** After sign-out, on a shared phone: nothing typed by the last person stays in this browser. */
function ForgetDraftsScript() {
  const nonce = useNonce();
  return <script src="/scripts/forget-drafts.js" nonce={nonce} defer />;
}

export default function Login() {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const errors: Record<string, string> = actionData && "errors" in actionData ? actionData.errors : {};
  const email = actionData && "values" in actionData ? actionData.values.email : "";
  return (
    <section className="narrow" aria-labelledby="login-title">
      <h1 id="login-title">{t("login.title")}</h1>
      <p>{t("login.intro")}</p>
      {params.get("signed_out") === "1" ? <ForgetDraftsScript /> : null}
      {params.get("welcome") === "1" ? (
        <p className="notice" role="status">
          {t("login.welcome")}
        </p>
      ) : null}
      {errors.form ? (
        <p className="form-error" role="alert">
          {t(errors.form)}
        </p>
      ) : null}
      <Form method="post" action={`/login${params.get("next") ? `?next=${encodeURIComponent(params.get("next")!)}` : ""}`} noValidate>
        <div className="field">
          <label htmlFor="email">{t("login.email")}</label>
          <input
            id="email"
            name="email"
            type="text"
            inputMode="email"
            autoComplete="username"
            required
            defaultValue={email}
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? "email-error" : undefined}
          />
          <FieldError id="email-error" message={errors.email} />
        </div>
        <div className="field">
          <label htmlFor="password">{t("login.password")}</label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? "password-error" : undefined}
          />
          <FieldError id="password-error" message={errors.password} />
        </div>
        <button type="submit" className="primary">
          {t("login.submit")}
        </button>
      </Form>
    </section>
  );
}
