import "@remix-run/node";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
  interface AppLoadContext {
    cspNonce: string;
    // Used only for the in-memory login rate limit; never stored (docs/security.md 5.2).
    clientAddress: string;
  }
}
