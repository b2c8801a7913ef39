// The demo's joint reports: one released for the first past round, which the demo funder reads with both
// community readings and what the INGO learned; one in community review for the second, which she cannot open.
import { asc, eq, inArray } from "drizzle-orm";
import { narratives, reports, rounds, stories } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { getPerson } from "../../app/models/people/people.server";
import { readReport, reportsForHome } from "../../app/models/joint-report/reports.server";
import { open } from "../../app/models/platform/sealed-fields.server";
import { demoSnapshotReady, useDemoDatabase } from "./setup";

beforeAll(demoSnapshotReady);

it("has a released report Grace reads, with report-scope quotes only, and one in review waiting for both coordinators", async () => {
  const { demo } = await useDemoDatabase();
  const person = (email: string) => getPerson(demo.people[email])!;
  const rows = db()
    .select({ id: reports.id, status: reports.status, roundId: reports.roundId })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .where(eq(reports.partnershipId, demo.partnershipId))
    .orderBy(asc(rounds.opensAt))
    .all();
  expect(rows.map((r) => r.status)).toEqual(["released", "review"]);
  const [released, inReview] = rows;

  const { report } = readReport(person("grace@openhorizons.example"), released.id);
  expect(report.texts.ourReadings.map((r) => r.organisationName).sort()).toEqual([
    "Pamoja Harm Reduction Network",
    "Tumaini Men's Collective",
  ]);
  expect(report.texts.whatWeLearned).toBeTruthy();
  const quoted = report.perDimension.flatMap((section) => (section.quotes.none ? [] : section.quotes.quotes.map((q) => q.text)));
  expect(quoted.length).toBeGreaterThan(0);
  // Every quoted text is a story or example whose teller chose `report`.
  const reportScoped = new Set([
    ...db()
      .select({ id: stories.id, textEnc: stories.textEnc })
      .from(stories)
      .where(eq(stories.scope, "report"))
      .all()
      .map((s) => open({ table: "stories", column: "text" }, s.id, s.textEnc)),
    ...db()
      .select({ id: narratives.id, textEnc: narratives.textEnc })
      .from(narratives)
      .where(inArray(narratives.scope, ["report"]))
      .all()
      .map((n) => open({ table: "narratives", column: "text" }, n.id, n.textEnc)),
  ]);
  for (const text of quoted) expect(reportScoped.has(text)).toBe(true);
  // The network section carries the demo's examples on ties, with report consent (docs/decisions/029).
  const onTies = (report.tieStories ?? []).flatMap((line) => line.stories.map((q) => q.text));
  expect(onTies.length).toBeGreaterThan(0);
  for (const text of onTies) expect(reportScoped.has(text)).toBe(true);
  expect(report.storyPatterns?.stories).toEqual(expect.any(Number));

  expect(() => readReport(person("grace@openhorizons.example"), inReview.id)).toThrow();
  expect(reportsForHome(person("otieno@tumaini.example"))).toContainEqual(expect.objectContaining({ id: inReview.id, waiting: "review" }));
  expect(reportsForHome(person("wanjiru@pamoja.example"))).toContainEqual(expect.objectContaining({ id: inReview.id, waiting: "review" }));
  expect(reportsForHome(person("grace@openhorizons.example"))).toEqual([expect.objectContaining({ id: released.id, waiting: "read" })]);
});
