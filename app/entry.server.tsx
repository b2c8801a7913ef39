// Renders every document with its CSP nonce and the headers docs/security.md 4.4 asks for.
import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleDataRequestFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceContext } from "./components/nonce";
import { RootDataFallback } from "./components/root-data-fallback";
import { loader as rootLoader, type RootData } from "./root";
import { logError } from "./models/platform/log.server";

export { startup, startOperations } from "./startup.server";
// For the HTTP server (app/server/serve.js): metrics and the configuration it reads.
export { metricsText, recordRequest } from "./models/platform/metrics.server";
export { readConfig } from "./models/platform/config.server";
export { startOutboxWorker } from "./models/messages/worker.server";

const ABORT_DELAY = 5_000;

export function securityHeaders(headers: Headers, nonce: string) {
  headers.set(
    "Content-Security-Policy",
    [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      `style-src 'self' 'nonce-${nonce}'`,
      "img-src 'self' data:",
      "connect-src 'self'",
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join("; "),
  );
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "no-referrer");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Permissions-Policy", "geolocation=(), camera=(), microphone=()");
  // Pages can hold stories and names: never keep them in a shared or back-button cache.
  headers.set("Cache-Control", "no-store");
}

/**
 * An error page whose boundary is the root gets no root data from Remix (a refused form skips the loaders
 * at and below the boundary; an unknown URL runs none). Loaded here, so every error page speaks the
 * person's language and keeps its header; null when there was root data, or the root loader failed too.
 */
async function rootDataIfSkipped(request: Request, remixContext: EntryContext, loadContext: AppLoadContext): Promise<RootData | null> {
  if (remixContext.staticHandlerContext.loaderData?.root != null) return null;
  try {
    return await rootLoader({ request, params: {}, context: loadContext });
  } catch (error) {
    logError(error);
    return null;
  }
}

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = String(loadContext.cspNonce ?? "");
  const ready = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";
  const fallback = await rootDataIfSkipped(request, remixContext, loadContext);
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RootDataFallback.Provider value={fallback}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </RootDataFallback.Provider>
      </NonceContext.Provider>,
      {
        nonce,
        [ready]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          securityHeaders(responseHeaders, nonce);
          resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) logError(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

export const handleDataRequest: HandleDataRequestFunction = (response, { context }) => {
  securityHeaders(response.headers, String(context.cspNonce ?? ""));
  return response;
};

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  // Expected answers (404, 409, …) are not faults.
  if (error && typeof error === "object" && "status" in error && Number(error.status) < 500) return;
  logError(error);
}
