// The INGO's inbox and the opening of one story: only stories shared with this INGO, every refusal the
// same 404, exactly one read receipt, and answers that are stored exactly, sealed, and shown as text.
import { storyAnswers, storyReads } from "../../db/schema";
import { inboxForHome } from "../../app/models/listening/inbox.server";
import * as inboxPage from "../../app/routes/inbox._index";
import * as storyPage from "../../app/routes/inbox.$storyId";
import { listeningAlliance, type ListeningAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { get, NAVIGATE, post, route } from "../support/route-calls";
import { isPersonOpeningPage } from "../../app/models/platform/http.server";
import { plantStory } from "./planted-stories";
import { testDb } from "./setup";
import { pub } from "../support/public-ids";

const INBOX = route(inboxPage, "/inbox");
const STORY = route(storyPage, "/inbox/:storyId");

const MARK = {
  partners: "MARKER-PARTNERS-7f3a",
  report: "MARKER-REPORT-9c1d",
  community: "MARKER-COMMUNITY-2b8e",
  withdrawn: "MARKER-WITHDRAWN-5e4f",
  elsewhere: "MARKER-ELSEWHERE-0a6c",
};

let loop: ListeningAlliance;
let ids: Record<keyof typeof MARK, number>;

beforeEach(() => {
  loop = listeningAlliance();
  const here = { partnershipId: loop.partnershipId, roundId: loop.roundId, organisationId: loop.orgs.tumaini };
  ids = {
    partners: plantStory({
      ...here,
      text: `${MARK.partners} the clinic turned us away`,
      scope: "partners",
      dimensions: ["respect"],
      createdAt: "2026-01-02T10:00:00.000Z",
      themeNames: ["Safety"],
    }),
    report: plantStory({
      ...here,
      organisationId: loop.orgs.pamoja,
      text: `${MARK.report} money came late`,
      scope: "report",
      dimensions: ["money"],
      attribution: "organisation",
      createdAt: "2026-01-03T10:00:00.000Z",
    }),
    community: plantStory({
      ...here,
      text: `${MARK.community} only for us`,
      scope: "community",
      dimensions: ["respect"],
      themeNames: ["Private theme"],
    }),
    withdrawn: plantStory({
      ...here,
      text: `${MARK.withdrawn} taken back`,
      scope: "partners",
      withdrawn: true,
      keepTextWhenWithdrawn: true,
    }),
    elsewhere: plantStory({
      partnershipId: loop.otherPartnershipId,
      roundId: loop.otherRoundId,
      organisationId: loop.orgs.farClo,
      text: `${MARK.elsewhere} far away`,
      scope: "report",
    }),
  };
});

const shown = (text: string, visible: (keyof typeof MARK)[]) => {
  for (const key of Object.keys(MARK) as (keyof typeof MARK)[])
    expect(text.includes(MARK[key]), `${key} marker`).toBe(visible.includes(key));
};

describe("the inbox", () => {
  it("lists only the stories shared with this INGO, in loader data and in the page", async () => {
    const loaded = await get(INBOX, "/inbox", loop.people.sanne.cookie);
    expect(loaded.status).toBe(200);
    shown(JSON.stringify(loaded.data), ["partners", "report"]);
    const page = await renderPage(INBOX, "/inbox", loop.people.sanne.cookie);
    shown(page.html, ["partners", "report"]);
    // A theme used only on a community story is not even offered as a filter.
    expect(JSON.stringify(loaded.data)).not.toContain("Private theme");
    expect(JSON.stringify(loaded.data)).toContain("Safety");
  });

  it("shows another INGO only its own partnership's stories", async () => {
    const loaded = await get(INBOX, "/inbox", loop.people.farStaff.cookie);
    shown(JSON.stringify(loaded.data), ["elsewhere"]);
  });

  it("does not exist for community members, coordinators, funders or facilitators", async () => {
    for (const who of [loop.people.juma, loop.people.otieno, loop.people.wanjiru, loop.people.grace, loop.people.facilitator]) {
      expect((await get(INBOX, "/inbox", who.cookie)).status).toBe(404);
    }
  });

  it("puts unanswered stories first, newest first, and filters by dimension and theme", async () => {
    const first = (await get(INBOX, "/inbox", loop.people.sanne.cookie)).data as { items: { id: string }[] };
    expect(first.items.map((i) => i.id)).toEqual([pub(ids.report), pub(ids.partners)]);
    await post(STORY, `/inbox/${pub(ids.report)}`, loop.people.sanne.cookie, [
      ["heard", "We heard you"],
      ["will_do", "Pay on time"],
    ]);
    const after = (await get(INBOX, "/inbox", loop.people.sanne.cookie)).data as { items: { id: string; answered: boolean }[] };
    expect(after.items.map((i) => [i.id, i.answered])).toEqual([
      [pub(ids.partners), false],
      [pub(ids.report), true],
    ]);
    const money = (await get(INBOX, "/inbox?dimension=money", loop.people.sanne.cookie)).data as { items: { id: string }[] };
    expect(money.items.map((i) => i.id)).toEqual([pub(ids.report)]);
    const themeId = (first as unknown as { themes: { id: number; name: string }[] }).themes.find((t) => t.name === "Safety")!.id;
    const safety = (await get(INBOX, `/inbox?theme=${themeId}`, loop.people.sanne.cookie)).data as { items: { id: string }[] };
    expect(safety.items.map((i) => i.id)).toEqual([pub(ids.partners)]);
    // A filter value that is not a dimension or an id filters nothing, and is no error.
    const odd = await get(INBOX, "/inbox?dimension=<script>&theme=abc", loop.people.sanne.cookie);
    expect(odd.status).toBe(200);
    expect((odd.data as { items: unknown[] }).items).toHaveLength(2);
  });

  it("honours the teller's attribution: anonymous does not even name the organisation", async () => {
    const signed = plantStory({
      partnershipId: loop.partnershipId,
      roundId: loop.roundId,
      organisationId: loop.orgs.tumaini,
      text: "signed story",
      scope: "partners",
      attribution: "name",
      signedName: "Baraka 🌍",
    });
    const data = (await get(INBOX, "/inbox", loop.people.sanne.cookie)).data as {
      items: { id: string; attribution: { kind: string; name?: string } }[];
    };
    const byId = new Map(data.items.map((i) => [i.id, i.attribution]));
    expect(byId.get(pub(ids.partners))).toEqual({ kind: "anonymous" });
    expect(byId.get(pub(ids.report))).toEqual({ kind: "organisation", name: "Pamoja Network" });
    expect(byId.get(pub(signed))).toEqual({ kind: "name", name: "Baraka 🌍" });
    expect(JSON.stringify(data.items.find((i) => i.id === pub(ids.partners)))).not.toContain("Tumaini");
  });

  it("pages through many stories 25 at a time, keeping the filters, and counts them all", async () => {
    for (let i = 0; i < 30; i++)
      plantStory({
        partnershipId: loop.partnershipId,
        roundId: loop.roundId,
        organisationId: loop.orgs.pamoja,
        text: `many ${i}`,
        scope: "partners",
        dimensions: ["money"],
      });
    const first = (await get(INBOX, "/inbox?dimension=money", loop.people.sanne.cookie)).data as {
      items: unknown[];
      totals: { total: number; waiting: number };
      pages: number;
    };
    expect(first).toMatchObject({ totals: { total: 31, waiting: 31 }, pages: 2 });
    expect(first.items).toHaveLength(25);
    const last = (await get(INBOX, "/inbox?dimension=money&page=99", loop.people.sanne.cookie)).data as { items: unknown[]; page: number };
    expect(last.page).toBe(2);
    expect(last.items).toHaveLength(6);
    const page = await renderPage(INBOX, "/inbox?dimension=money", loop.people.sanne.cookie);
    expect(page.html).toContain('href="/inbox?dimension=money&amp;page=2"');
  });

  it("counts unanswered and unread stories for the home page, and nothing for others", async () => {
    expect(inboxForHome(loop.people.sanne.person())).toEqual({ unanswered: 2, unread: 2 });
    await get(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, NAVIGATE);
    expect(inboxForHome(loop.people.sanne.person())).toEqual({ unanswered: 2, unread: 1 });
    expect(inboxForHome(loop.people.otieno.person())).toBeNull();
  });
});

describe("opening a story", () => {
  const reads = () => testDb().db.select().from(storyReads).all();

  it("records exactly one read receipt: the first reader, the first time", async () => {
    const opened = await get(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, NAVIGATE);
    expect(opened.status).toBe(200);
    expect(JSON.stringify(opened.data)).toContain(MARK.partners);
    const first = reads();
    expect(first).toEqual([{ storyId: ids.partners, personId: loop.people.sanne.id, readAt: expect.any(String) }]);
    await new Promise((r) => setTimeout(r, 5));
    await get(STORY, `/inbox/${pub(ids.partners)}`, loop.people.pieter.cookie, NAVIGATE);
    await get(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, NAVIGATE);
    expect(reads()).toEqual(first);
    const page = await renderPage(STORY, `/inbox/${pub(ids.partners)}`, loop.people.pieter.cookie);
    expect(page.html).toContain("First read by Sanne");
  });

  it("records no read for a prefetch, a script's .data fetch, a HEAD-like visit or a crawler: only a person opening the page", async () => {
    const visits: Record<string, string>[] = [
      {},
      { "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty" },
      { "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document", "Sec-Purpose": "prefetch" },
      { "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "iframe" },
      { "User-Agent": "Googlebot/2.1" },
    ];
    for (const headers of visits)
      expect((await get(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, headers)).status).toBe(200);
    // Single fetch asks for `/inbox/:id.data` with the same loader: that is a script's fetch, never a read.
    expect(isPersonOpeningPage(new Request(`http://localhost/inbox/${pub(ids.partners)}.data`, { headers: NAVIGATE }))).toBe(false);
    expect(reads()).toEqual([]);
    const marked = await post(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, [["intent", "read"]]);
    expect(marked.status).toBe(302);
    expect(reads()).toEqual([{ storyId: ids.partners, personId: loop.people.sanne.id, readAt: expect.any(String) }]);
  });

  it("answers every story it may not open with the same 404, and records no read", async () => {
    const refusals = [ids.community, ids.withdrawn, ids.elsewhere, 999_999];
    const answers = await Promise.all(refusals.map((id) => get(STORY, `/inbox/${pub(id)}`, loop.people.sanne.cookie)));
    for (const answer of answers) expect(answer).toEqual(answers[3]);
    expect(answers[3].status).toBe(404);
    for (const id of refusals) {
      const posted = await post(STORY, `/inbox/${pub(id)}`, loop.people.sanne.cookie, [
        ["heard", "x"],
        ["will_do", "y"],
      ]);
      expect(posted).toEqual(answers[3]);
    }
    // Coordinators may read their own stories, but not through the INGO's inbox.
    expect(await get(STORY, `/inbox/${pub(ids.partners)}`, loop.people.otieno.cookie)).toEqual(answers[3]);
    expect(await get(STORY, "/inbox/abc", loop.people.sanne.cookie)).toEqual(answers[3]);
    expect(reads()).toEqual([]);
    expect(testDb().db.select().from(storyAnswers).all()).toEqual([]);
  });
});

describe("answering a story", () => {
  const answers = () => testDb().db.select().from(storyAnswers).all();

  it("refuses empty and over-long answers by field, and stores nothing", async () => {
    const empty = await post(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, [
      ["heard", "   "],
      ["will_do", ""],
    ]);
    expect(empty.status).toBe(400);
    expect((empty.data as { errors: Record<string, string> }).errors).toEqual({
      heard: "ingo_answer.error.heard",
      will_do: "ingo_answer.error.will_do",
    });
    const long = await post(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, [
      ["heard", "a".repeat(10_001)],
      ["will_do", "fine"],
    ]);
    expect(long.status).toBe(400);
    expect(Object.keys((long.data as { errors: Record<string, string> }).errors)).toEqual(["heard"]);
    const page = await renderPage(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, [
      ["heard", ""],
      ["will_do", "kept"],
    ]);
    expect(page.status).toBe(400);
    expect(page.html).toContain("What we heard: write your answer");
    expect(page.html).toContain(">kept</textarea>");
    expect(answers()).toEqual([]);
    const exact = await post(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, [
      ["heard", "a".repeat(10_000)],
      ["will_do", "fine"],
    ]);
    expect(exact.status).toBe(302);
  });

  it("stores text exactly and sealed, renders it as text, and does not duplicate a double submit", async () => {
    const heard = `<script>alert("x")</script> Tumesikia 🌍\u202e\u200b`;
    const willDo = '=HYPERLINK("javascript:alert(1)") tutalipa kwa wakati';
    const form: [string, string][] = [
      ["heard", heard],
      ["will_do", willDo],
    ];
    const saved = await post(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, form);
    expect(saved).toMatchObject({ status: 302, location: `/inbox/${pub(ids.partners)}#answers-title` });
    await post(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, form);
    const rows = answers();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ personId: loop.people.sanne.id, organisationId: loop.orgs.ghp });
    expect(rows[0].heardEnc).not.toContain("Tumesikia");
    expect(rows[0].willDoEnc).not.toContain("tutalipa");
    const loaded = (await get(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie)).data as {
      answers: { heard: string; willDo: string }[];
    };
    expect(loaded.answers).toEqual([expect.objectContaining({ heard, willDo })]);
    const page = await renderPage(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie);
    expect(page.html).not.toContain("<script>alert");
    expect(page.html).toContain("&lt;script&gt;alert");
  });

  it("links the story to an existing action, and refuses an action from elsewhere by field", async () => {
    const { saveAction } = await import("../../app/models/listening/action-writes.server");
    const made = saveAction(loop.people.sanne.person(), loop.partnershipId, {
      title: "Pay on time",
      owner: loop.orgs.ghp,
      due: null,
      status: "proposed",
      round: loop.roundId,
      dimensions: [],
      stories: [],
    });
    if (!made.ok) throw new Error("not saved");
    const linked = await post(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, [
      ["intent", "link"],
      ["action", String(made.id)],
    ]);
    expect(linked.status).toBe(302);
    const loaded = (await get(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie)).data as { linkedActions: { id: number }[] };
    expect(loaded.linkedActions.map((a) => a.id)).toEqual([made.id]);
    const far = await post(STORY, `/inbox/${pub(ids.partners)}`, loop.people.sanne.cookie, [
      ["intent", "link"],
      ["action", "999"],
    ]);
    expect(far.status).toBe(400);
    expect((far.data as { errors: Record<string, string> }).errors).toEqual({ action: "inbox.error.action" });
  });
});
