// The coordinator's side of stories: reading every story of their organisation, co-coding with themes,
// putting quotes forward, and managing anonymous story links.
import { recordFirstRead } from "../../app/models/listening/inbox-story.server";
import { createStoryLink } from "../../app/models/stories/links.server";
import { createTheme, listThemes } from "../../app/models/stories/themes.server";
import * as myStoryRoute from "../../app/routes/stories.$storyId";
import * as orgStoriesRoute from "../../app/routes/organisations.$organisationId.stories._index";
import * as codeRoute from "../../app/routes/organisations.$organisationId.stories.$storyId";
import * as linksRoute from "../../app/routes/organisations.$organisationId.story-links";
import * as themesRoute from "../../app/routes/organisations.$organisationId.themes";
import { listeningAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { get, post, route } from "../support/route-calls";
import { linkToken, someStories, storyRow, tellThroughLink } from "./told-stories";
import { pub } from "../support/public-ids";

const myStory = route(myStoryRoute, "/stories/:storyId");
const orgStories = route(orgStoriesRoute, "/organisations/:organisationId/stories");
const code = route(codeRoute, "/organisations/:organisationId/stories/:storyId");
const links = route(linksRoute, "/organisations/:organisationId/story-links");
const themesPage = route(themesRoute, "/organisations/:organisationId/themes");

describe("the coordinator's story pages", () => {
  it("show every live story of their own organisation and nothing of another's", async () => {
    const loop = listeningAlliance();
    const ids = someStories(loop);
    const anonymous = await tellThroughLink(linkToken(loop), { story: "anonymous marker", consent: "community" });
    const page = await renderPage(orgStories, `/organisations/${loop.orgs.tumaini}/stories`, loop.people.otieno.cookie);
    for (const marker of ["community marker", "partners marker", "report marker", "anonymous marker"]) expect(page.html).toContain(marker);
    expect(page.html).not.toContain("pamoja marker");
    // Anonymous stays anonymous: the member's name is never shown, though the account told it.
    expect(page.html).not.toContain("Juma");
    const data = (await get(orgStories, `/organisations/${loop.orgs.tumaini}/stories`, loop.people.otieno.cookie)).data as {
      stories: { id: string }[];
    };
    expect(data.stories.map((s) => s.id).sort()).toEqual([ids.community, ids.partners, ids.report, anonymous.storyId].map(pub).sort());
  });

  it("are the same 404 for members, coordinators of another organisation, INGO staff, funders and facilitators", async () => {
    const loop = listeningAlliance();
    someStories(loop);
    const id = loop.orgs.tumaini;
    for (const who of [
      loop.people.juma,
      loop.people.wanjiru,
      loop.people.sanne,
      loop.people.pieter,
      loop.people.grace,
      loop.people.facilitator,
    ]) {
      for (const [r, path] of [
        [orgStories, `/organisations/${id}/stories`],
        [links, `/organisations/${id}/story-links`],
        [themesPage, `/organisations/${id}/themes`],
      ] as const) {
        expect((await get(r, path, who.cookie)).status, `${path} for person ${who.id}`).toBe(404);
      }
    }
    expect((await get(orgStories, `/organisations/${loop.orgs.ghp}/stories`, loop.people.pieter.cookie)).status).toBe(404);
  });

  it("filter by scope, dimension, theme and round", async () => {
    const loop = listeningAlliance();
    const ids = someStories(loop);
    const theme = createTheme(loop.people.otieno.person(), loop.partnershipId, "Safe workplaces");
    if (!theme.ok) throw new Error("theme");
    await post(code, `/organisations/${loop.orgs.tumaini}/stories/${pub(ids.partners)}`, loop.people.otieno.cookie, [
      ["intent", "themes"],
      ["theme", String(theme.themeId)],
    ]);
    const ids_ = async (query: string) =>
      (
        (await get(orgStories, `/organisations/${loop.orgs.tumaini}/stories?${query}`, loop.people.otieno.cookie)).data as {
          stories: { id: string }[];
        }
      ).stories
        .map((s) => s.id)
        .sort();
    expect(await ids_("scope=report")).toEqual([pub(ids.report)]);
    expect(await ids_("dimension=money")).toEqual([ids.partners, ids.report].map(pub).sort());
    expect(await ids_(`theme=${theme.themeId}`)).toEqual([pub(ids.partners)]);
    expect(await ids_(`round=${loop.roundId}&scope=community`)).toEqual([pub(ids.community)]);
    expect(await ids_("scope=bogus&dimension=%3Cscript%3E")).toHaveLength(3);
  });

  it("show the read receipt: which INGO staff member first read a shared story, and when", async () => {
    const loop = listeningAlliance();
    const ids = someStories(loop);
    recordFirstRead(ids.partners, loop.people.sanne.id, new Date("2026-02-03T09:00:00.000Z"));
    recordFirstRead(ids.partners, loop.people.pieter.id, new Date("2026-02-04T09:00:00.000Z"));
    const page = await renderPage(orgStories, `/organisations/${loop.orgs.tumaini}/stories`, loop.people.otieno.cookie);
    expect(page.html).toContain("First read by Sanne on February 3, 2026");
    expect(page.html).not.toContain("Pieter");
  });

  it("code a story with the partnership's themes; another organisation's story id is the same 404 as none", async () => {
    const loop = listeningAlliance();
    const ids = someStories(loop);
    const a = createTheme(loop.people.otieno.person(), loop.partnershipId, "Access to police");
    const b = createTheme(loop.people.wanjiru.person(), loop.partnershipId, "Kusikilizwa");
    if (!a.ok || !b.ok) throw new Error("themes");
    const path = `/organisations/${loop.orgs.tumaini}/stories/${pub(ids.report)}`;
    await post(code, path, loop.people.otieno.cookie, [
      ["intent", "themes"],
      ["theme", String(a.themeId)],
      ["theme", String(b.themeId)],
      ["theme", "999"],
    ]);
    const page = (await get(code, path, loop.people.otieno.cookie)).data as { story: { themes: { name: string }[] } };
    expect(page.story.themes.map((t) => t.name)).toEqual(["Access to police", "Kusikilizwa"]);
    const other = await get(code, `/organisations/${loop.orgs.tumaini}/stories/${pub(ids.pamoja)}`, loop.people.otieno.cookie);
    const none = await get(code, `/organisations/${loop.orgs.tumaini}/stories/999999`, loop.people.otieno.cookie);
    const postOther = await post(code, `/organisations/${loop.orgs.tumaini}/stories/${pub(ids.pamoja)}`, loop.people.otieno.cookie, [
      ["intent", "themes"],
      ["theme", String(a.themeId)],
    ]);
    expect([other.status, none.status, postOther.status]).toEqual([404, 404, 404]);
    expect(other.data).toBe(none.data);
  });

  it("put forward only a story whose teller chose `report`; narrowing below report takes it back", async () => {
    const loop = listeningAlliance();
    const ids = someStories(loop);
    const base = `/organisations/${loop.orgs.tumaini}/stories`;
    expect((await post(code, `${base}/${pub(ids.partners)}`, loop.people.otieno.cookie, [["intent", "put_forward"]])).status).toBe(400);
    expect(storyRow(ids.partners).putForward).toBe(false);
    expect((await post(code, `${base}/${pub(ids.report)}`, loop.people.otieno.cookie, [["intent", "put_forward"]])).status).toBe(200);
    expect(storyRow(ids.report).putForward).toBe(true);
    await post(myStory, `/stories/${pub(ids.report)}`, loop.people.juma.cookie, [
      ["intent", "narrow"],
      ["scope", "partners"],
    ]);
    expect(storyRow(ids.report)).toMatchObject({ scope: "partners", putForward: false });
  });
});

describe("themes", () => {
  it("belong to the partnership: community coordinators create, rename and merge them; names are unique", async () => {
    const loop = listeningAlliance();
    const ids = someStories(loop);
    const path = `/organisations/${loop.orgs.tumaini}/themes`;
    const made = await post(themesPage, path, loop.people.otieno.cookie, [
      ["intent", "create"],
      ["partnershipId", String(loop.partnershipId)],
      ["name", "Low-threshold help"],
    ]);
    expect(made.status).toBe(200);
    expect(
      (
        await post(themesPage, path, loop.people.otieno.cookie, [
          ["intent", "create"],
          ["partnershipId", String(loop.partnershipId)],
          ["name", "low-threshold HELP"],
        ])
      ).status,
    ).toBe(400);
    expect(
      (
        await post(themesPage, path, loop.people.otieno.cookie, [
          ["intent", "create"],
          ["partnershipId", String(loop.partnershipId)],
          ["name", "   "],
        ])
      ).status,
    ).toBe(400);
    expect(
      (
        await post(themesPage, path, loop.people.otieno.cookie, [
          ["intent", "create"],
          ["partnershipId", String(loop.otherPartnershipId)],
          ["name", "Elsewhere"],
        ])
      ).status,
    ).toBe(404);
    // Pamoja's coordinator sees and manages the same themes.
    const seen = (await get(themesPage, `/organisations/${loop.orgs.pamoja}/themes`, loop.people.wanjiru.cookie)).data as {
      groups: { themes: { id: number; name: string }[] }[];
    };
    const [low] = seen.groups[0].themes;
    expect(low.name).toBe("Low-threshold help");
    expect(
      (
        await post(themesPage, `/organisations/${loop.orgs.pamoja}/themes`, loop.people.wanjiru.cookie, [
          ["intent", "rename"],
          ["themeId", String(low.id)],
          ["name", "Huduma rahisi"],
        ])
      ).status,
    ).toBe(200);
    const second = createTheme(loop.people.otieno.person(), loop.partnershipId, "Working together");
    if (!second.ok) throw new Error("theme");
    await post(code, `/organisations/${loop.orgs.tumaini}/stories/${pub(ids.partners)}`, loop.people.otieno.cookie, [
      ["intent", "themes"],
      ["theme", String(low.id)],
      ["theme", String(second.themeId)],
    ]);
    await post(code, `/organisations/${loop.orgs.tumaini}/stories/${pub(ids.report)}`, loop.people.otieno.cookie, [
      ["intent", "themes"],
      ["theme", String(low.id)],
    ]);
    expect(
      (
        await post(themesPage, path, loop.people.otieno.cookie, [
          ["intent", "merge"],
          ["fromId", String(low.id)],
          ["intoId", String(low.id)],
        ])
      ).status,
    ).toBe(400);
    expect(
      (
        await post(themesPage, path, loop.people.otieno.cookie, [
          ["intent", "merge"],
          ["fromId", String(low.id)],
          ["intoId", String(second.themeId)],
        ])
      ).status,
    ).toBe(200);
    expect(listThemes(loop.partnershipId).map((t) => t.name)).toEqual(["Working together"]);
    const page = (await get(themesPage, path, loop.people.otieno.cookie)).data as { groups: { themes: { stories: number }[] }[] };
    expect(page.groups[0].themes[0].stories).toBe(2);
  });

  it("cannot be made by a member, INGO staff or a funder", () => {
    const loop = listeningAlliance();
    for (const who of [loop.people.juma, loop.people.sanne, loop.people.grace, loop.people.facilitator])
      expect(createTheme(who.person(), loop.partnershipId, "Not theirs")).toEqual({ ok: false, notFound: true });
  });
});

describe("the story links page", () => {
  it("makes a link for an open round, shows it as a link, and revokes it", async () => {
    const loop = listeningAlliance();
    const path = `/organisations/${loop.orgs.tumaini}/story-links`;
    expect(
      (
        await post(links, path, loop.people.otieno.cookie, [
          ["intent", "create"],
          ["roundId", String(loop.roundId)],
          ["expiresOn", ""],
        ])
      ).status,
    ).toBe(200);
    const page = await renderPage(links, path, loop.people.otieno.cookie);
    const href = /href="(\/s\/[A-Za-z0-9_-]{32})"/.exec(page.html)?.[1];
    expect(href).toBeTruthy();
    const { links: listed } = (await get(links, path, loop.people.otieno.cookie)).data as { links: { id: number; state: string }[] };
    expect(listed[0].state).toBe("active");
    expect(
      (
        await post(links, `/organisations/${loop.orgs.pamoja}/story-links`, loop.people.wanjiru.cookie, [
          ["intent", "revoke"],
          ["linkId", String(listed[0].id)],
        ])
      ).status,
    ).toBe(404);
    expect(
      (
        await post(links, path, loop.people.otieno.cookie, [
          ["intent", "revoke"],
          ["linkId", String(listed[0].id)],
        ])
      ).status,
    ).toBe(200);
    const after = (await get(links, path, loop.people.otieno.cookie)).data as { links: { state: string }[] };
    expect(after.links[0].state).toBe("revoked");
  });

  it("refuses a round that is not open for the organisation and a last day in the past, naming the field", async () => {
    const loop = listeningAlliance();
    const path = `/organisations/${loop.orgs.tumaini}/story-links`;
    const wrongRound = await post(links, path, loop.people.otieno.cookie, [
      ["intent", "create"],
      ["roundId", String(loop.otherRoundId)],
      ["expiresOn", ""],
    ]);
    expect(wrongRound.status).toBe(400);
    expect((wrongRound.data as { errors: object }).errors).toEqual({ roundId: "story_link.error.round" });
    const past = await post(links, path, loop.people.otieno.cookie, [
      ["intent", "create"],
      ["roundId", String(loop.roundId)],
      ["expiresOn", "2020-01-01"],
    ]);
    expect((past.data as { errors: object }).errors).toEqual({ expiresOn: "story_link.error.expires_past" });
    const notADay = await post(links, path, loop.people.otieno.cookie, [
      ["intent", "create"],
      ["roundId", String(loop.roundId)],
      ["expiresOn", "2026-02-30"],
    ]);
    expect((notADay.data as { errors: object }).errors).toEqual({ expiresOn: "story_link.error.expires_on" });
    expect(createStoryLink(loop.people.juma.person(), loop.orgs.tumaini, { roundId: loop.roundId, expiresOn: "" }).ok).toBe(false);
  });
});
