// Remix 2's router flattens and ranks the whole route table each time it matches a path, and the server
// runtime matches every request twice: once itself, then again inside its static handler (React Router 7 keeps
// the flattened table; Remix 2 does not). The runtime's own match goes through the router package's exported
// `matchRoutes`, so the answer for a path is remembered there: per route table, bounded, and starting over
// when full, since paths are the requester's choice. Matching is a pure function of the table and the path.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const MAX_REMEMBERED_PATHS = 2000;
const REMEMBERS = Symbol.for("sikiliza.remembersRouteMatches");

/**
 * @typedef {{ matchRoutes: (routes: object[], location: unknown, basename?: string) => unknown }} RouterExports
 */

/**
 * Wraps the router package's exported matchRoutes once; later calls change nothing.
 * @param {RouterExports} [router] the package's CommonJS exports (what the server runtime calls through)
 * @returns {RouterExports["matchRoutes"]} the wrapped function
 */
export function rememberRouteMatches(router = require("@remix-run/router")) {
  const current = /** @type {RouterExports["matchRoutes"] & { [REMEMBERS]?: true }} */ (router.matchRoutes);
  if (current[REMEMBERS]) return current;
  /** @type {WeakMap<object[], Map<string, unknown>>} */
  const byTable = new WeakMap();
  /** @type {RouterExports["matchRoutes"] & { [REMEMBERS]?: true }} */
  const remembering = (routes, location, basename) => {
    // Only a plain path is remembered; a location object (search, hash, state) is matched as before.
    if (typeof location !== "string") return current(routes, location, basename);
    let known = byTable.get(routes);
    if (!known) byTable.set(routes, (known = new Map()));
    const key = `${basename ?? ""}\n${location}`;
    if (!known.has(key)) {
      if (known.size >= MAX_REMEMBERED_PATHS) known.clear();
      known.set(key, current(routes, location, basename));
    }
    return known.get(key);
  };
  remembering[REMEMBERS] = true;
  router.matchRoutes = remembering;
  return remembering;
}
