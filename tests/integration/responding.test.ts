// Answering an instrument through the respond route: who may, what is refused (400, named, nothing stored),
// what is stored byte-exact, and how progress carries over to another device. Closed rounds: responding-frozen.test.ts.
import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { metricValues, narratives, responses } from "../../db/schema";
import { decryptField } from "../../app/models/platform/crypto.server";
import { login } from "../../app/models/people/auth.server";
import { getProgress } from "../../app/models/rounds/responses.server";
import { respondingAlliance, type RespondingAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { get, post, type Outcome } from "../support/route-calls";
import { respondPath, respondRoute } from "./respond-route";
import { testDb } from "./setup";

type AnswerData = { view: { mode: string; page: { pageIndex: number }; position: { x: number; y: number }; clientId: string | null } };
type Refusal = { errors: Record<string, string>; values: Record<string, unknown> };
const view = (outcome: Outcome) => (outcome.data as AnswerData).view;
const refusal = (outcome: Outcome) => outcome.data as Refusal;

let world: RespondingAlliance;
let path: string;
beforeEach(async () => {
  world = await respondingAlliance();
  path = respondPath(world.roundId, "partnership-view");
});

const progress = () => getProgress(world.roundId, "partnership-view", world.people.member.id);

/** Presses "next" on pages 0..3 with the given answers, leaving the member on the last page (4). */
async function reachLastPage(answers: Record<number, Record<string, string>> = {}) {
  for (let page = 0; page < 4; page++) {
    const outcome = await post(respondRoute, path, world.people.member.cookie, { intent: "next", page: String(page), ...answers[page] });
    expect(outcome.location).toBe(`${path}?page=${page + 1}`);
  }
  return view(await get(respondRoute, path, world.people.member.cookie)).clientId!;
}

describe("who may answer", () => {
  it("shows the invited member the first page in Swahili, with the INGO's name filled in", async () => {
    const outcome = await get(respondRoute, path, world.people.member.cookie);
    expect(outcome.status).toBe(200);
    const data = outcome.data as { heading: { title: string; description: string } } & AnswerData;
    expect(data.heading).toEqual({ title: "Ushirikiano huu uko vipi kwetu?", description: "Ushirikiano wetu na Global Aid" });
    expect(data.view.position).toEqual({ x: 1, y: 5 });
    expect(data.view.clientId).toBeNull();
  });

  it.each([
    ["a person not invited", () => world.people.outsider.cookie, () => path],
    ["an instrument the person is not invited to", () => world.people.member.cookie, () => respondPath(world.roundId, "self-reflection")],
    ["an instrument that does not exist", () => world.people.member.cookie, () => respondPath(world.roundId, "story")],
    ["a round that does not exist", () => world.people.member.cookie, () => respondPath(world.roundId + 99, "partnership-view")],
    ["a round id that is no id", () => world.people.member.cookie, () => "/rounds/1e3/respond/partnership-view"],
  ])("answers %s with the same 404, for GET and POST", async (_case, cookie, target) => {
    expect((await get(respondRoute, target(), cookie())).status).toBe(404);
    expect((await post(respondRoute, target(), cookie(), { intent: "next", page: "0", decisions: "3" })).status).toBe(404);
    expect(progress()).toBeNull();
  });
});

describe("the validation table, through the action", () => {
  it.each([
    ["a rating of 0", "decisions", "0", "Chagua namba kuanzia 1 hadi 5"],
    ["a rating of 6", "decisions", "6", "Chagua namba kuanzia 1 hadi 5"],
    ["a rating that is no number", "agenda", "many", "Chagua namba kuanzia 1 hadi 5"],
    ["an unknown question name", "salary", "100", '("salary")'],
    ["a 10 001-character text", "decisions_example", "a".repeat(10_001), "herufi 10,001; zinazotosha ni 10,000"],
  ])("refuses %s with a message in the person's language, next to its field, and stores nothing", async (_case, field, value, message) => {
    const outcome = await post(respondRoute, path, world.people.member.cookie, { intent: "next", page: "0", money: "4", [field]: value });
    expect(outcome.status).toBe(400);
    expect(refusal(outcome).errors[field]).toContain(message);
    expect(progress()).toBeNull();
  });

  it("sends back what was typed, whole, so nothing is lost: even the text that was too long", async () => {
    const long = "Mfano mrefu 🙂 ".repeat(700).slice(0, 10_001);
    const outcome = await post(respondRoute, path, world.people.member.cookie, {
      intent: "next",
      page: "0",
      money: "4",
      decisions: "0",
      decisions_example: long,
    });
    expect(refusal(outcome).values).toEqual({ money: 4, decisions: 0, decisions_example: long });
    const { html } = await renderPage(respondRoute, `${path}?page=0`, world.people.member.cookie, [
      ["intent", "next"],
      ["page", "0"],
      ["money", "4"],
      ["decisions_example", long],
    ]);
    expect(html).toContain(`>${long}</textarea>`);
    expect(html).toMatch(/<input type="radio" id="q-money-3" name="money" checked="" value="4"\/>/);
  });

  it("refuses a choice that is not in the list, and a missing required answer, on the last page", async () => {
    const clientId = await reachLastPage();
    const wrong = await post(respondRoute, path, world.people.member.cookie, {
      intent: "submit",
      page: "4",
      clientId,
      consent: "everyone",
    });
    expect(wrong.status).toBe(400);
    expect(refusal(wrong).errors.consent).toBe("Chagua mojawapo ya majibu yaliyoonyeshwa.");
    const missing = await post(respondRoute, path, world.people.member.cookie, { intent: "submit", page: "4", clientId });
    expect(missing.status).toBe(400);
    expect(refusal(missing).errors.consent).toBe("Tafadhali jibu swali hili.");
    expect(progress()?.status).toBe("draft");
    expect(testDb().db.select().from(metricValues).all()).toHaveLength(0);
  });

  it('refuses a rating and its "don\'t know" posted together', async () => {
    const outcome = await post(respondRoute, path, world.people.member.cookie, [
      ["intent", "next"],
      ["page", "0"],
      ["decisions", "na"],
      ["decisions", "4"],
    ]);
    expect(outcome.status).toBe(400);
    expect(progress()).toBeNull();
  });

  it("stores emoji and Swahili byte-exact, in the answers and in the narrative", async () => {
    const text = "Tulikaa pamoja 🙂🏳️‍🌈 — maamuzi yalifanywa nasi ✊🏾\nMstari wa pili: “ndiyo”";
    const clientId = await reachLastPage({ 0: { decisions: "4", decisions_example: text } });
    expect(progress()?.answers.decisions_example).toBe(text);
    expect(
      (await post(respondRoute, path, world.people.member.cookie, { intent: "submit", page: "4", clientId, consent: "partners" })).location,
    ).toBe(path);
    const [row] = testDb().db.select().from(narratives).all();
    const stored = decryptField(testDb().keyring, { table: "narratives", column: "text", rowId: row.id }, row.textEnc);
    expect(Buffer.from(stored, "utf8").equals(Buffer.from(text, "utf8"))).toBe(true);
    expect(row).toMatchObject({ question: "decisions_example", dimension: "decisions", language: "sw", scope: "partners" });
  });

  it("stores a <script> payload as text and renders it escaped", async () => {
    const payload = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    await post(respondRoute, path, world.people.member.cookie, { intent: "next", page: "0", decisions_example: payload });
    expect(progress()?.answers.decisions_example).toBe(payload);
    const { html } = await renderPage(respondRoute, `${path}?page=0`, world.people.member.cookie);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
  });
});

describe("progress, page by page", () => {
  it("saves each page and continues on another device (a new session) where the person stopped", async () => {
    await post(respondRoute, path, world.people.member.cookie, {
      intent: "next",
      page: "0",
      decisions: "2",
      decisions_example: "Mfano wa kwanza",
    });
    const saved = await post(respondRoute, path, world.people.member.cookie, { intent: "save", page: "1", knowledge: "5" });
    expect(saved.location).toBe(`${path}?page=1&saved=1`);
    expect(progress()).toMatchObject({
      pageIndex: 1,
      status: "draft",
      answers: { decisions: 2, decisions_example: "Mfano wa kwanza", knowledge: 5 },
    });

    const again = await login("juma@amani.example", "a-long-enough-secret", "127.0.0.1");
    const otherDevice = `sikiliza_session=${(again as { sessionToken: string }).sessionToken}`;
    const resumed = view(await get(respondRoute, path, otherDevice));
    expect(resumed.page.pageIndex).toBe(1);
    expect(resumed.position).toEqual({ x: 2, y: 5 });
    const { html } = await renderPage(respondRoute, `${path}?page=0`, otherDevice);
    expect(html).toContain(">Mfano wa kwanza</textarea>");
  });

  it("goes back without forgetting how far the person got, and allows no page beyond it", async () => {
    await post(respondRoute, path, world.people.member.cookie, { intent: "next", page: "0" });
    await post(respondRoute, path, world.people.member.cookie, { intent: "next", page: "1" });
    expect((await post(respondRoute, path, world.people.member.cookie, { intent: "back", page: "2", trust: "3" })).location).toBe(
      `${path}?page=1`,
    );
    expect(progress()?.pageIndex).toBe(2);
    expect(view(await get(respondRoute, `${path}?page=0`, world.people.member.cookie)).page.pageIndex).toBe(0);
    expect(view(await get(respondRoute, `${path}?page=4`, world.people.member.cookie)).page.pageIndex).toBe(2);
    expect(view(await get(respondRoute, path, world.people.member.cookie)).page.pageIndex).toBe(2);
    const ahead = await post(respondRoute, path, world.people.member.cookie, { intent: "next", page: "3", independence: "4" });
    expect(ahead.status).toBe(400);
    expect(progress()?.answers.independence).toBeUndefined();
  });
});

describe("a submitted response", () => {
  it("stores metrics and narratives side by side, and no narrative in clear in the database file", async () => {
    const marker = "Siri-ya-Amani-7f3a9c 🦒";
    const clientId = await reachLastPage({ 0: { decisions: "2", agenda: "na", money: "1", money_example: marker }, 2: { trust: "4" } });
    const sent = await post(respondRoute, path, world.people.member.cookie, { intent: "submit", page: "4", clientId, consent: "report" });
    expect(sent.location).toBe(path);
    expect((await get(respondRoute, path, world.people.member.cookie)).data).toMatchObject({ view: { mode: "sent" } });

    const { db } = testDb();
    const [response] = db.select().from(responses).all();
    expect(response).toMatchObject({ status: "submitted", organisationId: world.orgs.clo, personId: world.people.member.id });
    const metrics = db.select().from(metricValues).where(eq(metricValues.responseId, response.id)).all();
    expect(metrics.map((m) => [m.dimension, m.perspective, m.value]).sort()).toEqual(
      [
        ["agenda", "community", null],
        ["decisions", "community", 2],
        ["money", "community", 1],
        ["trust", "community", 4],
      ].sort(),
    );
    const stories = db
      .select()
      .from(narratives)
      .where(and(eq(narratives.responseId, response.id), eq(narratives.dimension, "money")))
      .all();
    expect(stories).toHaveLength(1);

    db.$client.pragma("wal_checkpoint(PASSIVE)");
    for (const file of [testDb().file, `${testDb().file}-wal`].filter(fs.existsSync)) {
      expect(fs.readFileSync(file).includes(Buffer.from("Siri-ya-Amani-7f3a9c", "utf8"))).toBe(false);
    }
  });

  // The self-reflection asks each rating per community partner (surveys/self-reflection-partners.ts): with the
  // one partner here the form reads as before, its fields named `<rating>__<organisation id>`.
  it("gives INGO staff their self-view and their prediction, each with its own perspective", async () => {
    const selfPath = respondPath(world.roundId, "self-reflection");
    await post(respondRoute, selfPath, world.people.staff.cookie, {
      intent: "next",
      page: "0",
      [`decisions_self__${world.orgs.clo}`]: "5",
      [`decisions_prediction__${world.orgs.clo}`]: "2",
      decisions_example: "We ask first.",
    });
    for (const page of [1, 2, 3, 4]) await post(respondRoute, selfPath, world.people.staff.cookie, { intent: "next", page: String(page) });
    const clientId = view(await get(respondRoute, selfPath, world.people.staff.cookie)).clientId!;
    expect(
      (await post(respondRoute, selfPath, world.people.staff.cookie, { intent: "submit", page: "5", clientId, consent: "partners" }))
        .location,
    ).toBe(selfPath);
    const metrics = testDb().db.select().from(metricValues).all();
    expect(metrics.map((m) => [m.dimension, m.perspective, m.value, m.organisationId, m.aboutOrganisationId])).toEqual(
      expect.arrayContaining([
        ["decisions", "ingo_self", 5, world.orgs.ingo, world.orgs.clo],
        ["decisions", "ingo_prediction", 2, world.orgs.ingo, world.orgs.clo],
      ]),
    );
    expect(testDb().db.select().from(narratives).all()).toMatchObject([{ dimension: "decisions", language: "en" }]);
  });
});
