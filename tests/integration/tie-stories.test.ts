// Stories on collaboration ties (docs/decisions/029, docs/security.md 1.17): the network instrument, once sent,
// offers a link per tie to the ordinary story form; the story is a story (its consent, its withdrawal, the
// INGO's inbox); and the report's network section shows it only to readers its consent names — read back
// from the page, the CSV and the JSON export as each reader gets them, and gone once withdrawn.
import { parse } from "csv-parse/sync";
import { eq } from "drizzle-orm";
import { stories } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { openAnswering, sentView } from "../../app/models/rounds/answer-page.server";
import { withdrawStory } from "../../app/models/stories/withdrawal.server";
import * as newRoute from "../../app/routes/stories.new";
import * as inboxRoute from "../../app/routes/inbox._index";
import * as storiesPageRoute from "../../app/routes/organisations.$organisationId.stories._index";
import { listeningAlliance } from "../support/alliances";
import { reportingAlliance, type ReportingAlliance } from "../support/reporting-alliance";
import { openRound } from "../support/world";
import { get, post, request, route } from "../support/route-calls";
import { bodies, everyView, makeReport, tellStory } from "./reports-fixture";
import { clientId, storyFields, storyIdOf } from "./told-stories";

const tellNew = route(newRoute, "/stories/new");
const inbox = route(inboxRoute, "/inbox");
const organisationStories = route(storiesPageRoute, "/organisations/:organisationId/stories");

const NETWORK = "collaboration-network";

describe("an example on a tie, from the network instrument", () => {
  it("is offered per other organisation once the network is sent, and told as an ordinary story naming the tie", async () => {
    const loop = listeningAlliance();
    const roundId = openRound(loop.partnershipId, {
      instruments: [NETWORK],
      invitees: [
        { personId: loop.people.otieno.id, organisationId: loop.orgs.tumaini, instrument: NETWORK },
        { personId: loop.people.pieter.id, organisationId: loop.orgs.ghp, instrument: NETWORK },
      ],
      opensDaysAgo: 2,
    });
    const path = `/rounds/${roundId}/respond/${NETWORK}`;
    const params = { roundId: String(roundId), instrument: NETWORK };
    const links = sentView(openAnswering(request(path, loop.people.otieno.cookie), params)).tieStories;
    const href = (orgId: number) => `/stories/new?organisation=${loop.orgs.tumaini}&round=${roundId}&tie=${orgId}`;
    expect(links).toEqual([
      { organisationName: "Global Health Partners", href: href(loop.orgs.ghp) },
      { organisationName: "Open Fund", href: href(loop.orgs.funder) },
      { organisationName: "Pamoja Network", href: href(loop.orgs.pamoja) },
    ]);
    // The INGO's coordinator answers the network too, but tells no stories in Sikiliza.
    expect(sentView(openAnswering(request(path, loop.people.pieter.cookie), params)).tieStories).toEqual([]);

    const form = await get(tellNew, href(loop.orgs.ghp), loop.people.otieno.cookie);
    expect(form.data).toMatchObject({ chosen: { tieOrganisationName: "Global Health Partners", action: href(loop.orgs.ghp) } });
    const id = clientId();
    const told = await post(
      tellNew,
      href(loop.orgs.ghp),
      loop.people.otieno.cookie,
      storyFields({ story: "TIE-EXAMPLE we planned the clinic together", consent: "partners", dimensions: ["decisions"], felt: 4 }, id),
    );
    expect(told.data).toEqual({ state: "received", receiptCode: null });
    const row = db()
      .select()
      .from(stories)
      .where(eq(stories.id, storyIdOf(id)))
      .get()!;
    expect(row).toMatchObject({ tieOrganisationId: loop.orgs.ghp, organisationId: loop.orgs.tumaini, roundId, scope: "partners" });

    // The listening loop: it reaches the INGO's inbox like any story shared with partners.
    const sanne = await get(inbox, "/inbox", loop.people.sanne.cookie);
    expect(JSON.stringify(sanne.data)).toContain("TIE-EXAMPLE");
    // Its coordinator's list names the tie, as the teller's own signification.
    const listed = await get(organisationStories, `/organisations/${loop.orgs.tumaini}/stories`, loop.people.otieno.cookie);
    expect((listed.data as { stories: { text: string; tieOrganisationName: string | null }[] }).stories).toContainEqual(
      expect.objectContaining({ text: "TIE-EXAMPLE we planned the clinic together", tieOrganisationName: "Global Health Partners" }),
    );
    // Withdrawn, the tie goes with the teller's other answers.
    expect(withdrawStory(row.id)).toBe(true);
    expect(db().select().from(stories).where(eq(stories.id, row.id)).get()).toMatchObject({ tieOrganisationId: null, textEnc: null });
    expect(JSON.stringify((await get(inbox, "/inbox", loop.people.sanne.cookie)).data)).not.toContain("TIE-EXAMPLE");
  });

  it("refuses a tie with an organisation outside the partnership, or with the teller's own", async () => {
    const loop = listeningAlliance();
    for (const other of [loop.orgs.farClo, loop.orgs.tumaini, 999999]) {
      const path = `/stories/new?organisation=${loop.orgs.tumaini}&round=${loop.roundId}&tie=${other}`;
      expect((await get(tellNew, path, loop.people.otieno.cookie)).status).toBe(404);
      const sent = await post(tellNew, path, loop.people.otieno.cookie, storyFields({ story: "x", consent: "partners" }));
      expect(sent.status).toBe(404);
    }
    expect(db().select().from(stories).all()).toEqual([]);
  });
});

