// The report page rendered on the server, as a funder gets it: every string translated in both languages,
// every voice as text (docs/security.md 4.5), and no figure under k printed anywhere in the markup.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { eq } from "drizzle-orm";
import en from "../../app/i18n/catalogues/en.json";
import sw from "../../app/i18n/catalogues/sw.json";
import { reports } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { reportPageFor } from "../../app/models/joint-report/page.server";
import { createReport } from "../../app/models/joint-report/reports.server";
import { I18nContext } from "../../app/i18n/context";
import { ReportPage, type ReportPageData } from "../../app/components/joint-report/page";
import { reportingAlliance, type ReportingAlliance } from "../support/reporting-alliance";
import { giveExample, tellStory } from "./reports-fixture";

function releasedPage(world: ReportingAlliance) {
  const created = createReport(world.people.facilitator.person(), world.rounds.second);
  if (!created.ok) throw new Error("no report");
  db()
    .update(reports)
    .set({ status: "released", releasedAt: "2024-08-01T00:00:00.000Z", whatWeLearned: "<b>We</b> learned" })
    .where(eq(reports.id, created.reportId))
    .run();
  return reportPageFor(world.people.funder.person(), created.reportId) as unknown as ReportPageData;
}

const render = (data: ReportPageData, locale: string, messages: Record<string, string>) =>
  renderToString(createElement(I18nContext.Provider, { value: { locale, messages } }, createElement(ReportPage, { data })));

describe("the report page", () => {
  it.each([
    ["en", en],
    ["sw", sw],
  ] as const)("has every string translated in %s", (locale, messages) => {
    const world = reportingAlliance();
    tellStory(world, "Sauti yetu", "report", { dimensions: ["trust"] });
    const html = render(releasedPage(world), locale, messages);
    // A missing key shows itself (report.something), so none may appear.
    expect(html.match(/\b(report|org|instrument)\.[a-z_]+(\.[a-z_0-9-]+)*/g) ?? []).toEqual([]);
    for (const section of ["who-answered", "headline", "dimensions", "listening", "actions", "network", "readings"])
      expect(html).toContain(`id="${section}"`);
  });

  it("renders narratives, readings and names as text, never as markup", () => {
    const world = reportingAlliance();
    giveExample(world, `<script>alert("x")</script><img src=x onerror=alert(1)>`, "report", "money");
    const html = render(releasedPage(world), "en", en);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(html).toContain("&lt;b&gt;We&lt;/b&gt; learned");
  });

  it("prints no figure that rests on fewer than k answers", () => {
    const world = reportingAlliance({ communityRespondents: 3 });
    const data = releasedPage(world);
    const html = render(data, "en", en);
    expect(html).toContain(en["report.figure.hidden"]);
    // The community means of three people would be 1.67, 2.00 or 2.33 with this fixture: none is printed.
    for (const mean of ["1.67", "2.33"]) expect(html).not.toContain(`>${mean}<`);
    expect(JSON.stringify(data)).not.toMatch(/"mean":(1\.6|2\.3)/);
  });
});
