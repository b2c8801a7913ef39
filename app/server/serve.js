// The HTTP server: static files, the request rules every route shares (body size, Origin, logging
// without personal data) and the Remix handler. Starts only after startup() says the data is safe.
import crypto from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import compression from "compression";
import express from "express";
import { remixHandler, remixMode } from "./remix-handler.js";
import { routeLabel, routeTemplates } from "./route-templates.js";

export const MAX_BODY_BYTES = 1024 * 1024;
const CHART_JS = path.resolve("node_modules/chart.js/dist/chart.umd.min.js");

/**
 * Paths as logged: secrets in the path (story-link and invitation tokens) are replaced by a placeholder.
 * @param {string} url
 * @returns {string}
 */
export function loggablePath(url) {
  const pathname = url.split("?")[0];
  return pathname.replace(/^\/(s|invite|receipt)\/[^/]+/, "/$1/:token");
}

// A pseudonym per session, keyed by a secret that dies with the process: logs can follow one visit
// without ever holding a person's id, name or session token.
const pseudonymKey = crypto.randomBytes(32);
/**
 * @param {string | undefined} cookieHeader
 * @returns {string | null}
 */
export function pseudonym(cookieHeader) {
  const token = /(?:^|;\s*)sikiliza_session=([^;]+)/.exec(cookieHeader ?? "")?.[1];
  return token ? crypto.createHmac("sha256", pseudonymKey).update(token).digest("hex").slice(0, 12) : null;
}

/** @type {import("express").RequestHandler} */
function requestLog(req, res, next) {
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const entry = {
      method: req.method,
      path: loggablePath(req.originalUrl),
      status: res.statusCode,
      ms: Math.round(ms),
      who: pseudonym(req.headers.cookie),
    };
    console.log(JSON.stringify(entry));
  });
  next();
}

// docs/security.md 4.3: bodies over 1 MB are refused before anything reads them.
/**
 * @param {import("express").Request} req
 * @param {import("express").Response} res
 * @param {import("express").NextFunction} next
 */
function limitBody(req, res, next) {
  const length = Number(req.headers["content-length"] ?? 0);
  if (length > MAX_BODY_BYTES) return res.status(413).type("text/plain").send("Payload too large");
  if (req.headers["transfer-encoding"] && !req.headers["content-length"] && !["GET", "HEAD"].includes(req.method)) {
    let seen = 0;
    req.on("data", (chunk) => {
      seen += chunk.length;
      if (seen > MAX_BODY_BYTES && !res.headersSent) {
        res.status(413).type("text/plain").send("Payload too large");
        req.destroy();
      }
    });
  }
  next();
}

// docs/security.md 4.1: a state change must come from a page of this site. With Referrer-Policy: no-referrer
// browsers send `Origin: null` on form posts, so then the browser's own Sec-Fetch-Site must say same-origin.
// The Origin is compared as a whole — scheme, host and port — so another scheme or a user-info trick
// (`http://user@host:port`) does not pass for this site.
/**
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @param {string} protocol the scheme this server was reached by ("http" or "https")
 * @returns {boolean}
 */
export function isSameOriginRequest(headers, protocol) {
  const origin = headers.origin;
  const host = headers.host;
  if (!host) return false;
  if (origin && origin !== "null") return origin === `${protocol}://${host}`;
  return headers["sec-fetch-site"] === "same-origin";
}

/**
 * @param {import("express").Request} req
 * @param {import("express").Response} res
 * @param {import("express").NextFunction} next
 */
function checkOrigin(req, res, next) {
  if (["GET", "HEAD", "OPTIONS"].includes(req.method)) return next();
  if (!isSameOriginRequest(req.headers, req.protocol)) return res.status(403).type("text/plain").send("Forbidden: cross-origin request");
  // Verified same-origin: give Remix's own CSRF check the origin the browser withheld.
  if (!req.headers.origin || req.headers.origin === "null") req.headers.origin = `${req.protocol}://${req.headers.host}`;
  next();
}

// docs/security.md 4.4 for every answer, documents or not (exports, health check, static files): documents get
// their nonce CSP from entry.server.tsx; anything that reaches the wire without these gets the strict default.
const BASELINE_HEADERS = [
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "no-referrer"],
  ["X-Frame-Options", "DENY"],
  ["Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'"],
  ["Cache-Control", "no-store"],
];

/** @type {import("express").RequestHandler} */
function baselineHeaders(req, res, next) {
  // Typed loosely: the wrapper passes on the arguments of whichever writeHead overload the caller used.
  const writeHead = /** @type {(...args: unknown[]) => import("express").Response} */ (res.writeHead);
  res.writeHead = function (...args) {
    for (const [name, value] of BASELINE_HEADERS) if (!res.hasHeader(name)) res.setHeader(name, value);
    return writeHead.apply(this, args);
  };
  next();
}