/** A story of Tumaini in the report's round about its tie with `other`, in `scope`. */
function tieStory(world: ReportingAlliance, text: string, scope: "community" | "partners" | "report", other: number) {
  const id = tellStory(world, text, scope, { chosen: false, putForward: false });
  db().update(stories).set({ tieOrganisationId: other }).where(eq(stories.id, id)).run();
  return id;
}

const shownTieStories = (data: unknown) =>
  ((data as { report: { tieStories?: { stories: { text: string }[] }[] } }).report.tieStories ?? []).flatMap((line) =>
    line.stories.map((story) => story.text),
  );

describe("stories on ties in the report", () => {
  it("follow consent: only `report` stories, only to readers the rule names, on the page and in both exports", async () => {
    const world = reportingAlliance();
    tieStory(world, "TIE-COMMUNITY only for Tumaini", "community", world.orgs.pamoja);
    tieStory(world, "TIE-PARTNERS for the INGO", "partners", world.orgs.pamoja);
    tieStory(world, "TIE-REPORT referrals went well", "report", world.orgs.pamoja);
    tieStory(world, "TIE-UNTIED the INGO never came", "report", world.orgs.ingoOrg);
    const draft = makeReport(world, "draft");

    // The draft: the INGO reads `report` stories shared with it; Pamoja's coordinator reads no Tumaini story yet.
    const ingo = await everyView(draft, world.people.ingo.cookie);
    expect(shownTieStories(ingo.page.data).sort()).toEqual(["TIE-REPORT referrals went well", "TIE-UNTIED the INGO never came"]);
    const lines = (ingo.page.data as { report: { tieStories: { tied: boolean; stories: { id: string; text: string }[] }[] } }).report
      .tieStories;
    // Tumaini and Pamoja reported working together; Tumaini and the INGO did not.
    expect(lines.map((line) => [line.stories[0].text, line.tied]).sort()).toEqual([
      ["TIE-REPORT referrals went well", true],
      ["TIE-UNTIED the INGO never came", false],
    ]);
    // The page names quotes by stand-ins, never by story row (docs/security.md 1.3).
    expect(lines.flatMap((line) => line.stories.map((s) => s.id)).every((id) => /^q\d+$/.test(id))).toBe(true);
    const csvRows = (parse(ingo.csv.body, { columns: true, bom: true }) as Record<string, string>[]).filter(
      (r) => r.section === "tie_stories",
    );
    expect(csvRows.map((r) => [r.figure, r.organisation, r.value]).sort()).toEqual([
      ["story_without_tie", "Tumaini Collective — Global Partners", "TIE-UNTIED the INGO never came"],
      ["tie_story", "Tumaini Collective — Pamoja Network", "TIE-REPORT referrals went well"],
    ]);
    expect(ingo.json.body).toContain("TIE-REPORT");
    for (const body of bodies(ingo)) {
      expect(body).not.toContain("TIE-COMMUNITY");
      expect(body).not.toContain("TIE-PARTNERS");
    }
    for (const body of bodies(await everyView(draft, world.people.coordPamoja.cookie))) expect(body).not.toContain("TIE-");
    const facilitator = await everyView(draft, world.people.facilitator.cookie);
    for (const body of bodies(facilitator)) expect(body).not.toContain("TIE-");
  });

  it("reach the funder once released, and leave every reader's page and export the moment the teller withdraws", async () => {
    const world = reportingAlliance();
    const kept = tieStory(world, "TIE-REPORT-KEPT", "report", world.orgs.pamoja);
    const withdrawn = tieStory(world, "TIE-REPORT-WITHDRAWN", "report", world.orgs.pamoja);
    tieStory(world, "TIE-PARTNERS-NOT-FOR-FUNDERS", "partners", world.orgs.pamoja);
    const released = makeReport(world, "released");
    const funder = await everyView(released, world.people.funder.cookie);
    expect(shownTieStories(funder.page.data).sort()).toEqual(["TIE-REPORT-KEPT", "TIE-REPORT-WITHDRAWN"]);
    for (const body of bodies(funder)) {
      expect(body).toContain("TIE-REPORT-WITHDRAWN");
      expect(body).not.toContain("TIE-PARTNERS");
    }
    expect(shownTieStories((await everyView(released, world.people.coordPamoja.cookie)).page.data)).toHaveLength(2);
    // Someone outside the partnership reads nothing at all.
    expect((await everyView(released, world.people.outsider.cookie)).page.status).toBe(404);

    expect(withdrawStory(withdrawn)).toBe(true);
    for (const reader of [world.people.funder, world.people.coordPamoja, world.people.ingo, world.people.coordTumaini]) {
      const views = await everyView(released, reader.cookie);
      expect(shownTieStories(views.page.data)).toEqual(["TIE-REPORT-KEPT"]);
      for (const body of bodies(views)) expect(body).not.toContain("TIE-REPORT-WITHDRAWN");
    }
    expect(withdrawStory(kept)).toBe(true);
    const after = await everyView(released, world.people.funder.cookie);
    expect(shownTieStories(after.page.data)).toEqual([]);
    for (const body of bodies(after)) expect(body).not.toContain("TIE-REPORT");
  });
});

