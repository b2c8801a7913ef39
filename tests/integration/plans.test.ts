// Goal trees and the Road to Progress: edited by the community partners and the INGO together, every change
// kept with who made it, drawn as SVG with the same items as the list; outsiders and funders refused, bad
// input refused naming its field with nothing changed (docs/decisions/028, docs/security.md 1.16).
import { eq } from "drizzle-orm";
import { goalTreeItems, memberships, organisations, partnershipMembers, planChanges, roadMilestones } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { saveAction } from "../../app/models/listening/action-writes.server";
import { createTheme, mergeThemes } from "../../app/models/stories/themes.server";
import * as goalsPage from "../../app/routes/partnerships.$partnershipId.goals.$themeId";
import * as goalsList from "../../app/routes/partnerships.$partnershipId.goals._index";
import * as roadPage from "../../app/routes/partnerships.$partnershipId.road";
import { createSession } from "../../app/models/people/sessions.server";
import { DEMO_TREE_THEME } from "../../app/demo/plans";
import { renderPage } from "../support/render-page";
import { planItems } from "../support/plan-items";
import { get, post, route, type Outcome } from "../support/route-calls";
import { buildAlliance, openRound, organisation, partnership } from "../support/world";
import { demoSnapshotReady, useDemoDatabase } from "./setup";

const GOALS = route(goalsPage, "/partnerships/:partnershipId/goals/:themeId");
const GOAL_LIST = route(goalsList, "/partnerships/:partnershipId/goals");
const ROAD = route(roadPage, "/partnerships/:partnershipId/road");

function world() {
  const w = buildAlliance({
    organisations: {
      tumaini: { name: "Tumaini Collective", kind: "community_led" },
      ghp: { name: "Global Health Partners", kind: "ingo" },
      funder: { name: "Open Horizons", kind: "funder" },
      elsewhere: { name: "Another Collective", kind: "community_led" },
    },
    partnership: { name: "Tumaini–GHP", members: { tumaini: "community_partner", ghp: "ingo_partner", funder: "funder" } },
    people: {
      otieno: { name: "Otieno Ochieng", of: "tumaini", role: "coordinator" },
      juma: { name: "Juma Mwangi", of: "tumaini" },
      sanne: { name: "Sanne de Vries", of: "ghp" },
      grace: { name: "Grace Akinyi", of: "funder" },
      outsider: { name: "Someone Else", of: "elsewhere", role: "coordinator" },
      facilitator: { name: "Facilitator", facilitator: true },
    },
  });
  // The outsider works in another partnership with the same INGO.
  partnership("Another partnership", [
    [w.orgs.elsewhere, "community_partner"],
    [w.orgs.ghp, "ingo_partner"],
  ]);
  const roundId = openRound(w.partnershipId);
  const action = (title: string) => {
    const saved = saveAction(w.people.sanne.person(), w.partnershipId, {
      title,
      owner: w.orgs.tumaini,
      due: null,
      status: "proposed",
      round: roundId,
      dimensions: [],
      stories: [],
    });
    if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
    return saved.id;
  };
  const theme = createTheme(w.people.otieno.person(), w.partnershipId, "Working together");
  if (!theme.ok) throw new Error("theme refused");
  return {
    ...w,
    actions: { invite: action("Invite both collectives to planning"), budget: action("Share the whole budget") },
    themeId: theme.themeId,
    goals: `/partnerships/${w.partnershipId}/goals/${theme.themeId}`,
    road: `/partnerships/${w.partnershipId}/road`,
  };
}

