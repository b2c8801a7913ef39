// Who chooses the quotes: only a coordinator of the teller's own organisation, only voices with `report`
// consent, not withdrawn. The INGO, the facilitator and funders cannot add, reorder or take back a quote;
// whoever may not see the report gets the same 404 as for a report that does not exist (docs/decisions/007).
import { eq } from "drizzle-orm";
import { reports, stories } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { withdrawStory } from "../../app/models/stories/withdrawal.server";
import { renderPage } from "../support/render-page";
import { reportingAlliance } from "../support/reporting-alliance";
import { get } from "../support/route-calls";
import { giveExample, makeReport, tellStory } from "./reports-fixture";
import { act, choiceRows, choose, QUOTES, quotedUnder } from "./quote-choices-support";
import { pub, examplePub } from "../support/public-ids";

function world() {
  const w = reportingAlliance();
  const chosen = tellStory(w, "ALREADY-CHOSEN", "report", { dimensions: ["money"] });
  const waiting = tellStory(w, "WAITING-TO-BE-CHOSEN", "report", { dimensions: ["money"], chosen: false });
  return { w, chosen, waiting, reportId: makeReport(w, "draft") };
}

describe("choosing quotes", () => {
  it("is refused to the INGO, the facilitator and a member (403), and to a funder and an outsider (404); nothing changes", async () => {
    const { w, chosen, waiting, reportId } = world();
    const [row] = choiceRows();
    expect(row.storyId).toBe(chosen);
    for (const [who, status] of [
      [w.people.ingo, 403],
      [w.people.facilitator, 403],
      [w.people.memberTumaini, 403],
      [w.people.funder, 404],
      [w.people.outsider, 404],
    ] as const) {
      expect((await get(QUOTES, `/reports/${reportId}/quotes`, who.cookie)).status).toBe(status);
      expect((await choose(reportId, who.cookie, `story:${pub(waiting)}`, "dimension:money")).status).toBe(status);
      for (const intent of ["up", "down", "take_back"] as const)
        expect((await act(reportId, who.cookie, intent, row.id)).status).toBe(status);
    }
    expect(choiceRows()).toEqual([row]);
    expect(await quotedUnder(reportId, w.people.ingo.cookie, "money")).toEqual(["ALREADY-CHOSEN"]);
  });

  it("refuses another organisation's voice (404, as if it did not exist) and a voice below `report` consent (400, naming the field)", async () => {
    const { w, reportId } = world();
    const before = choiceRows();
    const pamojaStory = tellStory(w, "PAMOJA-OWN", "report", { dimensions: ["money"], organisationId: w.orgs.pamoja, chosen: false });
    const partners = tellStory(w, "PARTNERS-ONLY", "partners", { dimensions: ["money"], chosen: false });
    const communityExample = giveExample(w, "COMMUNITY-EXAMPLE", "community", "money", false);
    const withdrawn = tellStory(w, "WITHDRAWN", "report", { dimensions: ["money"], chosen: false });
    withdrawStory(withdrawn);
    const tumaini = w.people.coordTumaini.cookie;
    expect((await choose(reportId, tumaini, `story:${pub(pamojaStory)}`, "dimension:money")).status).toBe(404);
    expect((await choose(reportId, tumaini, `story:${pub(withdrawn)}`, "dimension:money")).status).toBe(404);
    expect((await choose(reportId, tumaini, "story:987654", "dimension:money")).status).toBe(404);
    expect(await choose(reportId, tumaini, `story:${pub(partners)}`, "dimension:money")).toMatchObject({
      status: 400,
      data: { errors: { voice: "quotes.error.not_report" } },
    });
    expect(await choose(reportId, tumaini, `example:${examplePub(communityExample)}`, "dimension:money")).toMatchObject({
      status: 400,
      data: { errors: { voice: "quotes.error.not_report" } },
    });
    // Pamoja's coordinator cannot move or take back Tumaini's choice either.
    const [tumainiChoice] = before;
    expect((await act(reportId, w.people.coordPamoja.cookie, "take_back", tumainiChoice.id)).status).toBe(404);
    // Only where the voice speaks: a dimension the teller did not tag, or no section at all, is refused.
    const waiting = tellStory(w, "ONLY-MONEY", "report", { dimensions: ["money"], chosen: false });
    for (const section of ["dimension:trust", "dimension:nonsense", "theme:99", ""])
      expect(await choose(reportId, tumaini, `story:${pub(waiting)}`, section)).toMatchObject({
        status: 400,
        data: { errors: { section: "quotes.error.section" } },
      });
    expect((await choose(reportId, tumaini, "not-a-voice", "dimension:money")).status).toBe(404);
    expect(choiceRows()).toEqual(before);
    expect(db().select({ putForward: stories.putForward }).from(stories).where(eq(stories.id, partners)).get()).toEqual({
      putForward: false,
    });
  });

  it("shows the coordinator only their own organisation's `report` voices, and works without JavaScript", async () => {
    const { w, reportId } = world();
    tellStory(w, "PAMOJA-SECRET", "report", { dimensions: ["money"], organisationId: w.orgs.pamoja, chosen: false });
    tellStory(w, "TUMAINI-PARTNERS", "partners", { dimensions: ["money"], chosen: false });
    const page = await renderPage(QUOTES, `/reports/${reportId}/quotes`, w.people.coordTumaini.cookie);
    expect(page.html).toContain("WAITING-TO-BE-CHOSEN");
    expect(page.html).toContain("ALREADY-CHOSEN");
    expect(page.html).not.toContain("PAMOJA-SECRET");
    expect(page.html).not.toContain("TUMAINI-PARTNERS");
    expect(page.html).toMatch(/<form method="post"/);
    expect(page.html).not.toMatch(/\b(quotes|report)\.[a-z_]+\.[a-z_.]+/);
  });

  it("after release lets a coordinator take a quote back but not add or reorder one", async () => {
    const { w, waiting, reportId } = world();
    db().update(reports).set({ status: "released" }).where(eq(reports.id, reportId)).run();
    const cookie = w.people.coordTumaini.cookie;
    expect((await choose(reportId, cookie, `story:${pub(waiting)}`, "dimension:money")).status).toBe(409);
    const [row] = choiceRows();
    expect((await act(reportId, cookie, "down", row.id)).status).toBe(409);
    expect((await act(reportId, cookie, "take_back", row.id)).status).toBe(302);
    expect(choiceRows()).toEqual([]);
  });
});
