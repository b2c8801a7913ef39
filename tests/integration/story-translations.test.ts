// Stories the INGO can read in its own language, checked by the community (ADR 021): a coordinator of the
// teller's organisation adds a translation, the teller disputes or confirms it, readers see the original
// beside it with the teller's word, the report quotes both, and withdrawal erases both from the file.
import { eq } from "drizzle-orm";
import { storyTranslations } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { withdrawStory } from "../../app/models/stories/withdrawal.server";
import * as codeRoute from "../../app/routes/organisations.$organisationId.stories.$storyId";
import * as inboxStoryRoute from "../../app/routes/inbox.$storyId";
import * as myStoryRoute from "../../app/routes/stories.$storyId";
import * as receiptRoute from "../../app/routes/receipt";
import { pub } from "../support/public-ids";
import { listeningAlliance, type ListeningAlliance } from "../support/alliances";
import { reportingAlliance } from "../support/reporting-alliance";
import { renderPage } from "../support/render-page";
import { get, post, route } from "../support/route-calls";
import { everyView, makeReport, tellStory } from "./reports-fixture";
import { contains, databaseBytes } from "./setup";
import { linkToken, tellAsMember, tellThroughLink } from "./told-stories";

const code = route(codeRoute, "/organisations/:organisationId/stories/:storyId");
const inboxStory = route(inboxStoryRoute, "/inbox/:storyId");
const myStory = route(myStoryRoute, "/stories/:storyId");
const receipt = route(receiptRoute, "/receipt");

const codePath = (loop: ListeningAlliance, storyId: number) => `/organisations/${loop.orgs.tumaini}/stories/${pub(storyId)}`;

function translate(loop: ListeningAlliance, storyId: number, cookie: string, language: string, text: string) {
  return post(code, codePath(loop, storyId), cookie, [
    ["intent", "translate"],
    ["language", language],
    ["text", text],
  ]);
}

const openReceipt = (receiptCode: string, extra: [string, string][] = [["intent", "open"]]) =>
  post(receipt, "/receipt", "", [["code", receiptCode], ...extra]);

const translationRows = (storyId: number) => db().select().from(storyTranslations).where(eq(storyTranslations.storyId, storyId)).all();

