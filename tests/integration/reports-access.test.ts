// Who sees a joint report, and which voices and figures in it, through the routes themselves: the page's
// loader JSON, the CSV and the JSON export must hold the same rules (docs/security.md 1.1, 1.2, 1.8, 6.1, 6.3).
import { parse } from "csv-parse/sync";
import { withdrawStory } from "../../app/models/stories/withdrawal.server";
import * as list from "../../app/routes/partnerships.$partnershipId.reports";
import { reportingAlliance } from "../support/reporting-alliance";
import { get, route } from "../support/route-calls";
import { bodies, everyView, makeReport, plantMarkers, reportCsv, reportJson, tellStory } from "./reports-fixture";

const REPORTS = route(list, "/partnerships/:partnershipId/reports");

describe("a funder", () => {
  it.each(["draft", "review"] as const)(
    "gets the same 404 as for a missing report while the report is in %s, on the page and both exports",
    async (status) => {
      const world = reportingAlliance();
      const reportId = makeReport(world, status);
      const cookie = world.people.funder.cookie;
      const views = await everyView(reportId, cookie);
      const missing = await everyView(reportId + 100, cookie);
      for (const [name, outcome] of Object.entries(views)) {
        expect(outcome.status, name).toBe(404);
        expect(outcome.body).toBe(missing[name as keyof typeof missing].body);
      }
    },
  );

  it("reads a released report with report-scope quotes only, never a story or example below that scope", async () => {
    const world = reportingAlliance();
    plantMarkers(world);
    const reportId = makeReport(world, "released");
    const views = await everyView(reportId, world.people.funder.cookie);
    expect([views.page.status, views.csv.status, views.json.status]).toEqual([200, 200, 200]);
    for (const body of bodies(views)) {
      expect(body).toContain("MARKER-STORY-REPORT");
      expect(body).toContain("MARKER-EXAMPLE-REPORT");
      for (const marker of ["MARKER-STORY-COMMUNITY", "MARKER-STORY-PARTNERS", "MARKER-EXAMPLE-COMMUNITY", "MARKER-EXAMPLE-PARTNERS"])
        expect(body).not.toContain(marker);
    }
    // Nothing about the review reaches a funder: no comments, no forms.
    expect(views.page.data).toMatchObject({ review: null, forms: null, quotesWithheld: false });
  });

  it("sees no figure resting on fewer than k answers: with 3 community respondents the community means are hidden everywhere", async () => {
    const world = reportingAlliance({ communityRespondents: 3 });
    const reportId = makeReport(world, "released");
    const views = await everyView(reportId, world.people.funder.cookie);
    const data = views.page.data as {
      report: { k: number; perDimension: { gap: { community: { mean: unknown; n: unknown }; gap: unknown } }[] };
    };
    expect(data.report.k).toBe(5);
    for (const section of data.report.perDimension) {
      expect(section.gap.community.mean).toMatchObject({ suppressed: true, k: 5 });
      expect(section.gap.community.n).toMatchObject({ suppressed: true });
      expect(section.gap.gap).toMatchObject({ suppressed: true });
    }
    const rows = parse(views.csv.body, { columns: true, bom: true }) as Record<string, string>[];
    const jsonRows = (JSON.parse(views.json.body) as { figures: Record<string, unknown>[] }).figures;
    for (const figure of ["community.mean", "community.n", "gap"]) {
      const csvRows = rows.filter((r) => r.section === "per_dimension" && r.figure === figure);
      expect(csvRows).toHaveLength(11);
      // One note for every hidden figure: "fewer than 5" would tell a solver which cells are small (ADR 012).
      for (const row of csvRows) expect(row).toMatchObject({ value: "", suppressed: "true", note: "hidden (small numbers, k = 5)" });
      const fromJson = jsonRows.filter((r) => r.section === "per_dimension" && r.figure === figure);
      for (const row of fromJson) expect(row).toMatchObject({ value: "", suppressed: true });
    }
    // The INGO's five answers are enough to show.
    expect(rows.find((r) => r.figure === "ingo_self.mean")).toMatchObject({ value: "5", suppressed: "false" });
  });

  it("finds no unreleased report in the partnership's list of reports", async () => {
    const world = reportingAlliance();
    makeReport(world, "review");
    const outcome = await get(REPORTS, `/partnerships/${world.partnershipId}/reports`, world.people.funder.cookie);
    expect(outcome.status).toBe(200);
    expect((outcome.data as { rounds: unknown[] }).rounds).toEqual([]);
  });
});

