// The listening figures counted from real rows (reads, answers, actions, ratings) against values worked
// out by hand, the page that shows them, and the felt-heard rating where the teller's word wins.
import { eq } from "drizzle-orm";
import { actions, feltHeard } from "../../db/schema";
import { writeTransaction } from "../../db/client";
import { saveAction } from "../../app/models/listening/action-writes.server";
import { db } from "../../app/models/platform/context.server";
import { feltHeardFor, rateAnswer } from "../../app/models/listening/felt-heard.server";
import { recordFirstRead } from "../../app/models/listening/inbox-story.server";
import { listeningFiguresFor } from "../../app/models/listening/figures.server";
import { createRound } from "../../app/models/rounds/rounds.server";
import { insertAnswer } from "../../app/models/listening/answers.server";
import * as feltPage from "../../app/routes/felt-heard.$storyId";
import * as listeningPage from "../../app/routes/partnerships.$partnershipId.listening";
import { listeningAlliance, type ListeningAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { get, post, route } from "../support/route-calls";
import { DAY, type Member } from "../support/world";
import { plantStory } from "./planted-stories";
import { testDb, demoSnapshotReady, useDemoDatabase } from "./setup";
import { pub } from "../support/public-ids";

const LISTENING = route(listeningPage, "/partnerships/:partnershipId/listening");
const FELT = route(feltPage, "/felt-heard/:storyId");
const NOW = "2026-06-30T00:00:00.000Z";

let loop: ListeningAlliance;
beforeEach(() => {
  loop = listeningAlliance();
});

const at = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const answer = (storyId: number, day: string) =>
  writeTransaction(db(), (tx) =>
    insertAnswer(tx, {
      storyId,
      personId: loop.people.sanne.id,
      organisationId: loop.orgs.ghp,
      heard: "heard",
      willDo: "will do",
      at: at(day),
    }),
  );

function action(
  roundId: number,
  status: "proposed" | "started" | "done" | "dropped",
  confirmation: "confirmed" | "disputed" | null,
  storyIds: number[] = [],
) {
  const saved = saveAction(loop.people.sanne.person(), loop.partnershipId, {
    title: `action ${status}`,
    owner: loop.orgs.ghp,
    due: null,
    status,
    round: roundId,
    dimensions: [],
    stories: storyIds,
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  testDb().db.update(actions).set({ communityConfirmation: confirmation }).where(eq(actions.id, saved.id)).run();
  return saved.id;
}

/** One round laid out by hand; the comments give each story's part in the expected figures. */
function seedRound() {
  const story = (scope: "partners" | "report" | "community", created: string, extra: { withdrawn?: boolean; roundId?: number } = {}) =>
    plantStory({
      partnershipId: loop.partnershipId,
      roundId: extra.roundId ?? loop.roundId,
      organisationId: loop.orgs.tumaini,
      text: `story ${created}`,
      scope,
      createdAt: at(created).toISOString(),
      withdrawn: extra.withdrawn,
    });
  // s1: read after 2 days, answered after 5, linked, felt 4 (teller)
  const s1 = story("partners", "2026-04-01");
  recordFirstRead(s1, loop.people.sanne.id, at("2026-04-03"));
  answer(s1, "2026-04-06");
  // s2: read after 18 days (late), answered after 20, felt 2 (coordinator)
  const s2 = story("report", "2026-04-02");
  recordFirstRead(s2, loop.people.pieter.id, at("2026-04-20"));
  answer(s2, "2026-04-22");
  // s3: never read, never answered
  story("partners", "2026-04-10");
  // s4: read after 1 day, answered after 10, linked, felt 5 (teller)
  const s4 = story("partners", "2026-04-15");
  recordFirstRead(s4, loop.people.sanne.id, at("2026-04-16"));
  answer(s4, "2026-04-25");
  // s5: told 5 days before now: out of the 14-day share; answered after 2 days
  const s5 = story("report", "2026-06-25");
  recordFirstRead(s5, loop.people.sanne.id, at("2026-06-26"));
  answer(s5, "2026-06-27");
  // kept in the community: never shared, counts nowhere
  story("community", "2026-04-05");
  // withdrawn after it was read, answered, linked and rated: counts nowhere
  const gone = story("partners", "2026-04-03", { withdrawn: true });
  recordFirstRead(gone, loop.people.sanne.id, at("2026-04-04"));
  answer(gone, "2026-04-05");
  testDb().db.insert(feltHeard).values({ storyId: gone, rating: 1, ratedBy: "teller" }).run();
  expect(rateAnswer({ storyId: s1, rating: 4, ratedBy: "teller" })).toBe("ok");
  expect(rateAnswer({ storyId: s2, rating: 2, ratedBy: "coordinator" })).toBe("ok");
  expect(rateAnswer({ storyId: s4, rating: 5, ratedBy: "teller" })).toBe("ok");
  // Actions of this round: three done (one confirmed), one started; and one of another round.
  const otherRound = createRound({
    partnershipId: loop.partnershipId,
    opensAt: new Date(Date.now() - 200 * DAY).toISOString(),
    closesAt: new Date(Date.now() - 100 * DAY).toISOString(),
    schedule: "none",
    instruments: [],
    invitees: [],
  });
  action(loop.roundId, "done", "confirmed", [s1]);
  action(loop.roundId, "done", "disputed", [s4]);
  action(loop.roundId, "done", null);
  action(loop.roundId, "started", "confirmed");
  action(otherRound, "done", "confirmed");
  // linked after the fact: withdrawn stories drop out of the linked share too
  testDb().db.$client.prepare("insert into action_stories (action_id, story_id) select min(id), ? from actions").run(gone);
  story("partners", "2026-01-10", { roundId: otherRound });
  return { s1, s2, s4, otherRound };
}

describe("listening figures from stored facts", () => {
  it("match the values worked out by hand", () => {
    seedRound();
    expect(listeningFiguresFor(loop.partnershipId, loop.roundId, NOW)).toEqual({
      roundId: loop.roundId,
      storiesShared: 5,
      storiesPastReadWindow: 4,
      shareReadWithin14Days: 0.5, // s1, s4 of s1–s4
      shareAnswered: 0.8, // s1, s2, s4, s5 of five
      answered: 4,
      medianDaysToAnswer: 7.5, // 2, 5, 10, 20
      shareLinkedToAction: 0.4, // s1, s4
      doneActions: 3,
      shareDoneConfirmed: 1 / 3,
      feltHeardMean: 11 / 3, // 4, 2, 5
      feltHeardN: 3,
    });
  });

  it("count nothing in a round without stories", () => {
    const { otherRound } = seedRound();
    const empty = createRound({
      partnershipId: loop.partnershipId,
      opensAt: new Date(Date.now() - 400 * DAY).toISOString(),
      closesAt: new Date(Date.now() - 300 * DAY).toISOString(),
      schedule: "none",
      instruments: [],
      invitees: [],
    });
    expect(listeningFiguresFor(loop.partnershipId, empty, NOW)).toMatchObject({
      storiesShared: 0,
      shareAnswered: null,
      medianDaysToAnswer: null,
      feltHeardMean: null,
      doneActions: 0,
    });
    expect(listeningFiguresFor(loop.partnershipId, otherRound, NOW)).toMatchObject({
      storiesShared: 1,
      doneActions: 1,
      shareDoneConfirmed: 1,
    });
  });
});

describe("the listening page", () => {
  it("shows partnership members each round's figures, hiding those resting on fewer than k", async () => {
    seedRound();
    const loaded = await get(LISTENING, `/partnerships/${loop.partnershipId}/listening`, loop.people.sanne.cookie);
    expect(loaded.status).toBe(200);
    const current = (loaded.data as { k: number; rounds: { id: number; figures: Record<string, unknown> }[] }).rounds.find(
      (r) => r.id === loop.roundId,
    )!;
    // Today every story of spring 2026 is past its 14 days: s1, s4 and s5 of five were read in time.
    expect(current.figures).toMatchObject({ storiesShared: 5, shareReadWithin14Days: 0.6, shareAnswered: 0.8, shareLinkedToAction: 0.4 });
    for (const hidden of ["medianDaysToAnswer", "feltHeardMean"]) expect(current.figures[hidden]).toMatchObject({ suppressed: true, k: 5 });
    const page = await renderPage(LISTENING, `/partnerships/${loop.partnershipId}/listening`, loop.people.juma.cookie);
    expect(page.status).toBe(200);
    expect(page.html).toContain("80 %");
    expect(page.html).toContain("fewer than 5");
    expect((await get(LISTENING, `/partnerships/${loop.partnershipId}/listening`, loop.people.otieno.cookie)).status).toBe(200);
  });

  it("does not exist for funders, facilitators and outsiders", async () => {
    const missing = await get(LISTENING, "/partnerships/999999/listening", loop.people.sanne.cookie);
    expect(missing.status).toBe(404);
    for (const who of [loop.people.grace, loop.people.facilitator, loop.people.farStaff])
      expect(await get(LISTENING, `/partnerships/${loop.partnershipId}/listening`, who.cookie)).toEqual(missing);
  });
});

describe("felt heard", () => {
  let storyId: number;
  beforeEach(() => {
    storyId = plantStory({
      partnershipId: loop.partnershipId,
      roundId: loop.roundId,
      organisationId: loop.orgs.tumaini,
      text: "told",
      scope: "partners",
    });
  });
  const rate = (who: Member, rating: string, comment = "") =>
    post(FELT, `/felt-heard/${pub(storyId)}`, who.cookie, [
      ["rating", rating],
      ["comment", comment],
    ]);

  it("has nothing to rate before the INGO answers", async () => {
    expect(rateAnswer({ storyId, rating: 3, ratedBy: "teller" })).toBe("not_answered");
    expect((await rate(loop.people.otieno, "3")).status).toBe(409);
    expect(feltHeardFor(storyId)).toBeNull();
  });

  it("lets a coordinator rate for the organisation until the teller does; the teller's word wins", async () => {
    answer(storyId, "2026-04-06");
    expect(await rate(loop.people.otieno, "2", "Tulisikilizwa kidogo 🙁")).toMatchObject({ status: 302 });
    expect(feltHeardFor(storyId)).toMatchObject({ rating: 2, ratedBy: "coordinator", comment: "Tulisikilizwa kidogo 🙁" });
    expect(testDb().db.select().from(feltHeard).get()!.commentEnc).not.toContain("Tulisikilizwa");
    expect(rateAnswer({ storyId, rating: 5, comment: "asante", ratedBy: "teller" })).toBe("ok");
    expect(feltHeardFor(storyId)).toMatchObject({ rating: 5, ratedBy: "teller", comment: "asante" });
    expect(rateAnswer({ storyId, rating: 1, ratedBy: "coordinator" })).toBe("teller_rated");
    expect((await rate(loop.people.otieno, "1")).status).toBe(409);
    expect(feltHeardFor(storyId)).toMatchObject({ rating: 5, ratedBy: "teller" });
    const page = await renderPage(FELT, `/felt-heard/${pub(storyId)}`, loop.people.otieno.cookie);
    expect(page.html).toContain("The teller rated the answer 5 of 5");
    expect(page.html).not.toContain('name="rating"');
  });

  it("refuses a bad rating by field, and everyone but the organisation's coordinators with a 404", async () => {
    answer(storyId, "2026-04-06");
    for (const [rating, comment, field] of [
      ["6", "", "rating"],
      ["", "", "rating"],
      ["3", "x".repeat(2001), "comment"],
    ]) {
      const refused = await rate(loop.people.otieno, rating, comment);
      expect(refused.status).toBe(400);
      expect(Object.keys((refused.data as { errors: Record<string, string> }).errors)).toEqual([field]);
    }
    const missing = await get(FELT, "/felt-heard/999999", loop.people.otieno.cookie);
    expect(missing.status).toBe(404);
    for (const who of [loop.people.wanjiru, loop.people.juma, loop.people.sanne, loop.people.grace, loop.people.facilitator]) {
      expect(await get(FELT, `/felt-heard/${pub(storyId)}`, who.cookie)).toEqual(missing);
      expect(await rate(who, "3")).toEqual(missing);
    }
    expect(feltHeardFor(storyId)).toBeNull();
  });
});

describe("the demo's listening loop", () => {
  beforeAll(demoSnapshotReady);

  it("tells a story: the older round mostly ignored, the latest past round answered, one action in each status", async () => {
    const { listRounds } = await import("../../app/models/rounds/rounds.server");
    // The listening figures are read as of the seed's own "now", as when the test seeded the demo itself.
    const { demo, seededAt: now } = await useDemoDatabase();
    const [, newer, older] = listRounds(demo.partnershipId);
    const before = listeningFiguresFor(demo.partnershipId, older.id, now);
    const after = listeningFiguresFor(demo.partnershipId, newer.id, now);
    expect(before.storiesShared).toBeGreaterThan(0);
    expect(after.shareAnswered as number).toBeGreaterThan(before.shareAnswered as number);
    expect(after.shareReadWithin14Days as number).toBeGreaterThan(before.shareReadWithin14Days as number);
    expect(after.feltHeardMean as number).toBeGreaterThan(before.feltHeardMean as number);
    expect(before.shareDoneConfirmed).toBe(0);
    expect(after.shareDoneConfirmed).toBe(1);
    const all = testDb().db.select({ status: actions.status, confirmation: actions.communityConfirmation }).from(actions).all();
    expect(all.map((a) => a.status).sort()).toEqual(["done", "done", "dropped", "proposed", "started"]);
    expect(
      all
        .filter((a) => a.confirmation)
        .map((a) => a.confirmation)
        .sort(),
    ).toEqual(["confirmed", "disputed"]);
    const rated = testDb()
      .db.select({ ratedBy: feltHeard.ratedBy })
      .from(feltHeard)
      .all()
      .map((r) => r.ratedBy);
    expect(new Set(rated)).toEqual(new Set(["teller", "coordinator"]));
  });
});
