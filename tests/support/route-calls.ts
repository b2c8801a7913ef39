// Driving a route the way the browser does, without a server: a real Request carrying the person's cookie,
// handed to the route's own loader or action with the params its URL pattern gives.
//   request(path, cookie?, form?)  builds the Request only;
//   get(route, path, cookie?)      runs the loader and answers with an Outcome;
//   post(route, path, cookie, form) runs the action and answers with an Outcome.
import { run, type Outcome } from "./route-outcome";

export { run, type Outcome };

export const BASE = "http://localhost";
/** What the server hands every loader and action (tests/e2e goes through the real one). */
export const loadContext = { cspNonce: "", clientAddress: "127.0.0.1" };

/** Form fields as the browser sends them: pairs keep order and repeats; in a record, a list repeats its name. */
export type Form = [string, string][] | Record<string, string | string[]>;

type RouteModule = { loader?: unknown; action?: unknown; default?: unknown };
export type Route = { module: RouteModule; pattern: string };

/** A route module and the URL pattern Remix gives its file name, e.g. route(inboxPage, "/inbox/:storyId"). */
export const route = (module: unknown, pattern: string): Route => ({ module: module as RouteModule, pattern });

/** The headers a browser sends when a person opens a page (not a prefetch, a script's fetch or a crawler's HEAD). */
export const NAVIGATE = { "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document" } as const;

/** A GET, or a POST when there is a form; without a cookie it is a visitor who is not signed in. */
export function request(path: string, cookie?: string, form?: Form, extraHeaders: Record<string, string> = {}): Request {
  const headers: Record<string, string> = { ...extraHeaders, ...(cookie === undefined ? {} : { Cookie: cookie }) };
  if (!form) return new Request(BASE + path, { headers });
  const body = new URLSearchParams();
  for (const [name, value] of Array.isArray(form) ? form : Object.entries(form)) for (const one of [value].flat()) body.append(name, one);
  return new Request(BASE + path, {
    method: "POST",
    headers: { ...headers, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
}

/** The params Remix would give: each :name in the pattern, read from the path (the query string ignored). */
export function paramsOf(pattern: string, path: string): Record<string, string> {
  const names = [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const literal = pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`^${literal.replace(/:\w+/g, "([^/?]+)")}(?:\\?.*)?$`);
  const values = re.exec(path)?.slice(1) ?? [];
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(values[i] ?? "")]));
}

type Handler = (args: { request: Request; params: Record<string, string>; context: typeof loadContext }) => unknown;

/** Runs the route's loader for this path, as the person with this cookie (with `headers`, e.g. NAVIGATE). */
export const get = (route: Route, path: string, cookie?: string, headers?: Record<string, string>): Promise<Outcome> =>
  run(() =>
    (route.module.loader as Handler)({
      request: request(path, cookie, undefined, headers),
      params: paramsOf(route.pattern, path),
      context: loadContext,
    }),
  );

/** Runs the route's action with this form, as the person with this cookie. */
export const post = (route: Route, path: string, cookie: string | undefined, form: Form): Promise<Outcome> =>
  run(() =>
    (route.module.action as Handler)({ request: request(path, cookie, form), params: paramsOf(route.pattern, path), context: loadContext }),
  );