describe("a translation of a story", () => {
  it("is added by a coordinator of the teller's organisation, sealed, and shown to the INGO beside the original", async () => {
    const loop = listeningAlliance();
    const told = await tellThroughLink(linkToken(loop), { story: "Tulinyimwa nafasi ya kusema ORIGINAL-SW", consent: "partners" });
    const saved = await translate(loop, told.storyId, loop.people.otieno.cookie, "nl", "We kregen geen kans om te spreken DUTCH-TEXT");
    expect(saved.status).toBe(200);
    const [row] = translationRows(told.storyId);
    expect(row).toMatchObject({ language: "nl", translatedBy: loop.people.otieno.id, tellerVerdict: null });
    // Sealed at rest: neither the column nor the file holds the words.
    expect(row.textEnc).not.toContain("DUTCH-TEXT");
    expect(contains(databaseBytes(), "DUTCH-TEXT")).toBe(false);
    const page = await renderPage(inboxStory, `/inbox/${pub(told.storyId)}`, loop.people.sanne.cookie);
    expect(page.status).toBe(200);
    expect(page.html).toContain("ORIGINAL-SW");
    expect(page.html).toContain("DUTCH-TEXT");
    expect(page.html).toContain("Translated by Otieno");
    expect(page.html).toContain("Not yet checked by the teller.");
  });

  it("is refused to anyone but a coordinator of the teller's organisation, and a bad form changes nothing", async () => {
    const loop = listeningAlliance();
    const storyId = tellAsMember(loop, loop.people.juma, loop.orgs.tumaini, { story: "partners story", consent: "partners" });
    for (const who of [
      loop.people.juma,
      loop.people.wanjiru,
      loop.people.sanne,
      loop.people.pieter,
      loop.people.grace,
      loop.people.facilitator,
    ])
      expect((await translate(loop, storyId, who.cookie, "fr", "intrus")).status, `person ${who.id}`).toBe(404);
    const blank = await translate(loop, storyId, loop.people.otieno.cookie, "fr", "   ");
    expect(blank).toMatchObject({ status: 400, data: { translationErrors: { text: "translation.error.text" } } });
    const unknown = await translate(loop, storyId, loop.people.otieno.cookie, "de", "Übersetzung");
    expect(unknown).toMatchObject({ status: 400, data: { translationErrors: { language: "translation.error.language" } } });
    // The story was told in English: a "translation" into English is refused by name.
    const same = await translate(loop, storyId, loop.people.otieno.cookie, "en", "the same");
    expect(same).toMatchObject({ status: 400, data: { translationErrors: { language: "translation.error.same_language" } } });
    expect(translationRows(storyId)).toEqual([]);
  });

  it("follows the story's consent exactly: a community story's translation never reaches the INGO", async () => {
    const loop = listeningAlliance();
    const storyId = tellAsMember(loop, loop.people.juma, loop.orgs.tumaini, { story: "kept inside", consent: "community" });
    expect((await translate(loop, storyId, loop.people.otieno.cookie, "nl", "BINNEN-GEHOUDEN")).status).toBe(200);
    const ingo = await get(inboxStory, `/inbox/${pub(storyId)}`, loop.people.sanne.cookie);
    expect(ingo.status).toBe(404);
    expect(ingo.body).not.toContain("BINNEN-GEHOUDEN");
    // The teller reads it, through the same rule.
    const mine = await renderPage(myStory, `/stories/${pub(storyId)}`, loop.people.juma.cookie);
    expect(mine.html).toContain("BINNEN-GEHOUDEN");
  });

  it("is disputed by the teller with the receipt code, and every reader then sees it marked", async () => {
    const loop = listeningAlliance();
    const told = await tellThroughLink(linkToken(loop), { story: "Walituheshimu ORIGINAL", consent: "partners" });
    await translate(loop, told.storyId, loop.people.otieno.cookie, "fr", "Ils nous ont méprisés WRONG-FR");
    const opened = await renderPage(receipt, "/receipt", "", [
      ["code", told.receiptCode],
      ["intent", "open"],
    ]);
    expect(opened.html).toContain("WRONG-FR");
    expect(opened.html).toContain("This is not what I said");
    // A receipt holder learns which organisation translated it, never a coordinator's name (1.5).
    expect(opened.html).toContain("Translated by Tumaini Collective");
    expect(opened.html).not.toContain("Otieno");
    const [row] = translationRows(told.storyId);
    const disputed = await openReceipt(told.receiptCode, [
      ["intent", "translation"],
      ["translation", String(row.id)],
      ["verdict", "disputed"],
    ]);
    expect(disputed.status).toBe(200);
    expect(translationRows(told.storyId)[0]).toMatchObject({ tellerVerdict: "disputed" });
    const ingo = await renderPage(inboxStory, `/inbox/${pub(told.storyId)}`, loop.people.sanne.cookie);
    expect(ingo.html).toContain("Disputed: the teller says this is not what they said.");
    const coordinator = await renderPage(code, codePath(loop, told.storyId), loop.people.otieno.cookie);
    expect(coordinator.html).toContain("Disputed: the teller says this is not what they said.");
    // A coordinator may not give the teller's word for them.
    const notTheirs = await post(myStory, `/stories/${pub(told.storyId)}`, loop.people.otieno.cookie, [
      ["intent", "translation"],
      ["translation", String(row.id)],
      ["verdict", "confirmed"],
    ]);
    expect(notTheirs.status).toBe(404);
    expect(translationRows(told.storyId)[0].tellerVerdict).toBe("disputed");
    // A corrected text asks the teller again.
    await translate(loop, told.storyId, loop.people.otieno.cookie, "fr", "Ils nous ont respectés RIGHT-FR");
    expect(translationRows(told.storyId)[0]).toMatchObject({ tellerVerdict: null });
  });

  it("is confirmed by a signed-in teller on their own story page, and a bad verdict is refused by name", async () => {
    const loop = listeningAlliance();
    const storyId = tellAsMember(loop, loop.people.juma, loop.orgs.tumaini, { story: "mine to check", consent: "partners" });
    await translate(loop, storyId, loop.people.otieno.cookie, "sw", "yangu kukagua");
    const [row] = translationRows(storyId);
    const bad = await post(myStory, `/stories/${pub(storyId)}`, loop.people.juma.cookie, [
      ["intent", "translation"],
      ["translation", String(row.id)],
      ["verdict", "maybe"],
    ]);
    expect(bad).toMatchObject({ status: 400, data: { refused: { act: "translation", errors: { verdict: "translation.error.verdict" } } } });
    const ok = await post(myStory, `/stories/${pub(storyId)}`, loop.people.juma.cookie, [
      ["intent", "translation"],
      ["translation", String(row.id)],
      ["verdict", "confirmed"],
    ]);
    expect(ok).toMatchObject({ status: 200, data: { done: "translation" } });
    const ingo = await renderPage(inboxStory, `/inbox/${pub(storyId)}`, loop.people.sanne.cookie);
    expect(ingo.html).toContain("The teller confirmed this translation.");
  });

  it("is erased with the story when it is withdrawn: gone from the table and from the database file", async () => {
    const loop = listeningAlliance();
    const told = await tellThroughLink(linkToken(loop), { story: "WITHDRAW-ORIGINAL", consent: "report" });
    await translate(loop, told.storyId, loop.people.otieno.cookie, "nl", "WITHDRAW-TRANSLATION");
    const sealed = [translationRows(told.storyId)[0].textEnc];
    // Each ciphertext's body (after the version and IV) is what must leave the file.
    const bodiesOf = sealed.map((s) => s.split(":")[4]).filter((b) => b.length >= 16);
    expect(bodiesOf.length).toBe(1);
    expect(contains(databaseBytes(), bodiesOf[0])).toBe(true);
    const withdrawn = await openReceipt(told.receiptCode, [
      ["intent", "withdraw"],
      ["confirm", "yes"],
    ]);
    expect(withdrawn.data).toEqual({ state: "withdrawn" });
    expect(translationRows(told.storyId)).toEqual([]);
    const bytes = databaseBytes();
    expect(contains(bytes, bodiesOf[0])).toBe(false);
    expect(contains(bytes, "WITHDRAW-TRANSLATION")).toBe(false);
    expect((await get(inboxStory, `/inbox/${pub(told.storyId)}`, loop.people.sanne.cookie)).status).toBe(404);
    expect(withdrawStory(told.storyId)).toBe(false);
  });
});

