// The demo's released report, as its funder reads it: who decides the budget split in the eyes of the INGO and
// of each community organisation, and "Money" with the budget share the community decides, confirmed.
import { asc, eq } from "drizzle-orm";
import { reports, rounds } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { getPerson } from "../../app/models/people/people.server";
import { readReport } from "../../app/models/joint-report/reports.server";
import { reportFigures } from "../../reports/export-flatten";
import { renderPage } from "../support/render-page";
import { createSession } from "../../app/models/people/sessions.server";
import { reportPage } from "./reports-fixture";
import { demoSnapshotReady, useDemoDatabase } from "./setup";

beforeAll(demoSnapshotReady);

it("shows the funder who decides the budget split in each organisation's eyes, and the budget share Tumaini confirmed beside Money", async () => {
  const { demo } = await useDemoDatabase();
  const grace = getPerson(demo.people["grace@openhorizons.example"])!;
  const [released] = db()
    .select({ id: reports.id, status: reports.status })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .orderBy(asc(rounds.opensAt))
    .all();
  expect(released.status).toBe("released");
  const { report } = readReport(grace, released.id);

  const budget = report.decisions!.topics.find((t) => t.topic === "budget")!;
  expect(budget.views.map((v) => [v.organisation, v.actual, v.desired])).toEqual([
    ["Global Health Partners", "ingo_consulting", "together"],
    ["Pamoja Harm Reduction Network", "ingo_alone", "together"],
    ["Tumaini Men's Collective", "ingo_alone", "community_consulting"],
  ]);
  expect(budget.gaps.map((g) => [g.organisation, g.gap])).toEqual([
    ["Pamoja Harm Reduction Network", 1],
    ["Tumaini Men's Collective", 1],
  ]);

  const money = report.powerFacts!.find((s) => s.dimension === "money")!;
  expect(money.facts.find((f) => f.fact === "budget_share" && f.organisation === "Tumaini Men's Collective")).toMatchObject({
    value: "8",
    status: "confirmed",
  });
  expect(money.facts.find((f) => f.fact === "overhead_rate" && f.organisation === "Tumaini Men's Collective")).toMatchObject({
    status: "disputed",
    communityValue: "4",
  });
  const rows = reportFigures(report);
  expect(rows.some((r) => r.section === "decisions")).toBe(true);
  expect(rows.some((r) => r.section === "power_facts")).toBe(true);

  const { html } = await renderPage(reportPage, `/reports/${released.id}`, `sikiliza_session=${createSession(grace.id)}`);
  expect(html).toContain("Tumaini Men&#x27;s Collective decides 8% of the budget");
  expect(html).toContain("How the budget is split");
});
