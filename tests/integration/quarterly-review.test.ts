// The quarterly review (its agenda drafted from the demo's open actions, disputed facts and new stories —
// never a story its reader may not read), its minutes, and decisions that become actions in one step.
import { and, asc, eq, inArray } from "drizzle-orm";
import { actions, reviewDecisions, rounds, stories } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { getPerson } from "../../app/models/people/people.server";
import { createSession } from "../../app/models/people/sessions.server";
import { mayRead, SHARED_SCOPES, voiceFactsOfStory, storyFactColumns } from "../../app/models/consent.server";
import { draftAgenda } from "../../app/models/reviews/agenda.server";
import * as reviewPage from "../../app/routes/partnerships.$partnershipId.reviews.$roundId";
import * as reviewList from "../../app/routes/partnerships.$partnershipId.reviews._index";
import { open } from "../../app/models/platform/sealed-fields.server";
import { renderPage } from "../support/render-page";
import { get, post, route, type Outcome } from "../support/route-calls";
import { demoSnapshotReady, useDemoDatabase } from "./setup";

beforeAll(demoSnapshotReady);

const REVIEW = route(reviewPage, "/partnerships/:partnershipId/reviews/:roundId");
const LIST = route(reviewList, "/partnerships/:partnershipId/reviews");

async function demoWorld() {
  const { demo } = await useDemoDatabase();
  const person = (email: string) => getPerson(demo.people[email])!;
  const cookie = (email: string) => `sikiliza_session=${createSession(demo.people[email])}`;
  const [first, second, open] = db()
    .select({ id: rounds.id })
    .from(rounds)
    .where(eq(rounds.partnershipId, demo.partnershipId))
    .orderBy(asc(rounds.opensAt))
    .all()
    .map((r) => r.id);
  return {
    demo,
    person,
    cookie,
    rounds: { first, second, open },
    path: (roundId: number) => `/partnerships/${demo.partnershipId}/reviews/${roundId}`,
  };
}

type World = Awaited<ReturnType<typeof demoWorld>>;
const errors = (outcome: Outcome) => (outcome.data as { errors: Record<string, string> }).errors;

/** The round's shared stories this person may read, by the consent module's own rule, as organisation names. */
function readableSharedStories(world: World, email: string, roundId: number) {
  const viewer = { kind: "person" as const, person: world.person(email) };
  return db()
    .select(storyFactColumns)
    .from(stories)
    .where(and(eq(stories.roundId, roundId), inArray(stories.scope, [...SHARED_SCOPES])))
    .all()
    .filter((row) => mayRead(viewer, voiceFactsOfStory(row), { kind: "page" }));
}

