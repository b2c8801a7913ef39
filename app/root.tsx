import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useContext, type ReactNode } from "react";
import { AppErrorBoundary } from "./components/error-boundary";
import { SiteHeader } from "./components/site-header";
import { useNonce } from "./components/nonce";
import { RootDataFallback } from "./components/root-data-fallback";
import { I18nContext } from "./i18n/context";
import { currentPerson } from "./models/people/auth.server";
import { i18nFor } from "./models/people/locale.server";
import { locales } from "./i18n/catalogues.server";
import { navigationFor } from "./models/people/navigation.server";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: "/styles/app.css" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const person = currentPerson(request);
  // Only what the header shows: never the whole person row (docs/security.md 1.3).
  return { ...i18nFor(request, person), languages: locales(), nav: person ? navigationFor(person) : null };
}

// The root data (language, its catalogue, the header) changes only through a form: signing in or out,
// choosing a language. A plain link must not fetch the whole catalogue again.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formMethod, defaultShouldRevalidate }) =>
  formMethod !== undefined && formMethod.toUpperCase() !== "GET" ? defaultShouldRevalidate : false;

export type RootData = Awaited<ReturnType<typeof loader>>;

/** Light pages (forms community members use on cheap phones) ship no JavaScript at all. */
function useHydrate() {
  return !useMatches().some((m) => (m.handle as { hydrate?: boolean } | undefined)?.hydrate === false);
}

export function Layout({ children }: { children: ReactNode }) {
  const loaded = useRouteLoaderData<RootData>("root");
  const fallback = useContext(RootDataFallback);
  const data = loaded ?? fallback;
  const nonce = useNonce();
  // A page drawn from the fallback ships no scripts: the browser's copy of the root data would lack the
  // catalogue, and an error page (a message and a link home) needs no JavaScript.
  const hydrate = useHydrate() && loaded !== undefined;
  const i18n = data ? { locale: data.locale, messages: data.messages } : { locale: "en", messages: {} };
  return (
    <html lang={i18n.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <I18nContext.Provider value={i18n}>
          <SiteHeader nav={data?.nav ?? null} languages={data?.languages ?? []} />
          <main id="main">{children}</main>
        </I18nContext.Provider>
        {hydrate ? (
          <>
            <ScrollRestoration nonce={nonce} />
            <Scripts nonce={nonce} />
          </>
        ) : null}
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  return <AppErrorBoundary />;
}
