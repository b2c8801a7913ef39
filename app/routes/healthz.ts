import { databaseIsHealthy } from "~/models/platform/health.server";

export function loader() {
  const ok = databaseIsHealthy();
  return Response.json({ status: ok ? "ok" : "unavailable" }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