describe("the joint report", () => {
  it("quotes the original with its translation, and drops a translation the teller disputed", async () => {
    const world = reportingAlliance();
    const storyId = tellStory(world, "REPORT-ORIGINAL-SW", "report", { dimensions: ["money"] });
    const coordinator = world.people.coordTumaini;
    const save = (language: string, text: string) =>
      post(code, `/organisations/${world.orgs.tumaini}/stories/${pub(storyId)}`, coordinator.cookie, [
        ["intent", "translate"],
        ["language", language],
        ["text", text],
      ]);
    expect((await save("nl", "REPORT-TRANSLATION-NL")).status).toBe(200);
    expect((await save("fr", "REPORT-TRANSLATION-FR")).status).toBe(200);
    const fr = translationRows(storyId).find((r) => r.language === "fr")!;
    db().update(storyTranslations).set({ tellerVerdict: "disputed" }).where(eq(storyTranslations.id, fr.id)).run();
    const reportId = makeReport(world, "released");
    for (const reader of [coordinator, world.people.ingo, world.people.funder]) {
      const views = await everyView(reportId, reader.cookie);
      expect(views.page.body, `reader ${reader.id}`).toContain("REPORT-ORIGINAL-SW");
      expect(views.page.body, `reader ${reader.id}`).toContain("REPORT-TRANSLATION-NL");
      expect(views.page.body).not.toContain("REPORT-TRANSLATION-FR");
    }
    // Narrowed below `report`, the quote leaves the report, its translation with it.
    db().update(storyTranslations).set({ tellerVerdict: "confirmed" }).where(eq(storyTranslations.storyId, storyId)).run();
    withdrawStory(storyId);
    const after = await everyView(reportId, world.people.funder.cookie);
    expect(after.page.body).not.toContain("REPORT-ORIGINAL-SW");
    expect(after.page.body).not.toContain("REPORT-TRANSLATION-NL");
  });
  it.each(["draft", "released"] as const)("quotes several translated stories, each beside its own translation (%s)", async (status) => {
    const world = reportingAlliance();
    const coordinator = world.people.coordTumaini;
    const translated = async (original: string, language: string, text: string) => {
      const storyId = tellStory(world, original, "report", { dimensions: ["money"] });
      const saved = await post(code, `/organisations/${world.orgs.tumaini}/stories/${pub(storyId)}`, coordinator.cookie, [
        ["intent", "translate"],
        ["language", language],
        ["text", text],
      ]);
      expect(saved.status).toBe(200);
    };
    await translated("FIRST-ORIGINAL", "nl", "FIRST-TRANSLATION-NL");
    await translated("SECOND-ORIGINAL", "fr", "SECOND-TRANSLATION-FR");
    // Quotes reach the page under masked ids: each is found by its original words.
    const byOriginal = new Map<string, string[]>();
    JSON.parse((await everyView(makeReport(world, status), coordinator.cookie)).page.body, (_key, value) => {
      if (value && typeof value === "object" && typeof value.text === "string" && Array.isArray(value.translations))
        byOriginal.set(
          value.text,
          value.translations.map((t: { text: string }) => t.text),
        );
      return value;
    });
    expect(byOriginal.get("FIRST-ORIGINAL")).toEqual(["FIRST-TRANSLATION-NL"]);
    expect(byOriginal.get("SECOND-ORIGINAL")).toEqual(["SECOND-TRANSLATION-FR"]);
  });
});
