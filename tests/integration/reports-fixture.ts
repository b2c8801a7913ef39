// What the joint-report tests put into the reporting alliance (tests/support/reporting-alliance.ts) and read
// back: stories and examples in every consent scope, each carrying a marker string a test can look for; a
// report in a given status; and the three ways a person reads it — the page's loader JSON, the CSV and the
// JSON export — for rules that must hold on all three.
import { eq } from "drizzle-orm";
import { narratives, quoteChoices, reports, stories } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { currentVersion } from "../../app/models/rounds/instruments.server";
import { seal } from "../../app/models/platform/sealed-fields.server";
import { createReport } from "../../app/models/joint-report/reports.server";
import { getReportRow } from "../../app/models/joint-report/access.server";
import { freezeVersion } from "../../app/models/joint-report/versions.server";
import * as page from "../../app/routes/reports.$reportId";
import * as csv from "../../app/routes/reports.$reportId[.csv]";
import * as json from "../../app/routes/reports.$reportId[.json]";
import type { ReportingAlliance } from "../support/reporting-alliance";
import { get, route } from "../support/route-calls";

const SCOPES = ["community", "partners", "report"] as const;
type Scope = (typeof SCOPES)[number];

export const reportPage = route(page, "/reports/:reportId");
export const reportCsv = route(csv, "/reports/:reportId.csv");
export const reportJson = route(json, "/reports/:reportId.json");

/**
 * A choice row as a coordinator's choosing leaves it, written straight into quote_choices — for every scope,
 * so tests also prove that a row for a voice below `report` consent is never quoted.
 */
export function chooseDirectly(
  world: ReportingAlliance,
  voice: { storyId: number } | { narrativeId: number },
  sectionKey: string,
  { organisationId = world.orgs.tumaini, section = "dimension" as "dimension" | "theme" } = {},
) {
  const taken = db().select({ id: quoteChoices.id }).from(quoteChoices).where(eq(quoteChoices.sectionKey, sectionKey)).all().length;
  db()
    .insert(quoteChoices)
    .values({ roundId: world.rounds.second, organisationId, section, sectionKey, position: taken + 1, ...voice })
    .run();
}

/**
 * A story of the Tumaini member in the second round, sealed as the app seals it; unless `chosen: false`, its
 * organisation's coordinator chose it for each of its dimensions (and so put it forward).
 */
export function tellStory(
  world: ReportingAlliance,
  text: string,
  scope: Scope,
  extra: { dimensions?: string[]; chosen?: boolean; putForward?: boolean; organisationId?: number } = {},
) {
  const id = db()
    .insert(stories)
    .values({
      roundId: world.rounds.second,
      partnershipId: world.partnershipId,
      organisationId: extra.organisationId ?? world.orgs.tumaini,
      personId: world.people.memberTumaini.id,
      version: currentVersion("story"),
      textEnc: "",
      language: "sw",
      dimensions: extra.dimensions ?? ["decisions"],
      scope,
      putForward: extra.putForward ?? (extra.chosen !== false && scope === "report"),
    })
    .returning({ id: stories.id })
    .get().id;
  db()
    .update(stories)
    .set({ textEnc: seal({ table: "stories", column: "text" }, id, text) })
    .where(eq(stories.id, id))
    .run();
  if (extra.chosen !== false)
    for (const dimension of extra.dimensions ?? ["decisions"])
      chooseDirectly(world, { storyId: id }, dimension, { organisationId: extra.organisationId ?? world.orgs.tumaini });
  return id;
}

/** An example given with the Tumaini member's rating of `dimension` in the second round; chosen for it unless `chosen` is false. */
export function giveExample(world: ReportingAlliance, text: string, scope: Scope, dimension = "decisions", chosen = true) {
  const id = db()
    .insert(narratives)
    .values({
      responseId: world.responseIds.get(world.people.memberTumaini.id)!,
      roundId: world.rounds.second,
      organisationId: world.orgs.tumaini,
      question: `${dimension}_example`,
      dimension,
      textEnc: "",
      language: "en",
      scope,
      putForward: chosen && scope === "report",
    })
    .returning({ id: narratives.id })
    .get().id;
  db()
    .update(narratives)
    .set({ textEnc: seal({ table: "narratives", column: "text" }, id, text) })
    .where(eq(narratives.id, id))
    .run();
  if (chosen) chooseDirectly(world, { narrativeId: id }, dimension);
  return id;
}

/** One story and one example in each scope, each with its own marker, each with a choice row (see chooseDirectly). */
export function plantMarkers(world: ReportingAlliance) {
  for (const scope of SCOPES) {
    tellStory(world, `MARKER-STORY-${scope.toUpperCase()} 🙏🏾 tulisikilizwa`, scope);
    giveExample(world, `MARKER-EXAMPLE-${scope.toUpperCase()}`, scope);
  }
}

/**
 * The second round's report, set straight to `status` (the review itself is tested in reports.test.ts). In
 * review or released it is frozen as version 1 first, from what the test planted before this call.
 */
export function makeReport(world: ReportingAlliance, status: "draft" | "review" | "released" = "draft") {
  const created = createReport(world.people.facilitator.person(), world.rounds.second);
  if (!created.ok) throw new Error("report not created");
  const version = status === "draft" ? null : freezeVersion(db(), getReportRow(created.reportId)!, world.people.facilitator.id, new Date());
  db()
    .update(reports)
    .set({
      status,
      releasedAt: status === "released" ? new Date().toISOString() : null,
      releasedVersionId: status === "released" ? version!.id : null,
    })
    .where(eq(reports.id, created.reportId))
    .run();
  return created.reportId;
}

/** The page's loader JSON, the CSV and the JSON export, as one person gets them. */
export async function everyView(reportId: number, cookie: string) {
  return {
    page: await get(reportPage, `/reports/${reportId}`, cookie),
    csv: await get(reportCsv, `/reports/${reportId}.csv`, cookie),
    json: await get(reportJson, `/reports/${reportId}.json`, cookie),
  };
}

export const bodies = (views: Awaited<ReturnType<typeof everyView>>) => [views.page.body, views.csv.body, views.json.body];
