import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { currentPerson } from "~/models/people/auth.server";
import { isLocale } from "~/i18n/catalogues.server";
import { languageCookie } from "~/models/people/locale.server";
import { setLanguage } from "~/models/people/people.server";
import { safeNext } from "~/models/people/navigation.server";

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const language = form.get("language");
  const next = safeNext(form.get("next"));
  if (!isLocale(language)) return redirect(next);
  const person = currentPerson(request);
  if (person) setLanguage(person.id, language);
  return redirect(next, { headers: { "Set-Cookie": languageCookie(language) } });
}

export function loader() {
  return redirect("/");
}
