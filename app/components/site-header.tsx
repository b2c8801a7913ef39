import { Form, Link, useLocation } from "@remix-run/react";
import { useLocale, useT } from "~/i18n/context";
import type { Navigation } from "~/models/people/types";

export function SiteHeader({ nav, languages }: { nav: Navigation | null; languages: { code: string; name: string }[] }) {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <Link to="/" className="brand">
        Sikiliza
      </Link>
      <nav aria-label={t("nav.label")}>
        <ul>
          {nav ? (
            <>
              <li>
                <Link to="/">{t("nav.home")}</Link>
              </li>
              {nav.isFacilitator ? (
                <li>
                  <Link to="/admin">{t("nav.admin")}</Link>
                </li>
              ) : null}
              <li>
                <Link to="/account">{t("nav.account")}</Link>
              </li>
              <li>
                {/* A full page load, so the sign-in page runs the script that forgets this browser's drafts. */}
                <Form method="post" action="/logout" reloadDocument>
                  <button type="submit" className="link-button">
                    {t("nav.logout")}
                  </button>
                </Form>
              </li>
            </>
          ) : (
            <li>
              <Link to="/login">{t("nav.login")}</Link>
            </li>
          )}
        </ul>
      </nav>
      <Form method="post" action="/language" className="language-form">
        <input type="hidden" name="next" value={location.pathname} />
        <label htmlFor="language-select" className="visually-hidden">
          {t("nav.language")}
        </label>
        <select id="language-select" name="language" defaultValue={locale}>
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
        <button type="submit">{t("nav.language.change")}</button>
      </Form>
    </header>
  );
}