/**
 * How many proxies in front of this server append to X-Forwarded-For. The client's address is the entry that
 * many hops from the right: entries further left were written by the client and may be anything. Unset or 0:
 * no proxy, the socket's address counts and X-Forwarded-For is ignored.
 * @param {string | undefined} value
 * @returns {number | false}
 */
export function trustedProxyHops(value) {
  if (value === undefined || value === "" || value === "0") return false;
  if (!/^[1-9]$/.test(value)) throw new Error(`TRUST_PROXY must be the number of proxies in front of Sikiliza (0 to 9), not "${value}"`);
  return Number(value);
}

/**
 * Counts every answer by method, route template and status, with its latency (docs/security.md 5.3).
 * @param {{ recordRequest: (method: string, route: string, status: number, seconds: number) => void }} ops
 * @param {(pathname: string) => string} templateOf
 * @returns {import("express").RequestHandler}
 */
function requestMetrics(ops, templateOf) {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      ops.recordRequest(req.method, routeLabel(templateOf, req.originalUrl), res.statusCode, seconds);
    });
    next();
  };
}

/**
 * True when the request carries the metrics token as `Authorization: Bearer <token>`, compared in constant time.
 * @param {string | undefined} header
 * @param {string} token
 * @returns {boolean}
 */
export function carriesToken(header, token) {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? "")?.[1] ?? "");
  const wanted = Buffer.from(token);
  return given.length === wanted.length && crypto.timingSafeEqual(given, wanted);
}

/**
 * /metrics: absent (404) unless SIKILIZA_METRICS_TOKEN is set; 401 without the token.
 * @param {{ metricsText: (config: unknown) => Promise<{ contentType: string, body: string }>, readConfig: (env: NodeJS.ProcessEnv) => { SIKILIZA_METRICS_TOKEN?: string } }} ops
 * @param {NodeJS.ProcessEnv} env
 * @returns {import("express").RequestHandler}
 */
function metricsEndpoint(ops, env) {
  const config = ops.readConfig(env);
  return async (req, res, next) => {
    const token = config.SIKILIZA_METRICS_TOKEN;
    if (!token) return next();
    if (!carriesToken(req.headers.authorization, token))
      return res.status(401).set("WWW-Authenticate", 'Bearer realm="metrics"').type("text/plain").send("Unauthorized");
    try {
      const { contentType, body } = await ops.metricsText(config);
      res.status(200).type(contentType).send(body);
    } catch (error) {
      next(error);
    }
  };
}

/**
 * What every loader and action is given. The CSP nonce is drawn when a page or data answer first reads it, once
 * per request: a form answered with a redirect (every submission) has no document to put it in.
 * @param {string} clientAddress
 * @returns {{ readonly cspNonce: string, clientAddress: string }}
 */
export function loadContext(clientAddress) {
  /** @type {string | undefined} */
  let nonce;
  return {
    get cspNonce() {
      return (nonce ??= crypto.randomBytes(16).toString("base64"));
    },
    clientAddress,
  };
}

/**
 * @param {{ buildPath?: string, env?: NodeJS.ProcessEnv, deliver?: boolean }} [options] deliver: start the outbox
 *   worker in this process (the server start path does; a test's server only when it asks).
 * @returns {Promise<import("express").Express>}
 */
export async function createServer({ buildPath = path.resolve("build/index.js"), env = process.env, deliver = false } = {}) {
  const build = await import(pathToFileURL(buildPath).href);
  const ops = build.entry.module;
  await ops.startup(env);
  if (deliver) ops.startOutboxWorker(env);
  const app = express();
  app.disable("x-powered-by");
  // Nothing here reads req.query (Remix reads the URL itself): no request's query string is parsed twice.
  app.set("query parser", false);
  app.set("trust proxy", trustedProxyHops(env.TRUST_PROXY));
  app.locals.startOperations = () => ops.startOperations(env);
  app.use(requestLog);
  app.use(requestMetrics(ops, routeTemplates(build.routes)));
  app.use(compression());
  app.use(baselineHeaders);
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y", index: false }));
  app.use(express.static("public", { maxAge: "1h", index: false }));
  // The report's charts: chart.js's own minified build, straight from the installed package (ADR 013).
  app.get("/vendor/chart.umd.min.js", (req, res) => res.sendFile(CHART_JS, { maxAge: "1h" }));
  app.get("/metrics", metricsEndpoint(ops, env));
  app.use(limitBody);
  app.use(checkOrigin);
  app.all(
    "*",
    remixHandler({
      build,
      mode: remixMode(env),
      maxBodyBytes: MAX_BODY_BYTES,
      getLoadContext: (req) => loadContext(req.ip ?? "unknown"),
    }),
  );
  return app;
}

export async function main() {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? "127.0.0.1";
  try {
    const app = await createServer({ deliver: true });
    const operations = app.locals.startOperations();
    const server = app.listen(port, host, () => console.log(`Sikiliza listening on http://${host}:${port}`));
    const stop = () => {
      operations.stop();
      server.close(() => process.exit(0));
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  } catch (error) {
    console.error(`Sikiliza did not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
