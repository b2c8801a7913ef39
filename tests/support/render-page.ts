// A route's page as the server renders it (without the site's header): the route's own loader, action and
// component in a data router, so what a test reads is exactly what a browser would be sent.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import en from "../../app/i18n/catalogues/en.json";
import sw from "../../app/i18n/catalogues/sw.json";
import nl from "../../app/i18n/catalogues/nl.json";
import fr from "../../app/i18n/catalogues/fr.json";
import { I18nContext } from "../../app/i18n/context";
import { request, type Form, type Route } from "./route-calls";

/** The page's HTML and status; with a form, the page that answers the POST. A refusal is its status and no HTML. */
export async function renderPage(route: Route, path: string, cookie?: string, form?: Form, locale: "en" | "sw" | "nl" | "fr" = "en") {
  const { loader, action, default: Component } = route.module;
  const handler = createStaticHandler([
    { id: "page", path: route.pattern, loader: loader as never, action: action as never, Component: Component as never },
  ]);
  const context = await handler.query(request(path, cookie, form));
  if (context instanceof Response) return { status: context.status, html: "" };
  const router = createStaticRouter(handler.dataRoutes, context);
  // Every language falls back to English for a key it lacks, as the app does.
  const messages = { ...en, ...{ en, sw, nl, fr }[locale] };
  const html = renderToString(
    createElement(
      I18nContext.Provider,
      { value: { locale, messages } },
      createElement(StaticRouterProvider, { router, context, hydrate: false }),
    ),
  );
  return { status: context.statusCode, html };
}
