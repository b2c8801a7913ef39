// The route a request reached, as the template in the route table (`/inbox/:storyId`), for metrics: a label
// names the kind of page, never the id, token or query string of one request (docs/security.md 5.3).
import { matchRoutes } from "@remix-run/router";

/**
 * @typedef {{ id: string, parentId?: string, path?: string, index?: boolean, caseSensitive?: boolean }} BuildRoute
 * @typedef {import("@remix-run/router").AgnosticRouteObject} TreeRoute
 */

/**
 * @param {Record<string, BuildRoute | undefined>} manifest
 * @param {string | undefined} parentId
 * @returns {TreeRoute[]}
 */
function tree(manifest, parentId) {
  return Object.values(manifest)
    .filter((route) => route && route.parentId === parentId)
    .map((route) => {
      const r = /** @type {BuildRoute} */ (route);
      return /** @type {TreeRoute} */ (
        r.index
          ? { id: r.id, path: r.path, index: true }
          : { id: r.id, path: r.path, caseSensitive: r.caseSensitive, children: tree(manifest, r.id) }
      );
    });
}

const MAX_REMEMBERED_PATHS = 2000;

/**
 * @param {Record<string, BuildRoute | undefined>} manifest the Remix build's `routes`
 * @returns {(pathname: string) => string}
 */
export function routeTemplates(manifest) {
  const routes = tree(manifest, undefined);
  // matchRoutes ranks the whole route table on every call (about as long as Remix's own matching); a page is
  // asked for again and again under its own path, so its template is remembered. Paths are the requester's
  // choice: the memory is bounded and simply starts over when full.
  /** @type {Map<string, string>} */
  const known = new Map();
  return (pathname) => {
    let template = known.get(pathname);
    if (template === undefined) {
      if (known.size >= MAX_REMEMBERED_PATHS) known.clear();
      known.set(pathname, (template = templateOfPath(routes, pathname)));
    }
    return template;
  };
}

/**
 * @param {TreeRoute[]} routes
 * @param {string} pathname
 * @returns {string}
 */
function templateOfPath(routes, pathname) {
  const matches = matchRoutes(routes, pathname);
  if (!matches || matches.length === 0) return "unmatched";
  const template = matches
    .map((m) => m.route.path ?? "")
    .filter(Boolean)
    .join("/")
    .replace(/\/+/g, "/");
  // A splat catch-all (a 404 page) would name nothing: one label for all of them.
  if (template === "*" || matches[matches.length - 1].route.path === "*") return "unmatched";
  return `/${template.replace(/^\//, "")}`;
}

/**
 * Static files and fixed paths first, so a file name never becomes a label.
 * @param {(pathname: string) => string} templateOf
 * @param {string} url
 * @returns {string}
 */
export function routeLabel(templateOf, url) {
  const pathname = url.split("?")[0];
  if (pathname.startsWith("/build/")) return "/build/*";
  if (pathname.startsWith("/vendor/")) return "/vendor/*";
  if (pathname === "/metrics") return "/metrics";
  const template = templateOf(pathname.replace(/\.data$/, ""));
  // A file from public/ (favicon, robots.txt) matches no route: one label for all of them.
  return template === "unmatched" && /\.[a-z0-9]+$/i.test(pathname) ? "static" : template;
}
