// The demo shows a benchmark: its partnership and six fictional others agreed, so the released report places
// the demo partnership's gaps among theirs, and names none of them (docs/decisions/030).
import { and, eq } from "drizzle-orm";
import { partnerships, reports } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { getPerson } from "../../app/models/people/people.server";
import { readReport } from "../../app/models/joint-report/reports.server";
import { reportCsv } from "../../app/models/joint-report/export.server";
import { optedInPartnershipIds } from "../../app/models/joint-report/benchmark-consent.server";
import { demoSnapshotReady, useDemoDatabase } from "./setup";

beforeAll(demoSnapshotReady);

it("shows the demo's released report among at least five other opted-in partnerships, naming none", async () => {
  const { demo } = await useDemoDatabase();
  expect(optedInPartnershipIds().size).toBeGreaterThanOrEqual(7);
  const released = db()
    .select({ id: reports.id })
    .from(reports)
    .where(and(eq(reports.partnershipId, demo.partnershipId), eq(reports.status, "released")))
    .get()!;
  const read = readReport(getPerson(demo.people["grace@openhorizons.example"])!, released.id);
  const lines = read.report.benchmarks?.lines ?? [];
  expect(lines.filter((line) => line.figure === "gap").length).toBeGreaterThanOrEqual(3);
  for (const line of lines) expect(line.others).toBeGreaterThanOrEqual(5);
  const csv = reportCsv(read);
  expect(csv).toContain("benchmark,gap.percentile");
  const others = db().select({ name: partnerships.name }).from(partnerships).all();
  for (const { name } of others) if (name !== "Nairobi Key Populations Programme") expect(csv).not.toContain(name);
});
