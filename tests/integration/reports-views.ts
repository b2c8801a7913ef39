// The three ways a person reads one report — the page's loader JSON, the CSV and the JSON export — for
// tests that must hold the same rule on all three.
import { eq } from "drizzle-orm";
import { reports } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { createReport } from "../../app/models/joint-report/reports.server";
import * as page from "../../app/routes/reports.$reportId";
import * as csv from "../../app/routes/reports.$reportId[.csv]";
import * as json from "../../app/routes/reports.$reportId[.json]";
import { get, run, type World } from "./reports-fixture";

export const context = { cspNonce: "", clientAddress: "127.0.0.1" };

export function makeReport(world: World, status: "draft" | "review" | "released" = "draft") {
  const created = createReport(world.people.facilitator, world.rounds.second);
  if (!created.ok) throw new Error("report not created");
  db().update(reports).set({ status, releasedAt: status === "released" ? new Date().toISOString() : null }).where(eq(reports.id, created.reportId)).run();
  return created.reportId;
}

/** The page's loader JSON, the CSV and the JSON export, as one person gets them. */
export async function everyView(reportId: number, cookie: string) {
  const params = { reportId: String(reportId) };
  return {
    page: await run(() => page.loader({ request: get(`/reports/${reportId}`, cookie), params, context })),
    csv: await run(() => csv.loader({ request: get(`/reports/${reportId}.csv`, cookie), params, context })),
    json: await run(() => json.loader({ request: get(`/reports/${reportId}.json`, cookie), params, context })),
  };
}

export const bodies = (views: Awaited<ReturnType<typeof everyView>>) => [views.page.body, views.csv.body, views.json.body];

