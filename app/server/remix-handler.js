// Hands a request to Remix. Unlike the stock Express adapter, the body of a state change is read first
// (it is at most 1 MB, checked before), checked by checkFormBody, and only then given to Remix: a body no
// route could read is refused here instead of failing inside an action.
import { createRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import { checkFormBody } from "./form-bodies.js";
import { rememberRouteMatches } from "./route-matches.js";

/**
 * Remix shows stack traces with file paths only in development mode; that must be asked for by name.
 * @param {{ NODE_ENV?: string }} env
 * @returns {"production" | "development"}
 */
export function remixMode(env) {
  return env.NODE_ENV === "development" ? "development" : "production";
}

/**
 * @param {import("express").Request} req
 * @param {number} limit
 * @returns {Promise<Buffer | null>} null when the body passes the limit
 */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let seen = 0;
    req.on("data", (/** @type {Buffer} */ chunk) => {
      seen += chunk.length;
      if (seen <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(seen > limit ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/**
 * @param {import("express").Request} req
 * @param {BodyInit | undefined} body
 * @param {AbortSignal} signal
 */
function toRequest(req, body, signal) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of [value ?? []].flat()) headers.append(name, one);
  }
  // req.hostname follows the "trust proxy" setting; the port comes from the Host header.
  const port = /:(\d+)$/.exec(req.get("host") ?? "")?.[1];
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  return new Request(url.href, { method: req.method, headers, body, signal });
}

/**
 * True when the query string names `_data` (as Remix reads it: decoded). Most requests have no query string and
 * are answered without parsing one.
 * @param {string} url
 * @returns {boolean}
 */
export function asksOldDataForm(url) {
  const query = url.indexOf("?");
  return query !== -1 && new URLSearchParams(url.slice(query + 1)).has("_data");
}

/**
 * @param {{ build: import("@remix-run/node").ServerBuild, mode: "production" | "development", maxBodyBytes: number,
 *   getLoadContext: (req: import("express").Request) => import("@remix-run/node").AppLoadContext }} options
 * @returns {import("express").RequestHandler}
 */
export function remixHandler({ build, mode, maxBodyBytes, getLoadContext }) {
  rememberRouteMatches();
  const handle = createRequestHandler(build, mode);
  return async (req, res, next) => {
    try {
      // The app uses single fetch (`.data` URLs); Remix still answers the old `?_data=` form, and fails on it
      // with a 500 for a loader that returns null. No page of this site asks for it.
      if (asksOldDataForm(req.originalUrl)) return void res.status(404).type("text/plain").send("Not found");
      let body;
      if (req.method !== "GET" && req.method !== "HEAD") {
        const bytes = await readBody(req, maxBodyBytes);
        if (bytes === null) return void res.status(413).type("text/plain").send("Payload too large");
        const check = await checkFormBody(bytes, req.headers["content-type"]);
        if (!check.ok) return void res.status(check.status).type("text/plain").send(check.message);
        body = bytes.length ? new Uint8Array(bytes) : undefined;
      }
      const controller = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const response = await handle(toRequest(req, body, controller.signal), getLoadContext(req));
      res.statusMessage = response.statusText;
      res.status(response.status);
      for (const [name, value] of response.headers.entries()) res.append(name, value);
      if (response.body) await writeReadableStreamToWritable(response.body, res);
      else res.end();
    } catch (error) {
      next(error);
    }
  };
}
