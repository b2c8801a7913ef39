// The attacker test on the demo (docs/security.md 6.1, ADR 012): the released report as the funder reads it
// and the report in review as the facilitator reads it, exported through their routes as CSV and JSON, then
// solved together. No hidden figure may take one value only; the old exports gave back 49 of 68.
import { asc, eq } from "drizzle-orm";
import { reports, rounds } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { createSession } from "../../app/models/people/sessions.server";
import { attack, rowsFromCsv, rowsFromJson, type PublishedRow } from "../support/disclosure-solver";
import { get } from "../support/route-calls";
import { reportCsv, reportJson } from "./reports-fixture";
import { demoSnapshotReady, useDemoDatabase } from "./setup";

beforeAll(demoSnapshotReady);

async function exported(reportId: number, personId: number): Promise<{ rows: PublishedRow[]; k: number }> {
  const cookie = `sikiliza_session=${createSession(personId)}`;
  const csv = await get(reportCsv, `/reports/${reportId}.csv`, cookie);
  const json = await get(reportJson, `/reports/${reportId}.json`, cookie);
  expect([csv.status, json.status]).toEqual([200, 200]);
  return { rows: [...rowsFromCsv(csv.body), ...rowsFromJson(json.body)], k: (JSON.parse(json.body) as { k: number }).k };
}

it("pins no hidden figure of the demo's reports, read back from their CSV and JSON by the people who may read them", async () => {
  const { demo } = await useDemoDatabase();
  const [released, inReview] = db()
    .select({ id: reports.id, status: reports.status })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(eq(reports.partnershipId, demo.partnershipId))
    .orderBy(asc(rounds.opensAt))
    .all();
  expect([released.status, inReview.status]).toEqual(["released", "review"]);

  const funder = await exported(released.id, demo.people["grace@openhorizons.example"]);
  const result = attack(funder.rows, funder.k);
  expect(result.hiddenFigures).toBeGreaterThan(0);
  expect(result.pinned).toEqual([]);

  // The facilitator (and the INGO) read the report in review with the released one beside it.
  const facilitator = await exported(inReview.id, demo.people["facilitator@sikiliza.example"]);
  const both = attack([...facilitator.rows, ...funder.rows], facilitator.k);
  expect(both.hiddenFigures).toBeGreaterThan(0);
  expect(both.pinned).toEqual([]);
});
