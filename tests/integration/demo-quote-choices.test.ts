// The demo's quotes: both coordinators chose some voices and left others, in the released round and the one
// in review, with at least one theme quote; and otieno, wanjiru and grace read the very same quotes.
import { and, asc, eq, inArray } from "drizzle-orm";
import { narratives, quoteChoices, reports, rounds, stories } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { getPerson } from "../../app/models/people/people.server";
import { reportPageFor } from "../../app/models/joint-report/page.server";
import { demoSnapshotReady, useDemoDatabase } from "./setup";

beforeAll(demoSnapshotReady);

const quoteSectionsOf = (data: ReturnType<typeof reportPageFor>) => ({
  headline: data.report.headline.map((entry) => [entry.dimension, entry.quote]),
  perDimension: data.report.perDimension.map((section) => [section.dimension, section.quotes]),
  themes: data.report.themes.map((theme) => [theme.name, theme.stories, theme.quotes]),
});

it("has quotes both coordinators chose (and voices they did not) in both reports, read alike by every reviewer", async () => {
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

  for (const row of rows)
    for (const org of [demo.orgs.tumaini, demo.orgs.pamoja]) {
      const voices = [
        ...db()
          .select({ putForward: stories.putForward })
          .from(stories)
          .where(and(eq(stories.roundId, row.roundId), eq(stories.organisationId, org), eq(stories.scope, "report")))
          .all(),
        ...db()
          .select({ putForward: narratives.putForward })
          .from(narratives)
          .where(and(eq(narratives.roundId, row.roundId), eq(narratives.organisationId, org), inArray(narratives.scope, ["report"])))
          .all(),
      ];
      expect(voices.some((v) => v.putForward)).toBe(true);
      expect(voices.some((v) => !v.putForward)).toBe(true);
      const chosen = db()
        .select()
        .from(quoteChoices)
        .where(and(eq(quoteChoices.roundId, row.roundId), eq(quoteChoices.organisationId, org)))
        .all();
      expect(chosen.length).toBeGreaterThan(0);
    }
  expect(db().select().from(quoteChoices).where(eq(quoteChoices.section, "theme")).all().length).toBeGreaterThan(0);

  const [released, inReview] = rows;
  const grace = quoteSectionsOf(reportPageFor(person("grace@openhorizons.example"), released.id));
  expect(JSON.stringify(grace.themes)).toContain('"none":false');
  for (const email of ["otieno@tumaini.example", "wanjiru@pamoja.example", "sanne@ghp.example"])
    expect(quoteSectionsOf(reportPageFor(person(email), released.id)), email).toEqual(grace);
  const otieno = quoteSectionsOf(reportPageFor(person("otieno@tumaini.example"), inReview.id));
  expect(otieno.perDimension.some(([, quotes]) => !(quotes as { none: boolean }).none)).toBe(true);
  expect(quoteSectionsOf(reportPageFor(person("wanjiru@pamoja.example"), inReview.id))).toEqual(otieno);
});
