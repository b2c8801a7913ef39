// /metrics in Prometheus text (docs/security.md 5.3): requests by method, route template and status, their
// latency, the process's own figures (memory, event-loop lag), and the state an operator watches — database
// size, age of the last backup, open rounds, and the outbox's queue once an outbox table exists. Labels are
// route templates only (`/inbox/:storyId`), never a path, an id, a token or a query string.
import fs from "node:fs";
import client from "prom-client";
import { db } from "./context.server";
import { lastBackupAt } from "./housekeeping.server";
import type { Config } from "./config.server";

const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry, prefix: "sikiliza_" });

const requests = new client.Counter({
  name: "sikiliza_http_requests_total",
  help: "HTTP requests answered, by method, route template and status code.",
  labelNames: ["method", "route", "status"] as const,
  registers: [registry],
});

const latency = new client.Histogram({
  name: "sikiliza_http_request_duration_seconds",
  help: "Time to answer an HTTP request, by method and route template.",
  labelNames: ["method", "route"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** `route` must be a template from the route table (or a fixed word), never a requested path. */
export function recordRequest(method: string, route: string, status: number, seconds: number) {
  const m = METHODS.has(method) ? method : "OTHER";
  requests.inc({ method: m, route, status: String(status) });
  latency.observe({ method: m, route }, seconds);
}

const sqlite = () => db().$client;
/** Seconds since a stored ISO time. */
function ageSeconds(stored: unknown, now: number): number {
  const ms = Date.parse(String(stored));
  return Number.isFinite(ms) ? Math.max(0, (now - ms) / 1000) : 0;
}

/** Messages still to be sent (queued, or being sent under a lease) and how long the oldest has waited. */
export function outboxFigures(now = Date.now()): { waiting: number; oldestAgeSeconds: number } {
  const row = sqlite()
    .prepare(`select count(*) as n, min(created_at) as oldest from outbox where state in ('queued', 'sending')`)
    .get() as { n: number; oldest: unknown };
  return { waiting: row.n, oldestAgeSeconds: row.n > 0 ? ageSeconds(row.oldest, now) : 0 };
}

function fileBytes(file: string) {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

let configured: Config | null = null;

function gauge(name: string, help: string, read: () => number | null) {
  new client.Gauge({
    name,
    help,
    registers: [registry],
    collect() {
      const value = read();
      if (value !== null) this.set(value);
    },
  });
}

gauge("sikiliza_database_bytes", "Size of the database file and its write-ahead log, in bytes.", () =>
  configured ? fileBytes(configured.DATABASE_PATH) + fileBytes(`${configured.DATABASE_PATH}-wal`) : null,
);
gauge("sikiliza_last_backup_age_seconds", "Seconds since the last nightly backup finished; -1 when there is none.", () => {
  if (!configured) return null;
  const last = lastBackupAt(configured);
  return last ? (Date.now() - last.getTime()) / 1000 : -1;
});
gauge(
  "sikiliza_open_rounds",
  "Rounds open for answers now.",
  () => (sqlite().prepare("select count(*) as n from rounds where state = 'open'").get() as { n: number }).n,
);

gauge("sikiliza_outbox_waiting", "Messages in the outbox not yet sent.", () => outboxFigures().waiting);
gauge(
  "sikiliza_outbox_oldest_age_seconds",
  "Age in seconds of the oldest message not yet sent; 0 when none waits.",
  () => outboxFigures().oldestAgeSeconds,
);

export async function metricsText(config: Config): Promise<{ contentType: string; body: string }> {
  configured = config;
  return { contentType: registry.contentType, body: await registry.metrics() };
}
