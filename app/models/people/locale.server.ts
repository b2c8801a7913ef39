// The page's language: the person's stored choice; for visitors, the `lang` cookie, then the browser's.
import { DEFAULT_LOCALE } from "~/i18n";
import { isLocale, messagesFor } from "~/i18n/catalogues.server";
import { cookieHeader, readCookie } from "./auth.server";
import type { Person } from "./people.server";

export const LANG_COOKIE = "lang";

export function localeFor(request: Request, person: Person | null): string {
  if (person && isLocale(person.language)) return person.language;
  const cookie = readCookie(request, LANG_COOKIE);
  if (isLocale(cookie)) return cookie;
  const accepted = (request.headers.get("Accept-Language") ?? "").split(",").map((p) => p.split(";")[0].trim().slice(0, 2).toLowerCase());
  return accepted.find(isLocale) ?? DEFAULT_LOCALE;
}

export function languageCookie(locale: string) {
  return cookieHeader(LANG_COOKIE, locale, 365 * 86_400, false);
}

export function i18nFor(request: Request, person: Person | null) {
  const locale = localeFor(request, person);
  return { locale, messages: messagesFor(locale) };
}