describe("the pattern view in the report", () => {
  it("counts the signification of stories shared beyond the organisation, hidden under k, in the page and the exports", async () => {
    const world = reportingAlliance(); // k = 5
    for (let i = 0; i < 6; i += 1) tellStory(world, `SHARED-${i}`, i % 2 ? "partners" : "report", { dimensions: ["money"], chosen: false });
    for (let i = 0; i < 4; i += 1) tellStory(world, `COMMUNITY-${i}`, "community", { dimensions: ["money", "trust"], chosen: false });
    db().update(stories).set({ felt: 2, power: "them" }).run();
    const draft = makeReport(world, "draft");
    const ingo = await everyView(draft, world.people.ingo.cookie);
    const patterns = (
      ingo.page.data as { report: { storyPatterns: { stories: unknown; perDimension: { dimension: string; stories: unknown }[] } } }
    ).report.storyPatterns;
    expect(patterns.stories).toBe(6);
    expect(patterns.perDimension.find((row) => row.dimension === "money")!.stories).toBe(6);
    // The community-scope stories leave no trace: trust counts nothing.
    expect(patterns.perDimension.find((row) => row.dimension === "trust")!.stories).toBe(0);
    const rows = (parse(ingo.csv.body, { columns: true, bom: true }) as Record<string, string>[]).filter(
      (r) => r.section === "story_patterns",
    );
    expect(rows).toContainEqual(expect.objectContaining({ figure: "felt_2", dimension: "money", value: "6", n: "6", suppressed: "false" }));
    expect(rows).toContainEqual(
      expect.objectContaining({ figure: "power.them", organisation: "Tumaini Collective", value: "6", suppressed: "false" }),
    );
    expect(ingo.json.body).toContain('"section": "story_patterns"');
  });
});

describe("the pattern view on the community's stories page", () => {
  it("adds up every live story of the organisation its coordinator may read, and hides counts under k", async () => {
    const loop = listeningAlliance(); // k = 5
    const tell = (cookie: string, organisationId: number, text: string, consent: "community" | "partners" | "report") =>
      post(
        tellNew,
        `/stories/new?organisation=${organisationId}&round=${loop.roundId}`,
        cookie,
        storyFields({ story: text, consent, dimensions: ["money"], felt: 2, power: "them" }),
      );
    for (const consent of ["community", "community", "partners", "report", "report"] as const)
      await tell(loop.people.juma.cookie, loop.orgs.tumaini, `PATTERN-${consent}`, consent);
    // Another organisation's story is not theirs to count.
    await tell(loop.people.wanjiru.cookie, loop.orgs.pamoja, "PATTERN-PAMOJA", "report");
    type Patterns = {
      stories: unknown;
      perDimension: { dimension: string; stories: unknown; felt: { feeling: string; stories: unknown }[] }[];
      powerByOrganisation: { organisationName: string; stories: unknown; power: { holder: string; stories: unknown }[] }[];
    };
    const page = async () =>
      (
        (await get(organisationStories, `/organisations/${loop.orgs.tumaini}/stories`, loop.people.otieno.cookie)).data as {
          patterns: Patterns;
        }
      ).patterns;
    const five = await page();
    expect(five.stories).toBe(5);
    const money = five.perDimension.find((row) => row.dimension === "money")!;
    expect(money.felt.find((cell) => cell.feeling === "2")!.stories).toBe(5);
    expect(five.powerByOrganisation).toEqual([
      {
        organisationName: "Tumaini Collective",
        stories: 5,
        power: [
          { holder: "us", stories: 0 },
          { holder: "them", stories: 5 },
          { holder: "shared", stories: 0 },
          { holder: "not_said", stories: 0 },
        ],
      },
    ]);
    // One withdrawn: four stories are fewer than k, and every count is hidden.
    const [first] = db().select({ id: stories.id }).from(stories).where(eq(stories.organisationId, loop.orgs.tumaini)).all();
    expect(withdrawStory(first.id)).toBe(true);
    const four = await page();
    expect(four.stories).toEqual({ suppressed: true, k: 5 });
    expect(four.perDimension.find((row) => row.dimension === "money")!.felt.every((cell) => typeof cell.stories !== "number")).toBe(true);
    expect(four.powerByOrganisation[0].power.every((cell) => typeof cell.stories !== "number")).toBe(true);
  });
});