describe("the drafted agenda", () => {
  it("lists the demo's open actions, its disputed facts and the round's new stories shared with the INGO — for each reader only the stories that reader may read", async () => {
    const world = await demoWorld();
    const { demo, rounds: r } = world;
    const sanne = draftAgenda(world.person("sanne@ghp.example"), demo.partnershipId, r.open);
    const open = db()
      .select({ id: actions.id })
      .from(actions)
      .where(and(eq(actions.partnershipId, demo.partnershipId), inArray(actions.status, ["proposed", "started"])))
      .all();
    expect(open.length).toBeGreaterThan(0);
    expect(sanne.openActions.map((a) => a.id).sort()).toEqual(open.map((a) => a.id).sort());

    const second = draftAgenda(world.person("sanne@ghp.example"), demo.partnershipId, r.second);
    expect(second.disputedFacts).toEqual([
      { fact: "budget_share", organisation: "Pamoja Harm Reduction Network", value: "6", communityValue: "3" },
    ]);

    for (const email of [
      "sanne@ghp.example",
      "otieno@tumaini.example",
      "wanjiru@pamoja.example",
      "juma@tumaini.example",
      "facilitator@sikiliza.example",
    ]) {
      for (const roundId of [r.second, r.open]) {
        const agenda = draftAgenda(world.person(email), demo.partnershipId, roundId);
        const readable = readableSharedStories(world, email, roundId);
        expect(agenda.stories, `${email} in round ${roundId}`).toHaveLength(readable.length);
      }
    }
    // The INGO reads the stories both collectives shared; Pamoja's coordinator never gets Tumaini's.
    const wanjiru = draftAgenda(world.person("wanjiru@pamoja.example"), demo.partnershipId, r.open);
    const sanneOpen = draftAgenda(world.person("sanne@ghp.example"), demo.partnershipId, r.open);
    expect(sanneOpen.stories.some((s) => s.organisation === "Tumaini Men's Collective")).toBe(true);
    expect(wanjiru.stories.every((s) => s.organisation === "Pamoja Harm Reduction Network")).toBe(true);
    // The facilitator reads no story by role.
    expect(draftAgenda(world.person("facilitator@sikiliza.example"), demo.partnershipId, r.open).stories).toEqual([]);
  });

  it("prints the page without a story's words: metadata only", async () => {
    const world = await demoWorld();
    const texts = db()
      .select({ id: stories.id, textEnc: stories.textEnc })
      .from(stories)
      .where(eq(stories.roundId, world.rounds.open))
      .all()
      .flatMap((s) => open({ table: "stories", column: "text" }, s.id, s.textEnc) ?? []);
    expect(texts.length).toBeGreaterThan(0);
    for (const email of ["otieno@tumaini.example", "sanne@ghp.example"]) {
      const { status, html } = await renderPage(REVIEW, world.path(world.rounds.open), world.cookie(email));
      expect(status).toBe(200);
      expect(html).toContain("A story from Tumaini Men&#x27;s Collective");
      for (const text of texts) expect(html).not.toContain(text.slice(0, 40).replace(/'/g, "&#x27;"));
    }
  });
});

describe("the minutes and the decisions", () => {
  it("records the agenda as written, the date and attendance by organisation, and a decision that becomes an action in one step", async () => {
    const world = await demoWorld();
    const { demo } = world;
    const path = world.path(world.rounds.second);
    const otieno = world.cookie("otieno@tumaini.example");
    const saved = await post(REVIEW, path, otieno, {
      intent: "minutes",
      agenda: "1. The budget meeting\n2. Payments",
      heldOn: "2026-10-02",
      attendance: [String(demo.orgs.tumaini), String(demo.orgs.ghp)],
    });
    expect(saved.location).toBe(path);
    const decided = await post(REVIEW, path, otieno, {
      intent: "decision",
      text: "Share the budget draft with both collectives before it is final",
      makeAction: "yes",
      owner: String(demo.orgs.ghp),
      due: "2026-12-15",
    });
    expect(decided.location).toBe(path);
    await post(REVIEW, path, otieno, { intent: "decision", text: "Meet again in January", makeAction: "", owner: "", due: "" });

    const action = db()
      .select()
      .from(actions)
      .where(eq(actions.title, "Share the budget draft with both collectives before it is final"))
      .get()!;
    expect(action).toMatchObject({
      ownerOrganisationId: demo.orgs.ghp,
      dueOn: "2026-12-15",
      status: "proposed",
      roundId: world.rounds.second,
    });
    expect(
      db()
        .select()
        .from(reviewDecisions)
        .all()
        .map((d) => [d.text, d.actionId]),
    ).toEqual([
      ["Share the budget draft with both collectives before it is final", action.id],
      ["Meet again in January", null],
    ]);

    // Past reviews stay readable as minutes, by the INGO too.
    const page = await get(REVIEW, path, world.cookie("sanne@ghp.example"));
    expect(page.data).toMatchObject({ agenda: "1. The budget meeting\n2. Payments", heldOn: "2026-10-02" });
    const { html } = await renderPage(REVIEW, path, world.cookie("sanne@ghp.example"));
    expect(html).toContain("Attended: Global Health Partners, Tumaini Men&#x27;s Collective");
    expect(html).toContain("action for Global Health Partners, due 2026-12-15");
    const list = await renderPage(LIST, `/partnerships/${demo.partnershipId}/reviews`, world.cookie("juma@tumaini.example"));
    expect(list.html).toContain("held — 2 decisions");
  });

  it.each([
    ["a decision with no words", { intent: "decision", text: "  ", makeAction: "", owner: "", due: "" }, "text"],
    ["an action without an owner", { intent: "decision", text: "Pay on time", makeAction: "yes", owner: "", due: "" }, "owner"],
    ["a due date that is no date", { intent: "decision", text: "Pay on time", makeAction: "yes", owner: "1", due: "soon" }, "due"],
    ["a meeting date that is no date", { intent: "minutes", agenda: "x", heldOn: "yesterday", attendance: [] }, "heldOn"],
    ["an organisation outside the partnership", { intent: "minutes", agenda: "x", heldOn: "", attendance: ["999999"] }, "attendance"],
  ])("refuses %s with a message naming the field, changing nothing", async (_case, form, field) => {
    const world = await demoWorld();
    const before = db().select().from(actions).all().length;
    const outcome = await post(
      REVIEW,
      world.path(world.rounds.second),
      world.cookie("otieno@tumaini.example"),
      form as Record<string, string | string[]>,
    );
    expect(outcome.status).toBe(400);
    expect(errors(outcome)).toHaveProperty(field);
    expect(db().select().from(actions).all()).toHaveLength(before);
    expect(db().select().from(reviewDecisions).all()).toEqual([]);
  });

  it("lets the facilitator record a decision but not make an action, and a member only read", async () => {
    const world = await demoWorld();
    const path = world.path(world.rounds.second);
    const refused = await post(REVIEW, path, world.cookie("facilitator@sikiliza.example"), {
      intent: "decision",
      text: "Pay on time",
      makeAction: "yes",
      owner: String(world.demo.orgs.ghp),
      due: "",
    });
    expect(errors(refused)).toHaveProperty("makeAction");
    expect((await get(REVIEW, path, world.cookie("juma@tumaini.example"))).status).toBe(200);
    expect(
      (
        await post(REVIEW, path, world.cookie("juma@tumaini.example"), {
          intent: "decision",
          text: "x",
          makeAction: "",
          owner: "",
          due: "",
        })
      ).status,
    ).toBe(404);
  });

  it("gives the funder the same 404 as for a review that does not exist", async () => {
    const world = await demoWorld();
    const grace = world.cookie("grace@openhorizons.example");
    const missing = await get(REVIEW, `/partnerships/${world.demo.partnershipId}/reviews/999999`, grace);
    for (const path of [world.path(world.rounds.open), world.path(world.rounds.first)]) {
      const outcome = await get(REVIEW, path, grace);
      expect(outcome.status).toBe(404);
      expect(outcome.body).toBe(missing.body);
    }
    expect((await get(LIST, `/partnerships/${world.demo.partnershipId}/reviews`, grace)).status).toBe(404);
  });
});
