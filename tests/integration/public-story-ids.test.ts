// docs/security.md 1.9, from the attacker's side: read back what INGO staff, a funder, the facilitator, a
// coordinator and a teller are sent — pages and loader data — and find no story's row number in an address,
// a link or a form value; an old row-number address is the same 404 as a story the reader may not read.
import * as inboxRoute from "../../app/routes/inbox._index";
import * as inboxStoryRoute from "../../app/routes/inbox.$storyId";
import * as newActionRoute from "../../app/routes/partnerships.$partnershipId.actions.new";
import * as actionListRoute from "../../app/routes/partnerships.$partnershipId.actions._index";
import * as actionRoute from "../../app/routes/actions.$actionId";
import * as orgStoriesRoute from "../../app/routes/organisations.$organisationId.stories._index";
import * as codeRoute from "../../app/routes/organisations.$organisationId.stories.$storyId";
import * as feltHeardRoute from "../../app/routes/felt-heard.$storyId";
import * as mineRoute from "../../app/routes/stories.mine";
import * as myStoryRoute from "../../app/routes/stories.$storyId";
import { listeningAlliance } from "../support/alliances";
import { pub } from "../support/public-ids";
import { renderPage } from "../support/render-page";
import { get, post, route, type Route } from "../support/route-calls";
import { plantStory } from "./planted-stories";
import { someStories } from "./told-stories";

const INBOX = route(inboxRoute, "/inbox");
const INBOX_STORY = route(inboxStoryRoute, "/inbox/:storyId");
const NEW_ACTION = route(newActionRoute, "/partnerships/:partnershipId/actions/new");
const ACTIONS = route(actionListRoute, "/partnerships/:partnershipId/actions");
const ACTION = route(actionRoute, "/actions/:actionId");
const ORG_STORIES = route(orgStoriesRoute, "/organisations/:organisationId/stories");
const CODE = route(codeRoute, "/organisations/:organisationId/stories/:storyId");
const FELT = route(feltHeardRoute, "/felt-heard/:storyId");
const MINE = route(mineRoute, "/stories/mine");
const MY_STORY = route(myStoryRoute, "/stories/:storyId");