type World = ReturnType<typeof world>;
const items = () => db().select().from(goalTreeItems).all();
const milestones = () => db().select().from(roadMilestones).all();
const changes = () => db().select().from(planChanges).all();
const errorsOf = (o: Outcome) => (o.data as { errors: Record<string, string> }).errors;
const idFrom = (o: Outcome) => Number(/#item-(\d+)$/.exec(o.location ?? "")?.[1]);

/** A problem by the community, a cause by the INGO, a goal by the community and an action linked by the INGO. */
async function growTree(w: World) {
  const add = async (cookie: string, fields: Record<string, string>) => {
    const o = await post(GOALS, w.goals, cookie, { intent: "add", ...fields });
    expect(o.status).toBe(302);
    return idFrom(o);
  };
  const problem = await add(w.people.juma.cookie, { kind: "problem", parentId: "", text: "We hear of decisions after they are made" });
  const cause = await add(w.people.sanne.cookie, { kind: "cause", parentId: String(problem), text: "Meetings are called at short notice" });
  const goal = await add(w.people.otieno.cookie, { kind: "goal", parentId: String(cause), text: "Both sides plan <together> & early" });
  const action = await add(w.people.sanne.cookie, { kind: "action", parentId: String(goal), actionId: String(w.actions.invite) });
  return { problem, cause, goal, action };
}

describe("goal tree", () => {
  it("is edited by both sides, and its history shows each change with the organisation that made it", async () => {
    const w = world();
    const tree = await growTree(w);
    const edited = await post(GOALS, w.goals, w.people.otieno.cookie, {
      intent: "edit",
      itemId: String(tree.cause),
      was: "Meetings are called at short notice",
      text: "Meetings are called at short notice, by GHP alone",
    });
    expect(edited.status).toBe(302);
    expect(items().find((i) => i.id === tree.cause)?.text).toBe("Meetings are called at short notice, by GHP alone");

    const history = changes();
    expect(history.map((c) => [c.change, c.subject, c.organisationId])).toEqual([
      ["added", "problem", w.orgs.tumaini],
      ["added", "cause", w.orgs.ghp],
      ["added", "goal", w.orgs.tumaini],
      ["linked", "action", w.orgs.ghp],
      ["edited", "cause", w.orgs.tumaini],
    ]);
    expect(history[4]).toMatchObject({
      before: "Meetings are called at short notice",
      after: "Meetings are called at short notice, by GHP alone",
    });

    // The page shows the history: each side reads its own people's names, and the other side's organisation only.
    const asSanne = (await renderPage(GOALS, w.goals, w.people.sanne.cookie)).html;
    expect(asSanne).toContain("Sanne de Vries (Global Health Partners)");
    expect(asSanne).toContain("Tumaini Collective");
    expect(asSanne).not.toContain("Juma Mwangi");
    expect(asSanne).not.toContain("Otieno Ochieng");
    const asOtieno = (await renderPage(GOALS, w.goals, w.people.otieno.cookie)).html;
    expect(asOtieno).toContain("Juma Mwangi (Tumaini Collective)");
    expect(asOtieno).toContain("Otieno Ochieng (Tumaini Collective)");
    expect(asOtieno).not.toContain("Sanne de Vries");
    expect(asOtieno).toContain("Global Health Partners");
  });

  it("draws the same items in the SVG as in the list, its words escaped", async () => {
    const w = world();
    const tree = await growTree(w);
    const { drawing, list, svg } = planItems((await renderPage(GOALS, w.goals, w.people.juma.cookie)).html);
    expect([...drawing.keys()].sort()).toEqual(
      [`problem:${tree.problem}`, `cause:${tree.cause}`, `goal:${tree.goal}`, `action:${tree.action}`].sort(),
    );
    expect(drawing).toEqual(list);
    expect(drawing.get(`goal:${tree.goal}`)).toBe("Bothsidesplan<together>&early");
    expect(svg).toContain("&lt;together&gt; &amp;");
    expect(svg).not.toContain("<together>");
    expect(svg.match(/<title>/g)?.length).toBe(4);
  });

  it("removes an item with everything under it, and the history keeps the words", async () => {
    const w = world();
    const tree = await growTree(w);
    expect((await post(GOALS, w.goals, w.people.sanne.cookie, { intent: "remove", itemId: String(tree.cause) })).status).toBe(302);
    expect(items().map((i) => i.id)).toEqual([tree.problem]);
    expect(changes().at(-1)).toMatchObject({ change: "removed", subject: "cause", before: "Meetings are called at short notice" });
  });

  it("refuses bad input naming the field, and changes nothing", async () => {
    const w = world();
    const tree = await growTree(w);
    const before = { items: items(), changes: changes().length };
    const cases: [Record<string, string>, string][] = [
      [{ intent: "add", kind: "problem", parentId: "", text: "   " }, "text"],
      [{ intent: "add", kind: "problem", parentId: "", text: "x".repeat(201) }, "text"],
      [{ intent: "add", kind: "goal", parentId: String(tree.problem), text: "A goal under a problem" }, "parentId"],
      [{ intent: "add", kind: "cause", parentId: "", text: "A cause with no problem" }, "parentId"],
      [{ intent: "add", kind: "tree", parentId: "", text: "What kind?" }, "kind"],
      [{ intent: "add", kind: "action", parentId: String(tree.goal), actionId: "999999" }, "actionId"],
      [{ intent: "add", kind: "action", parentId: String(tree.goal), actionId: String(w.actions.invite) }, "actionId"],
      [{ intent: "edit", itemId: String(tree.goal), was: "not what it says now", text: "Lost update" }, "text"],
      [{ intent: "edit", itemId: "abc", was: "", text: "x" }, "itemId"],
      [{ intent: "shred" }, "intent"],
    ];
    for (const [form, field] of cases) {
      const o = await post(GOALS, w.goals, w.people.otieno.cookie, { ...form, formKey: "k" });
      expect(o.status, JSON.stringify(form)).toBe(400);
      expect(Object.keys(errorsOf(o)), JSON.stringify(form)).toEqual([field]);
    }
    expect(items()).toEqual(before.items);
    expect(changes().length).toBe(before.changes);
    // The refused form comes back with its message beside it, as the page a browser gets.
    const page = await renderPage(GOALS, w.goals, w.people.otieno.cookie, {
      intent: "add",
      formKey: "add-problem-top",
      kind: "problem",
      parentId: "",
      text: "",
    });
    expect(page.status).toBe(400);
    expect(page.html).toContain("Words: write between 1 and 200 characters.");
  });

  it("adds once when the same form is sent twice", async () => {
    const w = world();
    const form = { intent: "add", kind: "problem", parentId: "", text: "Sent twice", form_token: "AAAAAAAAAAAAAAAAAAAAAA" };
    const first = await post(GOALS, w.goals, w.people.juma.cookie, form);
    const second = await post(GOALS, w.goals, w.people.juma.cookie, form);
    expect(second.location).toBe(first.location);
    expect(items().length).toBe(1);
    expect(changes().length).toBe(1);
  });

  it("is not shown to a funder or another partnership's people, nor edited by the facilitator, who reads it", async () => {
    const w = world();
    await growTree(w);
    const list = `/partnerships/${w.partnershipId}/goals`;
    for (const who of [w.people.grace, w.people.outsider]) {
      expect((await get(GOALS, w.goals, who.cookie)).status).toBe(404);
      expect((await get(GOAL_LIST, list, who.cookie)).status).toBe(404);
    }
    const before = items().length;
    for (const who of [w.people.grace, w.people.outsider, w.people.facilitator]) {
      const o = await post(GOALS, w.goals, who.cookie, { intent: "add", kind: "problem", parentId: "", text: "Not mine to write" });
      expect(o.status).toBe(404);
    }
    expect(items().length).toBe(before);
    expect((await get(GOALS, w.goals, w.people.facilitator.cookie)).status).toBe(200);
    // A theme of another partnership is the same 404 as one that does not exist.
    expect((await get(GOALS, `/partnerships/${w.partnershipId}/goals/999999`, w.people.sanne.cookie)).status).toBe(404);
    const listed = await get(GOAL_LIST, list, w.people.sanne.cookie);
    expect((listed.data as { themes: { name: string; items: number }[] }).themes).toEqual([
      expect.objectContaining({ name: "Working together", items: 4 }),
    ]);
  });

  it("stays whole when its theme is merged into another: the tree and its history move with the stories", async () => {
    const w = world();
    const tree = await growTree(w);
    const into = createTheme(w.people.otieno.person(), w.partnershipId, "Planning together");
    if (!into.ok) throw new Error("theme refused");
    expect(mergeThemes(w.people.otieno.person(), w.themeId, into.themeId).ok).toBe(true);
    expect(items().map((i) => [i.id, i.themeId])).toEqual(Object.values(tree).map((id) => [id, into.themeId]));
    const merged = await renderPage(GOALS, `/partnerships/${w.partnershipId}/goals/${into.themeId}`, w.people.sanne.cookie);
    expect(planItems(merged.html).list.size).toBe(4);
    expect(merged.html).toContain("Meetings are called at short notice");
    expect(changes().every((c) => c.themeId === into.themeId)).toBe(true);
  });
});

describe("road to progress", () => {
  async function buildRoad(w: World) {
    const add = async (cookie: string, title: string, status: string) => {
      const o = await post(ROAD, w.road, cookie, { intent: "add", title, status });
      expect(o.status).toBe(302);
      return idFrom(o);
    };
    const first = await add(w.people.sanne.cookie, "Both collectives at the planning table", "reached");
    const second = await add(w.people.juma.cookie, "The whole budget open to every partner", "planned");
    const third = await add(w.people.sanne.cookie, "Clinic staff trained by the community", "planned");
    const link = async (cookie: string, milestoneId: number, actionId: number) =>
      expect(
        (await post(ROAD, w.road, cookie, { intent: "link", milestoneId: String(milestoneId), actionId: String(actionId) })).status,
      ).toBe(302);
    await link(w.people.otieno.cookie, first, w.actions.invite);
    await link(w.people.sanne.cookie, second, w.actions.budget);
    return { first, second, third };
  }

  it("is edited by both sides — status, order, links — and the history shows who did each", async () => {
    const w = world();
    const road = await buildRoad(w);
    const status = await post(ROAD, w.road, w.people.otieno.cookie, {
      intent: "edit",
      milestoneId: String(road.second),
      was: "The whole budget open to every partner",
      title: "The whole budget open to every partner",
      status: "under_way",
    });
    expect(status.status).toBe(302);
    expect(
      (await post(ROAD, w.road, w.people.sanne.cookie, { intent: "move", milestoneId: String(road.third), direction: "up" })).status,
    ).toBe(302);
    const order = milestones()
      .sort((a, b) => a.position - b.position)
      .map((m) => [m.id, m.status]);
    expect(order).toEqual([
      [road.first, "reached"],
      [road.third, "planned"],
      [road.second, "under_way"],
    ]);
    expect(changes().map((c) => [c.change, c.organisationId])).toEqual([
      ["added", w.orgs.ghp],
      ["added", w.orgs.tumaini],
      ["added", w.orgs.ghp],
      ["linked", w.orgs.tumaini],
      ["linked", w.orgs.ghp],
      ["status", w.orgs.tumaini],
      ["moved", w.orgs.ghp],
    ]);
    const html = (await renderPage(ROAD, w.road, w.people.juma.cookie)).html;
    expect(html).toContain("Otieno Ochieng (Tumaini Collective)");
    expect(html).toContain("set “The whole budget open to every partner” from planned to under way");
    expect(html).toContain("moved “Clinic staff trained by the community” from place 3 to place 2");
    expect(html).not.toContain("Sanne de Vries");
  });

  it("draws the same milestones and actions in the SVG as in the list, in the same order", async () => {
    const w = world();
    const road = await buildRoad(w);
    const { drawing, list, svg } = planItems((await renderPage(ROAD, w.road, w.people.sanne.cookie)).html);
    expect([...drawing.keys()]).toEqual([
      `milestone:${road.first}`,
      `action:${road.first}-${w.actions.invite}`,
      `milestone:${road.second}`,
      `action:${road.second}-${w.actions.budget}`,
      `milestone:${road.third}`,
    ]);
    expect([...list.keys()]).toEqual([...drawing.keys()]);
    expect(drawing).toEqual(list);
    // The status is written in words in the drawing, not only coloured.
    expect(svg).toContain(">reached<");
    expect(svg).toContain(">planned<");
  });

  it("refuses bad input naming the field, changes nothing, and refuses outsiders and funders", async () => {
    const w = world();
    const road = await buildRoad(w);
    const before = { milestones: milestones(), changes: changes().length };
    const cases: [Record<string, string>, string][] = [
      [{ intent: "add", title: "", status: "planned" }, "title"],
      [{ intent: "add", title: "A milestone", status: "finished" }, "status"],
      [{ intent: "edit", milestoneId: String(road.first), was: "stale words", title: "New", status: "reached" }, "title"],
      [{ intent: "move", milestoneId: String(road.first), direction: "sideways" }, "direction"],
      [{ intent: "link", milestoneId: String(road.third), actionId: "" }, "actionId"],
      [{ intent: "link", milestoneId: String(road.first), actionId: String(w.actions.invite) }, "actionId"],
    ];
    for (const [form, field] of cases) {
      const o = await post(ROAD, w.road, w.people.juma.cookie, form);
      expect(o.status, JSON.stringify(form)).toBe(400);
      expect(Object.keys(errorsOf(o)), JSON.stringify(form)).toEqual([field]);
    }
    for (const who of [w.people.grace, w.people.outsider]) {
      expect((await get(ROAD, w.road, who.cookie)).status).toBe(404);
      expect((await post(ROAD, w.road, who.cookie, { intent: "add", title: "Not mine", status: "planned" })).status).toBe(404);
    }
    expect((await post(ROAD, w.road, w.people.facilitator.cookie, { intent: "remove", milestoneId: String(road.first) })).status).toBe(404);
    expect(milestones()).toEqual(before.milestones);
    expect(changes().length).toBe(before.changes);
  });
});

describe("an editor in more than one of the partnership's organisations", () => {
  it("acts for a community partner before the INGO, the first by name when there are two", async () => {
    const w = world();
    // Sanne, of the INGO, also joins two collectives of the partnership: Zawadi first, then Amani.
    for (const name of ["Zawadi Collective", "Amani Collective"]) {
      const id = organisation({ name, kind: "community_led" });
      db().insert(partnershipMembers).values({ partnershipId: w.partnershipId, organisationId: id, role: "community_partner" }).run();
      db().insert(memberships).values({ personId: w.people.sanne.id, organisationId: id, role: "member" }).run();
    }
    const o = await post(ROAD, w.road, w.people.sanne.cookie, { intent: "add", title: "Recorded for Amani", status: "planned" });
    expect(o.status).toBe(302);
    const amani = db().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Amani Collective")).get()!.id;
    expect(changes().map((c) => c.organisationId)).toEqual([amani]);
  });
});

describe("the demo", () => {
  beforeAll(demoSnapshotReady);

  it("holds a goal tree for one theme and a road of four milestones linked to its actions, drawn as listed, changed by both sides", async () => {
    const { demo } = await useDemoDatabase();
    const cookie = `sikiliza_session=${createSession(demo.people["otieno@tumaini.example"])}`;
    const list = await get(GOAL_LIST, `/partnerships/${demo.partnershipId}/goals`, cookie);
    const theme = (list.data as { themes: { id: number; name: string; items: number }[] }).themes.find((t) => t.name === DEMO_TREE_THEME)!;
    expect(theme.items).toBe(10);
    const tree = planItems((await renderPage(GOALS, `/partnerships/${demo.partnershipId}/goals/${theme.id}`, cookie)).html);
    expect(tree.drawing).toEqual(tree.list);
    expect([...tree.drawing.keys()].filter((k) => k.startsWith("action:"))).toHaveLength(3);
    const road = await renderPage(ROAD, `/partnerships/${demo.partnershipId}/road`, cookie);
    const drawn = planItems(road.html);
    expect(drawn.drawing).toEqual(drawn.list);
    expect([...drawn.drawing.keys()].filter((k) => k.startsWith("milestone:"))).toHaveLength(4);
    expect([...drawn.drawing.keys()].filter((k) => k.startsWith("action:"))).toHaveLength(4);
    const organisations = new Set(changes().map((c) => c.organisationId));
    expect(organisations).toEqual(new Set([demo.orgs.tumaini, demo.orgs.pamoja, demo.orgs.ghp]));
  });
});
