// Which voices a report quotes — only those a coordinator of the teller's own organisation chose, in their
// order — with which attribution, what it says when there is none, and that every reader of the report
// (both coordinators, the INGO, and the funder once released) reads the same quotes (docs/decisions/016).
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { narratives, stories } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { seal } from "../../app/models/platform/sealed-fields.server";
import { coordinatedOrganisation, setPutForward } from "../../app/models/stories/coordination.server";
import { reportingAlliance } from "../support/reporting-alliance";
import { everyView, giveExample, makeReport, tellStory, bodies } from "./reports-fixture";
import { act, choiceRows, choose, quoteSections, quotedUnder, releaseStraight } from "./quote-choices-support";
import { pub, examplePub } from "../support/public-ids";

describe("quotes", () => {
  it("come in the order the coordinators chose, organisations taking turns, with the attribution each teller chose", async () => {
    const world = reportingAlliance();
    const anonymous = tellStory(world, "ANONYMOUS-VOICE", "report", { dimensions: ["money"], chosen: false });
    const signed = tellStory(world, "SIGNED-VOICE", "report", { dimensions: ["money"], chosen: false });
    const byOrganisation = tellStory(world, "ORGANISATION-VOICE", "report", { dimensions: ["money"], chosen: false });
    const pamoja = tellStory(world, "PAMOJA-VOICE", "report", { dimensions: ["money"], chosen: false, organisationId: world.orgs.pamoja });
    db()
      .update(stories)
      .set({ attribution: "name", signedNameEnc: seal({ table: "stories", column: "signed_name" }, signed, "Baraka T.") })
      .where(eq(stories.id, signed))
      .run();
    db().update(stories).set({ attribution: "organisation" }).where(eq(stories.id, byOrganisation)).run();
    const reportId = makeReport(world, "draft");
    const tumaini = world.people.coordTumaini.cookie;
    for (const id of [anonymous, signed, byOrganisation])
      expect((await choose(reportId, tumaini, `story:${pub(id)}`, "dimension:money")).status).toBe(302);
    expect((await choose(reportId, world.people.coordPamoja.cookie, `story:${pub(pamoja)}`, "dimension:money")).status).toBe(302);
    // Tumaini moves its third choice up to first: the page's order is the coordinator's.
    const third = choiceRows().find((row) => row.storyId === byOrganisation)!;
    expect((await act(reportId, tumaini, "up", third.id)).status).toBe(302);
    expect((await act(reportId, tumaini, "up", third.id)).status).toBe(302);
    // A fourth choice under the same dimension is refused with a message naming the field.
    const fourth = tellStory(world, "ONE-TOO-MANY", "report", { dimensions: ["money"], chosen: false });
    const refused = await choose(reportId, tumaini, `story:${pub(fourth)}`, "dimension:money");
    expect(refused).toMatchObject({ status: 400, data: { errors: { section: "quotes.error.full" } } });

    const views = await everyView(reportId, world.people.ingo.cookie);
    const money = (
      views.page.data as {
        report: { perDimension: { dimension: string; quotes: { quotes: { id: string; text: string; attribution: string | null }[] } }[] };
      }
    ).report.perDimension.find((d) => d.dimension === "money")!;
    // Each organisation's first (by name: Pamoja, then Tumaini), then Tumaini's second and third.
    expect(money.quotes.quotes.map((q) => [q.text, q.attribution])).toEqual([
      ["PAMOJA-VOICE", null],
      ["ORGANISATION-VOICE", "Tumaini Collective"],
      ["ANONYMOUS-VOICE", null],
      ["SIGNED-VOICE", "Baraka T."],
    ]);
    for (const quote of money.quotes.quotes) expect(quote.id).toMatch(/^q\d+$/);
    // docs/security.md 1.9: the frozen version names quotes by row ("story:12") inside; no reader gets either name.
    for (const body of bodies(views))
      for (const name of [`story:${anonymous}`, `story:${pub(anonymous)}`, pub(anonymous)]) expect(body).not.toContain(name);
    for (const body of bodies(views)) expect(body).not.toContain("ONE-TOO-MANY");
    const rows = parse(views.csv.body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows).toContainEqual(
      expect.objectContaining({ section: "quotes", dimension: "money", value: "SIGNED-VOICE", note: "language: sw; by Baraka T." }),
    );
  });

  it("never quotes a story or example nobody chose, or one a coordinator took back — here or on the story page", async () => {
    const world = reportingAlliance();
    tellStory(world, "NEVER-CHOSEN-STORY", "report", { dimensions: ["trust"], chosen: false });
    giveExample(world, "NEVER-CHOSEN-EXAMPLE", "report", "trust", false);
    // Put forward in the old way, on metadata alone, but chosen for no section: still no quote.
    db().update(stories).set({ putForward: true }).run();
    db().update(narratives).set({ putForward: true }).run();
    const takenBack = tellStory(world, "TAKEN-BACK-HERE", "report", { dimensions: ["trust"], chosen: false });
    const example = giveExample(world, "TAKEN-BACK-EXAMPLE", "report", "trust", false);
    const onStoryPage = tellStory(world, "TAKEN-BACK-ON-STORY-PAGE", "report", { dimensions: ["trust"], chosen: false });
    const reportId = makeReport(world, "draft");
    const cookie = world.people.coordTumaini.cookie;
    for (const voice of [`story:${pub(takenBack)}`, `example:${examplePub(example)}`, `story:${pub(onStoryPage)}`])
      expect((await choose(reportId, cookie, voice, "dimension:trust")).status).toBe(302);
    expect(await quotedUnder(reportId, world.people.ingo.cookie, "trust")).toEqual([
      "TAKEN-BACK-HERE",
      "TAKEN-BACK-EXAMPLE",
      "TAKEN-BACK-ON-STORY-PAGE",
    ]);
    for (const voice of [{ storyId: takenBack }, { narrativeId: example }]) {
      const row = choiceRows().find(
        (r) =>
          (r.storyId ?? null) === ("storyId" in voice ? voice.storyId : null) &&
          (r.narrativeId ?? null) === ("narrativeId" in voice ? voice.narrativeId : null),
      )!;
      expect((await act(reportId, cookie, "take_back", row.id)).status).toBe(302);
    }
    const organisation = coordinatedOrganisation(world.people.coordTumaini.person(), world.orgs.tumaini)!;
    expect(setPutForward(world.people.coordTumaini.person(), organisation, onStoryPage, false)).toEqual({ ok: true });
    // Taken back from its last section, a voice is no longer put forward.
    expect(db().select({ putForward: stories.putForward }).from(stories).where(eq(stories.id, takenBack)).get()).toEqual({
      putForward: false,
    });
    expect(db().select({ putForward: narratives.putForward }).from(narratives).where(eq(narratives.id, example)).get()).toEqual({
      putForward: false,
    });
    expect(choiceRows()).toEqual([]);
    for (const cookieOf of [world.people.ingo.cookie, world.people.coordTumaini.cookie])
      for (const body of bodies(await everyView(reportId, cookieOf)))
        for (const marker of ["NEVER-CHOSEN", "TAKEN-BACK"]) expect(body).not.toContain(marker);
    expect(await quotedUnder(reportId, world.people.ingo.cookie, "trust")).toEqual([]);
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

describe("one report for every reviewer", () => {
  it("gives both coordinators, the INGO and — once released — the funder the very same quotes", async () => {
    const world = reportingAlliance();
    tellStory(world, "TUMAINI-MONEY", "report", { dimensions: ["money"] });
    tellStory(world, "PAMOJA-MONEY", "report", { dimensions: ["money", "trust"], organisationId: world.orgs.pamoja });
    giveExample(world, "TUMAINI-EXAMPLE", "report", "decisions");
    const reportId = makeReport(world, "review");
    const tumaini = await quoteSections(reportId, world.people.coordTumaini.cookie);
    const pamoja = await quoteSections(reportId, world.people.coordPamoja.cookie);
    const ingo = await quoteSections(reportId, world.people.ingo.cookie);
    // Tumaini's coordinator reads Pamoja's quote, and Pamoja's reads Tumaini's: before, each saw only their own.
    expect(JSON.stringify(tumaini)).toContain("PAMOJA-MONEY");
    expect(JSON.stringify(pamoja)).toContain("TUMAINI-MONEY");
    expect(JSON.stringify(pamoja)).toContain("TUMAINI-EXAMPLE");
    expect(pamoja).toEqual(tumaini);
    expect(ingo).toEqual(tumaini);
    releaseStraight(reportId);
    expect(await quoteSections(reportId, world.people.funder.cookie)).toEqual(tumaini);
    expect(await quoteSections(reportId, world.people.coordPamoja.cookie)).toEqual(tumaini);
  });
});
