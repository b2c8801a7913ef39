// Which voices a report quotes, in which order, with which attribution — and what it says when there is none.
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { stories } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { seal } from "../../app/models/platform/sealed-fields.server";
import { reportingAlliance } from "../support/reporting-alliance";
import { everyView, makeReport, tellStory } from "./reports-fixture";

describe("quotes", () => {
  it("come put forward first, with the attribution each teller chose, and no row id reaches the page", async () => {
    const world = reportingAlliance();
    const anonymous = tellStory(world, "ANONYMOUS-VOICE", "report", { dimensions: ["money"] });
    const signed = tellStory(world, "SIGNED-VOICE", "report", { dimensions: ["money"] });
    const byOrganisation = tellStory(world, "ORGANISATION-VOICE", "report", { dimensions: ["money"], putForward: true });
    db()
      .update(stories)
      .set({ attribution: "name", signedNameEnc: seal({ table: "stories", column: "signed_name" }, signed, "Baraka T.") })
      .where(eq(stories.id, signed))
      .run();
    db().update(stories).set({ attribution: "organisation" }).where(eq(stories.id, byOrganisation)).run();
    const reportId = makeReport(world, "released");
    const views = await everyView(reportId, world.people.funder.cookie);
    const money = (
      views.page.data as {
        report: {
          perDimension: {
            dimension: string;
            quotes: { none: boolean; quotes: { id: string; text: string; attribution: string | null }[] };
          }[];
        };
      }
    ).report.perDimension.find((d) => d.dimension === "money")!;
    expect(money.quotes.quotes.map((q) => [q.text, q.attribution])).toEqual([
      ["ORGANISATION-VOICE", "Tumaini Collective"],
      expect.anything(),
      expect.anything(),
    ]);
    expect(money.quotes.quotes).toContainEqual(expect.objectContaining({ text: "SIGNED-VOICE", attribution: "Baraka T." }));
    expect(money.quotes.quotes).toContainEqual(expect.objectContaining({ text: "ANONYMOUS-VOICE", attribution: null }));
    for (const quote of money.quotes.quotes) expect(quote.id).toMatch(/^q\d+$/);
    expect(views.page.body).not.toContain(`story:${anonymous}`);
    const rows = parse(views.csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toContainEqual(
      expect.objectContaining({ section: "quotes", dimension: "money", value: "SIGNED-VOICE", note: "language: sw; by Baraka T." }),
    );
  });

  it("say plainly when a dimension has no voice", async () => {
    const world = reportingAlliance();
    const reportId = makeReport(world, "released");
    const views = await everyView(reportId, world.people.funder.cookie);
    const sections = (views.page.data as { report: { perDimension: { quotes: { none: boolean } }[] } }).report.perDimension;
    expect(sections.every((section) => section.quotes.none)).toBe(true);
    const rows = parse(views.csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(
      rows.filter((r) => r.section === "quotes" && r.figure === "quote" && r.note === "no consented voice for this dimension"),
    ).toHaveLength(11);
  });
});
