// A member's side of stories: telling one while signed in, following their own, narrowing and withdrawing it;
// and the home page's story summary.
import { storiesForHome } from "../../app/models/stories/teller-view.server";
import * as newRoute from "../../app/routes/stories.new";
import * as mineRoute from "../../app/routes/stories.mine";
import * as myStoryRoute from "../../app/routes/stories.$storyId";
import { listeningAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { get, post, route } from "../support/route-calls";
import { clientId, linkToken, someStories, storyFields, storyIdOf, storyRow } from "./told-stories";
import { pub } from "../support/public-ids";

const tellNew = route(newRoute, "/stories/new");
const mine = route(mineRoute, "/stories/mine");
const myStory = route(myStoryRoute, "/stories/:storyId");

describe("a signed-in member telling a story", () => {
  it("gets the same one-page form for their organisation's open round, and the story is theirs by account", async () => {
    const loop = listeningAlliance();
    const page = await renderPage(tellNew, "/stories/new", loop.people.juma.cookie);
    expect(page.status).toBe(200);
    expect(page.html).toContain('name="story"');
    expect(page.html).toContain(`action="/stories/new?organisation=${loop.orgs.tumaini}&amp;round=${loop.roundId}"`);
    const id = clientId();
    const sent = await post(
      tellNew,
      `/stories/new?organisation=${loop.orgs.tumaini}&round=${loop.roundId}`,
      loop.people.juma.cookie,
      storyFields({ story: "told as a member", consent: "partners" }, id),
    );
    const data = sent.data as { state: string; receiptCode: string | null };
    expect(data).toEqual({ state: "received", receiptCode: null });
    expect(storyRow(storyIdOf(id))).toMatchObject({
      personId: loop.people.juma.id,
      organisationId: loop.orgs.tumaini,
      receiptLookup: null,
    });
  });

  it("cannot tell a story for an organisation or round that is not theirs", async () => {
    const loop = listeningAlliance();
    const sent = await post(
      tellNew,
      `/stories/new?organisation=${loop.orgs.pamoja}&round=${loop.roundId}`,
      loop.people.juma.cookie,
      storyFields({ story: "x", consent: "partners" }),
    );
    expect(sent.status).toBe(404);
    const ingo = await get(tellNew, "/stories/new", loop.people.sanne.cookie);
    expect(ingo.data).toMatchObject({ choices: [], chosen: null });
  });

  it("follows their own stories and no one else's; another's story id is the same 404 as none", async () => {
    const loop = listeningAlliance();
    const ids = someStories(loop);
    const list = (await get(mine, "/stories/mine", loop.people.juma.cookie)).data as { stories: { id: string }[] };
    expect(list.stories.map((s) => s.id).sort()).toEqual([ids.community, ids.partners, ids.report].map(pub).sort());
    expect((await get(myStory, `/stories/${pub(ids.partners)}`, loop.people.juma.cookie)).status).toBe(200);
    const other = await get(myStory, `/stories/${pub(ids.pamoja)}`, loop.people.juma.cookie);
    const none = await get(myStory, "/stories/999999", loop.people.juma.cookie);
    const coordinator = await get(myStory, `/stories/${pub(ids.partners)}`, loop.people.otieno.cookie);
    expect([other.status, none.status, coordinator.status]).toEqual([404, 404, 404]);
    expect(other.data).toBe(none.data);
  });

  it("narrows and withdraws from their own story page; the withdrawn story leaves their list", async () => {
    const loop = listeningAlliance();
    const ids = someStories(loop);
    expect(
      (
        await post(myStory, `/stories/${pub(ids.report)}`, loop.people.juma.cookie, [
          ["intent", "narrow"],
          ["scope", "community"],
        ])
      ).status,
    ).toBe(200);
    expect(storyRow(ids.report).scope).toBe("community");
    expect(
      (
        await post(myStory, `/stories/${pub(ids.report)}`, loop.people.otieno.cookie, [
          ["intent", "withdraw"],
          ["confirm", "yes"],
        ])
      ).status,
    ).toBe(404);
    const gone = await post(myStory, `/stories/${pub(ids.report)}`, loop.people.juma.cookie, [
      ["intent", "withdraw"],
      ["confirm", "yes"],
    ]);
    expect(gone.location).toBe("/stories/mine?withdrawn=1");
    const list = (await get(mine, "/stories/mine", loop.people.juma.cookie)).data as { stories: { id: string }[] };
    expect(list.stories.map((s) => s.id)).not.toContain(ids.report);
    expect((await get(myStory, `/stories/${pub(ids.report)}`, loop.people.juma.cookie)).status).toBe(404);
  });
});

describe("the home page summary", () => {
  it("counts answers waiting for the teller's rating, and for coordinators uncoded stories and active links", async () => {
    const loop = listeningAlliance();
    someStories(loop);
    linkToken(loop);
    expect(storiesForHome(loop.people.juma.person())).toMatchObject({ canTell: true, mine: 3, toRate: 0, coordinating: [] });
    expect(storiesForHome(loop.people.otieno.person()).coordinating).toEqual([
      { organisationId: loop.orgs.tumaini, organisationName: "Tumaini Collective", toCode: 3, activeLinks: 1 },
    ]);
    expect(storiesForHome(loop.people.sanne.person())).toMatchObject({ canTell: false, show: false });
  });
});