/** Every way a row number could name a story in what a browser gets. */
function rowNumbersIn(body: string): string[] {
  const rules = [
    // A public id may begin with digits: a row number is digits that end there.
    /(?:\/inbox|\/stories|\/felt-heard)\/\d+(?![\w-])/g,
    /[?&](?:amp;)?story=\d+(?![\w-])/g,
    /(?:story|example):\d+(?![\w-])/g,
    /<input[^>]*name="(?:stories|voice|story)"[^>]*value="\d+"/g,
    /"(?:storyId|storyIds)":\s*\[?\d/g,
  ];
  return rules.flatMap((rule) => [...body.matchAll(rule)].map((m) => m[0]));
}

async function readBack(page: Route, path: string, cookie: string) {
  const rendered = await renderPage(page, path, cookie);
  const data = await get(page, path, cookie);
  return { status: rendered.status, bodies: [rendered.html, JSON.stringify(data.data ?? null)] };
}

describe("public story ids (docs/security.md 1.9)", () => {
  it("no page or loader data a person gets names a story by its row number", async () => {
    const loop = listeningAlliance();
    const ids = someStories(loop);
    const { sanne, otieno, juma, grace, facilitator } = loop.people;
    const made = await post(NEW_ACTION, `/partnerships/${loop.partnershipId}/actions/new`, sanne.cookie, [
      ["title", "Ask before printing"],
      ["owner", String(loop.orgs.ghp)],
      ["due", ""],
      ["status", "proposed"],
      ["round", String(loop.roundId)],
      ["stories", pub(ids.partners)],
    ]);
    expect(made.status).toBe(302);
    await post(INBOX_STORY, `/inbox/${pub(ids.partners)}`, sanne.cookie, { heard: "We heard you", will_do: "We will ask first" });
    const tumaini = `/organisations/${loop.orgs.tumaini}`;
    const reads: [string, Route, string, string][] = [
      ["INGO staff", INBOX, "/inbox", sanne.cookie],
      ["INGO staff", INBOX_STORY, `/inbox/${pub(ids.partners)}`, sanne.cookie],
      ["INGO staff", NEW_ACTION, `/partnerships/${loop.partnershipId}/actions/new?story=${pub(ids.report)}`, sanne.cookie],
      ["INGO staff", ACTION, made.location!, sanne.cookie],
      ["funder", ACTIONS, `/partnerships/${loop.partnershipId}/actions`, grace.cookie],
      ["funder", ACTION, made.location!, grace.cookie],
      ["facilitator", ACTIONS, `/partnerships/${loop.partnershipId}/actions`, facilitator.cookie],
      ["coordinator", ORG_STORIES, `${tumaini}/stories`, otieno.cookie],
      ["coordinator", CODE, `${tumaini}/stories/${pub(ids.partners)}`, otieno.cookie],
      ["coordinator", FELT, `/felt-heard/${pub(ids.partners)}`, otieno.cookie],
      ["coordinator", ACTION, made.location!, otieno.cookie],
      ["teller", MINE, "/stories/mine", juma.cookie],
      ["teller", MY_STORY, `/stories/${pub(ids.partners)}`, juma.cookie],
    ];
    let opened = 0;
    for (const [who, page, path, cookie] of reads) {
      const { status, bodies } = await readBack(page, path, cookie);
      if (status !== 200) continue;
      opened++;
      for (const body of bodies) expect({ who, path, found: rowNumbersIn(body) }).toEqual({ who, path, found: [] });
    }
    // Not vacuous: the story pages were opened and do carry the public ids.
    expect(opened).toBeGreaterThanOrEqual(10);
    expect((await renderPage(INBOX, "/inbox", sanne.cookie)).html).toContain(`href="/inbox/${pub(ids.partners)}"`);
    expect((await renderPage(MINE, "/stories/mine", juma.cookie)).html).toContain(`href="/stories/${pub(ids.partners)}"`);
  });

  it("an old row-number address is the same 404 as an unknown id and as a story the reader may not read", async () => {
    const loop = listeningAlliance();
    const ids = someStories(loop);
    const { sanne, otieno, juma } = loop.people;
    const tumaini = `/organisations/${loop.orgs.tumaini}`;
    const cases: [Route, string, number, number, string][] = [
      // route, prefix, a story this reader may open, one they may not, cookie
      [INBOX_STORY, "/inbox", ids.partners, ids.community, sanne.cookie],
      [MY_STORY, "/stories", ids.partners, ids.pamoja, juma.cookie],
      [CODE, `${tumaini}/stories`, ids.partners, ids.pamoja, otieno.cookie],
      [FELT, "/felt-heard", ids.partners, ids.pamoja, otieno.cookie],
    ];
    for (const [page, prefix, mine, notMine, cookie] of cases) {
      const byRow = await get(page, `${prefix}/${mine}`, cookie);
      const unknown = await get(page, `${prefix}/AAAAAAAAAAAAAAAAAAAAAA`, cookie);
      const forbidden = await get(page, `${prefix}/${pub(notMine)}`, cookie);
      expect(byRow.status, `${prefix}/<row number>`).toBe(404);
      expect(byRow).toEqual(unknown);
      expect(byRow).toEqual(forbidden);
      // And posting to it changes nothing either.
      expect((await post(page, `${prefix}/${mine}`, cookie, { intent: "read" })).status).toBe(404);
    }
    expect((await get(INBOX_STORY, `/inbox/${pub(ids.partners)}`, sanne.cookie)).status).toBe(200);
  });

  it("are random: consecutive stories' ids are unrelated, never counted", () => {
    const loop = listeningAlliance();
    const told = Object.values(someStories(loop)).map(pub);
    const planted = Array.from({ length: 12 }, (_, i) =>
      pub(
        plantStory({
          partnershipId: loop.partnershipId,
          roundId: loop.roundId,
          organisationId: loop.orgs.tumaini,
          text: `s${i}`,
          scope: "partners",
        }),
      ),
    );
    for (const id of told) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const all = [...told, ...planted];
    expect(new Set(all).size).toBe(all.length);
    for (let i = 1; i < all.length; i++) {
      const same = [...all[i]].filter((ch, k) => all[i - 1][k] === ch).length;
      expect(same, `${all[i - 1]} then ${all[i]}`).toBeLessThan(8);
    }
    // Not in the order they were made, as counted ids would be.
    expect([...planted].sort()).not.toEqual(planted);
  });
});