describe("INGO staff", () => {
  it.each(["draft", "review", "released"] as const)(
    "see no community-only story or example in a %s report or its exports",
    async (status) => {
      const world = reportingAlliance();
      plantMarkers(world);
      const reportId = makeReport(world, status);
      const views = await everyView(reportId, world.people.ingo.cookie);
      for (const body of bodies(views)) {
        expect(body).toContain("MARKER-STORY-REPORT");
        expect(body).not.toContain("MARKER-STORY-COMMUNITY");
        expect(body).not.toContain("MARKER-EXAMPLE-COMMUNITY");
        // A partners-scope voice is read in the inbox; only `report` consent makes it a quote.
        expect(body).not.toContain("MARKER-STORY-PARTNERS");
      }
    },
  );
});

describe("a withdrawn story", () => {
  it("leaves the report and both exports at once", async () => {
    const world = reportingAlliance();
    const storyId = tellStory(world, "MARKER-WITHDRAWN-SOON", "report", { putForward: true });
    const reportId = makeReport(world, "released");
    const cookie = world.people.funder.cookie;
    for (const body of bodies(await everyView(reportId, cookie))) expect(body).toContain("MARKER-WITHDRAWN-SOON");
    expect(withdrawStory(storyId)).toBe(true);
    for (const body of bodies(await everyView(reportId, cookie))) expect(body).not.toContain("MARKER-WITHDRAWN-SOON");
  });
});

describe("other readers", () => {
  it("a facilitator sees the figures and the status but no quote at all", async () => {
    const world = reportingAlliance();
    plantMarkers(world);
    const reportId = makeReport(world, "review");
    const views = await everyView(reportId, world.people.facilitator.cookie);
    expect(views.page.status).toBe(200);
    expect(views.page.data).toMatchObject({ quotesWithheld: true, meta: { status: "review" } });
    for (const body of bodies(views)) expect(body).not.toContain("MARKER-");
  });

  it("a coordinator of another partnership gets the same 404 as for a missing report", async () => {
    const world = reportingAlliance();
    const reportId = makeReport(world, "released");
    const cookie = world.people.outsider.cookie;
    const views = await everyView(reportId, cookie);
    for (const outcome of Object.values(views)) expect(outcome.status).toBe(404);
  });

  it("a malformed id is a 404, never an error", async () => {
    const world = reportingAlliance();
    const cookie = world.people.ingo.cookie;
    for (const id of ["abc", "1e3", "-1", "007", "9999999999999999"]) {
      const outcome = await get(reportCsv, `/reports/${id}.csv`, cookie);
      expect(outcome.status).toBe(404);
    }
  });

  it("a community member sees their own report-scope example but not the coordinators' review forms", async () => {
    const world = reportingAlliance();
    plantMarkers(world);
    const reportId = makeReport(world, "review");
    const views = await everyView(reportId, world.people.memberTumaini.cookie);
    expect(views.page.body).toContain("MARKER-EXAMPLE-REPORT");
    expect(views.page.data).toMatchObject({ forms: { readings: [], whatWeLearned: null, mayRelease: false } });
  });
});

describe("exports", () => {
  it("are downloads that are never cached", async () => {
    const world = reportingAlliance();
    const reportId = makeReport(world, "released");
    const cookie = world.people.funder.cookie;
    for (const [view, ext, type] of [
      [reportCsv, "csv", "text/csv"],
      [reportJson, "json", "application/json"],
    ] as const) {
      const response = await get(view, `/reports/${reportId}.${ext}`, cookie);
      expect(response.headers.get("Content-Type")).toContain(type);
      expect(response.headers.get("Content-Disposition")).toBe(`attachment; filename="sikiliza-report-${reportId}.${ext}"`);
      expect(response.headers.get("Cache-Control")).toBe("no-store");
    }
  });
});
