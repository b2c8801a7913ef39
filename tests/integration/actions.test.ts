// Actions from proposal to the community's word: who may see, make, edit and confirm them, what a form
// may name, and that a linked story's text shows only to those the consent rule lets read it.
import { actions, actionStories } from "../../db/schema";
import { actionsForHome } from "../../app/models/listening/actions.server";
import * as actionPage from "../../app/routes/actions.$actionId";
import * as listPage from "../../app/routes/partnerships.$partnershipId.actions._index";
import * as newPage from "../../app/routes/partnerships.$partnershipId.actions.new";
import { listeningAlliance, type ListeningAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { get, post, route } from "../support/route-calls";
import type { Member } from "../support/world";
import { plantStory } from "./planted-stories";
import { testDb } from "./setup";
import { pub } from "../support/public-ids";

const LIST = route(listPage, "/partnerships/:partnershipId/actions");
const NEW = route(newPage, "/partnerships/:partnershipId/actions/new");
const ACTION = route(actionPage, "/actions/:actionId");

const SHARED_MARK = "MARKER-SHARED-STORY-41d2";
const COMMUNITY_MARK = "MARKER-COMMUNITY-STORY-8e0b";

let loop: ListeningAlliance;
let shared: number;
let communityOnly: number;
let pamojaStory: number;

beforeEach(() => {
  loop = listeningAlliance();
  const here = { partnershipId: loop.partnershipId, roundId: loop.roundId };
  shared = plantStory({ ...here, organisationId: loop.orgs.tumaini, text: `${SHARED_MARK} police raids`, scope: "partners" });
  communityOnly = plantStory({ ...here, organisationId: loop.orgs.tumaini, text: `${COMMUNITY_MARK} ours alone`, scope: "community" });
  pamojaStory = plantStory({ ...here, organisationId: loop.orgs.pamoja, text: "pamoja shared story", scope: "report" });
});

const form = (fields: Record<string, string | string[]>): [string, string][] =>
  Object.entries(fields).flatMap(([k, v]) => [v].flat().map((one): [string, string] => [k, one]));
const valid = () => ({
  title: "Pay stipends on time 💸",
  owner: String(loop.orgs.ghp),
  due: "2026-03-31",
  status: "proposed",
  round: String(loop.roundId),
  dimensions: ["money", "respect"],
  stories: [pub(shared)],
});
const rows = () => testDb().db.select().from(actions).all();

async function create(who = loop.people.sanne, fields: Record<string, string | string[]> = valid()) {
  const made = await post(NEW, `/partnerships/${loop.partnershipId}/actions/new`, who.cookie, form(fields));
  expect(made.status).toBe(302);
  return Number(made.location!.split("/").pop());
}

describe("making an action", () => {
  it("offers the story it is made from, ticked, and stores exactly what was entered", async () => {
    const page = (await get(NEW, `/partnerships/${loop.partnershipId}/actions/new?story=${pub(shared)}`, loop.people.sanne.cookie))
      .data as {
      values: { stories: string[]; owner: string; round: string };
      choices: { stories: { id: string }[] };
    };
    expect(page.values).toMatchObject({ stories: [pub(shared)], owner: String(loop.orgs.ghp), round: String(loop.roundId) });
    // The INGO is offered only stories shared with it.
    expect(page.choices.stories.map((s) => s.id).sort()).toEqual([pub(shared), pub(pamojaStory)].sort());
    const id = await create();
    expect(rows()).toEqual([
      expect.objectContaining({
        id,
        title: "Pay stipends on time 💸",
        ownerOrganisationId: loop.orgs.ghp,
        dueOn: "2026-03-31",
        status: "proposed",
        createdBy: loop.people.sanne.id,
        communityConfirmation: null,
      }),
    ]);
    expect(testDb().db.select().from(actionStories).all()).toEqual([{ actionId: id, storyId: shared }]);
  });

  it.each([
    ["title", { title: "  " }, "action.error.title"],
    ["title", { title: "x".repeat(201) }, "action.error.title"],
    ["owner", { owner: "" }, "action.error.owner"],
    ["due", { due: "2026-02-30" }, "action.error.due"],
    ["status", { status: "finished" }, "action.error.status"],
    ["dimensions", { dimensions: ["nonsense"] }, "action.error.dimensions"],
    ["stories", { stories: ["abc"] }, "action.error.stories"],
  ])("refuses a bad %s by field and changes nothing", async (field, change, message) => {
    const refused = await post(
      NEW,
      `/partnerships/${loop.partnershipId}/actions/new`,
      loop.people.sanne.cookie,
      form({ ...valid(), ...change }),
    );
    expect(refused.status).toBe(400);
    expect((refused.data as { errors: Record<string, string> }).errors[field]).toBe(message);
    expect(rows()).toEqual([]);
  });

  it("refuses an owner, a round or a story from elsewhere, and a story the maker may not read", async () => {
    const cases: [Record<string, string | string[]>, string][] = [
      [{ owner: String(loop.orgs.farIngo) }, "owner"],
      [{ round: String(loop.otherRoundId) }, "round"],
      [{ stories: [pub(communityOnly)] }, "stories"],
      [{ stories: ["AAAAAAAAAAAAAAAAAAAAAA"] }, "stories"],
      [{ stories: ["999999"] }, "stories"],
    ];
    for (const [change, field] of cases) {
      const refused = await post(
        NEW,
        `/partnerships/${loop.partnershipId}/actions/new`,
        loop.people.sanne.cookie,
        form({ ...valid(), ...change }),
      );
      expect(refused.status).toBe(400);
      expect(Object.keys((refused.data as { errors: Record<string, string> }).errors)).toEqual([field]);
    }
    expect(rows()).toEqual([]);
  });

  it("is for INGO staff and community coordinators only", async () => {
    for (const who of [loop.people.juma, loop.people.grace, loop.people.facilitator, loop.people.farStaff]) {
      expect((await get(NEW, `/partnerships/${loop.partnershipId}/actions/new`, who.cookie)).status).toBe(404);
      expect((await post(NEW, `/partnerships/${loop.partnershipId}/actions/new`, who.cookie, form(valid()))).status).toBe(404);
    }
    await create(loop.people.otieno, { ...valid(), owner: String(loop.orgs.tumaini), stories: [pub(communityOnly)] });
    expect(rows()).toHaveLength(1);
  });
});

describe("seeing actions", () => {
  it("shows members the list, but a story — its text and even its count — only to those who may read it", async () => {
    const id = await create();
    for (const [who, count] of [
      [loop.people.sanne, 1],
      [loop.people.juma, 0],
      [loop.people.otieno, 1],
      [loop.people.wanjiru, 0],
    ] as const) {
      const list = await get(LIST, `/partnerships/${loop.partnershipId}/actions`, who.cookie);
      expect(list.status).toBe(200);
      expect((list.data as { actions: { storyCount: number }[] }).actions).toEqual([
        expect.objectContaining({ id, storyCount: count, dimensions: ["money", "respect"] }),
      ]);
      expect(JSON.stringify(list.data)).not.toContain(SHARED_MARK);
    }
    const readers = { sanne: true, otieno: true, juma: false, wanjiru: false };
    for (const [name, reads] of Object.entries(readers)) {
      const who = loop.people[name as keyof typeof readers];
      const page = await renderPage(ACTION, `/actions/${id}`, who.cookie);
      expect(page.status).toBe(200);
      expect(page.html.includes(SHARED_MARK), name).toBe(reads);
      const data = await get(ACTION, `/actions/${id}`, who.cookie);
      expect(JSON.stringify(data.data).includes(SHARED_MARK), name).toBe(reads);
      expect(JSON.stringify(data.data)).not.toContain("hiddenStories");
    }
  });

  it("does not exist for funders, facilitators and outsiders", async () => {
    const id = await create();
    const missing = await get(ACTION, "/actions/999999", loop.people.sanne.cookie);
    expect(missing.status).toBe(404);
    for (const who of [loop.people.grace, loop.people.facilitator, loop.people.farStaff]) {
      expect(await get(LIST, `/partnerships/${loop.partnershipId}/actions`, who.cookie)).toEqual(missing);
      expect(await get(ACTION, `/actions/${id}`, who.cookie)).toEqual(missing);
    }
  });

  it("does not count a withdrawn story", async () => {
    const gone = plantStory({
      partnershipId: loop.partnershipId,
      roundId: loop.roundId,
      organisationId: loop.orgs.tumaini,
      text: "",
      scope: "partners",
      withdrawn: true,
    });
    const id = await create();
    testDb().db.insert(actionStories).values({ actionId: id, storyId: gone }).run();
    const list = (await get(LIST, `/partnerships/${loop.partnershipId}/actions`, loop.people.sanne.cookie)).data as {
      actions: { storyCount: number }[];
    };
    expect(list.actions[0].storyCount).toBe(1);
  });
});

describe("the life of an action", () => {
  const edit = (who: Member, id: number, change: Record<string, string | string[]>) =>
    post(ACTION, `/actions/${id}`, who.cookie, form({ intent: "save", ...valid(), ...change }));
  const confirm = (who: Member, id: number, decision: string, comment = "") =>
    post(ACTION, `/actions/${id}`, who.cookie, [
      ["intent", "confirm"],
      ["decision", decision],
      ["comment", comment],
    ]);

  it("goes done, is confirmed or disputed by the community, and shows both", async () => {
    const id = await create();
    expect(await confirm(loop.people.otieno, id, "confirmed")).toMatchObject({ status: 409 });
    expect((await edit(loop.people.sanne, id, { status: "done" })).status).toBe(302);
    expect(actionsForHome(loop.people.otieno.person())).toEqual([
      { id, title: "Pay stipends on time 💸", partnershipName: "Nairobi Programme" },
    ]);
    expect(actionsForHome(loop.people.sanne.person())).toBeNull();
    const needsReason = await confirm(loop.people.otieno, id, "disputed", "  ");
    expect(needsReason.status).toBe(400);
    expect((needsReason.data as { errors: Record<string, string> }).errors).toEqual({ comment: "action.error.comment_required" });
    expect((await confirm(loop.people.otieno, id, "maybe")).status).toBe(400);
    expect(rows()[0].communityConfirmation).toBeNull();
    expect((await confirm(loop.people.otieno, id, "disputed", "Stipends still <b>late</b>")).status).toBe(302);
    expect(rows()[0]).toMatchObject({
      status: "done",
      communityConfirmation: "disputed",
      confirmationComment: "Stipends still <b>late</b>",
      confirmedBy: loop.people.otieno.id,
    });
    expect(actionsForHome(loop.people.otieno.person())).toEqual([]);
    const page = await renderPage(LIST, `/partnerships/${loop.partnershipId}/actions`, loop.people.juma.cookie);
    expect(page.html).toContain("Marked done");
    expect(page.html).toContain("the community says it did not happen");
    expect(page.html).toContain("&lt;b&gt;late&lt;/b&gt;");
    // Wanjiru coordinates the other community partner: she may give the community's word too.
    expect((await confirm(loop.people.wanjiru, id, "confirmed")).status).toBe(302);
    expect(rows()[0].communityConfirmation).toBe("confirmed");
    // A new status asks for the community's word again.
    expect((await edit(loop.people.sanne, id, { status: "started" })).status).toBe(302);
    expect(rows()[0]).toMatchObject({ status: "started", communityConfirmation: null, confirmationComment: null });
  });

  it("refuses members, funders and INGO staff the community's word, and members and funders the edit", async () => {
    const id = await create();
    await edit(loop.people.sanne, id, { status: "done" });
    for (const who of [loop.people.juma, loop.people.sanne, loop.people.pieter, loop.people.grace, loop.people.farStaff])
      expect((await confirm(who, id, "confirmed")).status).toBe(404);
    for (const who of [loop.people.juma, loop.people.grace, loop.people.facilitator])
      expect((await edit(who, id, { title: "hijacked" })).status).toBe(404);
    expect(rows()[0]).toMatchObject({ title: "Pay stipends on time 💸", communityConfirmation: null });
  });

  it("keeps links to stories the editor may not read when someone else edits", async () => {
    const id = await create(loop.people.sanne, { ...valid(), stories: [pub(shared), pub(pamojaStory)] });
    // Wanjiru (Pamoja) may read Pamoja's story but not Tumaini's: her edit must not drop it.
    const wanjiruView = (await get(ACTION, `/actions/${id}`, loop.people.wanjiru.cookie)).data as {
      edit: { values: { stories: string[] } };
    };
    expect(wanjiruView.edit.values.stories).toEqual([pub(pamojaStory)]);
    expect((await edit(loop.people.wanjiru, id, { stories: [] })).status).toBe(302);
    expect(testDb().db.select().from(actionStories).all()).toEqual([{ actionId: id, storyId: shared }]);
  });
});
