// The community's themes in the joint report: stories per theme, counted over shared stories only and
// hidden under the partnership's k, with the quotes the community chose for each theme — the same on the
// page, in the CSV and in the JSON export.
import { parse } from "csv-parse/sync";
import { attachTheme, createTheme } from "../../app/models/stories/themes.server";
import { reportingAlliance, type ReportingAlliance } from "../support/reporting-alliance";
import { bodies, everyView, makeReport, tellStory } from "./reports-fixture";
import { choose } from "./quote-choices-support";
import { pub } from "../support/public-ids";

function theme(world: ReportingAlliance, name: string) {
  const made = createTheme(world.people.coordTumaini.person(), world.partnershipId, name);
  if (!made.ok) throw new Error("theme refused");
  return made.themeId;
}

function tagged(world: ReportingAlliance, themeId: number, count: number, scope: "community" | "partners" | "report", marker: string) {
  return Array.from({ length: count }, (_, i) => {
    const id = tellStory(world, `${marker}-${i}`, scope, { dimensions: ["money"], chosen: false });
    expect(attachTheme(world.people.coordTumaini.person(), id, themeId)).toBe(true);
    return id;
  });
}

type ThemeLine = { name: string; stories: unknown; quotes: { none: boolean; quotes?: { text: string }[] } };

describe("themes in the report", () => {
  it("count shared stories only, hide counts under k, and carry the quotes chosen for each theme", async () => {
    const world = reportingAlliance(); // k = 5
    const small = theme(world, "Safe workplaces");
    const big = theme(world, "Working together");
    theme(world, "Nothing this round");
    const [quoted] = tagged(world, small, 2, "report", "SMALL-THEME-STORY");
    tagged(world, big, 3, "partners", "BIG-PARTNERS");
    tagged(world, big, 2, "report", "BIG-REPORT");
    // Community-scope stories were shared with no one outside the organisation: they are not counted.
    tagged(world, big, 4, "community", "BIG-COMMUNITY");
    tagged(world, small, 2, "community", "SMALL-COMMUNITY");
    const reportId = makeReport(world, "draft");
    expect((await choose(reportId, world.people.coordTumaini.cookie, `story:${pub(quoted)}`, `theme:${small}`)).status).toBe(302);

    const views = await everyView(reportId, world.people.ingo.cookie);
    const themes = (views.page.data as { report: { themes: ThemeLine[] } }).report.themes;
    expect(themes.map((t) => [t.name, t.stories])).toEqual([
      ["Working together", 5],
      ["Safe workplaces", expect.objectContaining({ suppressed: true, k: 5 })],
    ]);
    expect(themes[0].quotes).toEqual({ none: true });
    expect(themes[1].quotes.quotes!.map((q) => q.text)).toEqual(["SMALL-THEME-STORY-0"]);

    const rows = parse(views.csv.body, { columns: true, bom: true }) as Record<string, string>[];
    const themeRows = rows.filter((r) => r.section === "themes");
    expect(themeRows).toContainEqual(
      expect.objectContaining({ figure: "stories", dimension: "theme: Working together", value: "5", n: "5" }),
    );
    expect(themeRows).toContainEqual(
      expect.objectContaining({ figure: "stories", dimension: "theme: Safe workplaces", value: "", n: "", suppressed: "true" }),
    );
    expect(themeRows).toContainEqual(
      expect.objectContaining({ figure: "quote", dimension: "theme: Safe workplaces", value: "SMALL-THEME-STORY-0" }),
    );
    expect(Object.keys(rows[0])).toEqual(["section", "figure", "dimension", "organisation", "round", "value", "n", "suppressed", "note"]);
    const json = JSON.parse(views.json.body) as { figures: Record<string, unknown>[] };
    expect(json.figures).toContainEqual(expect.objectContaining({ section: "themes", figure: "stories", value: 5 }));
    for (const body of bodies(views)) {
      expect(body).not.toContain("Nothing this round");
      expect(body).not.toContain("COMMUNITY-");
    }
  });
});
