// A coordinator names a member translator (ADR 032, docs/security.md 1.19): only coordinators name, the act is
// recorded, and the translator reads exactly the organisation's shared stories told since, on pages they are
// really sent, never a community story, an older one, another organisation's, or anything once un-named.
import { eq } from "drizzle-orm";
import { accessChanges, stories, storyTranslations } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import * as translatorsRoute from "../../app/routes/organisations.$organisationId.translators";
import * as deskRoute from "../../app/routes/organisations.$organisationId.translate._index";
import * as translateRoute from "../../app/routes/organisations.$organisationId.translate.$storyId";
import * as changesRoute from "../../app/routes/organisations.$organisationId.changes";
import * as inboxStoryRoute from "../../app/routes/inbox.$storyId";
import * as receiptRoute from "../../app/routes/receipt";
import * as myStoryRoute from "../../app/routes/stories.$storyId";
import { listeningAlliance, type ListeningAlliance } from "../support/alliances";
import { pub } from "../support/public-ids";
import { renderPage } from "../support/render-page";
import { get, post, route } from "../support/route-calls";
import { linkToken, tellAsMember, tellThroughLink } from "./told-stories";

const translators = route(translatorsRoute, "/organisations/:organisationId/translators");
const desk = route(deskRoute, "/organisations/:organisationId/translate");
const translate = route(translateRoute, "/organisations/:organisationId/translate/:storyId");
const changes = route(changesRoute, "/organisations/:organisationId/changes");
const inboxStory = route(inboxStoryRoute, "/inbox/:storyId");
const receipt = route(receiptRoute, "/receipt");
const myStory = route(myStoryRoute, "/stories/:storyId");

const translatorsPath = (loop: ListeningAlliance) => `/organisations/${loop.orgs.tumaini}/translators`;
const deskPath = (loop: ListeningAlliance) => `/organisations/${loop.orgs.tumaini}/translate`;

function name(loop: ListeningAlliance, cookie: string, personId: number | string, intent = "name") {
  return post(translators, translatorsPath(loop), cookie, [
    ["person", String(personId)],
    ["intent", intent],
  ]);
}

/** A story told an hour ago: before anyone was named today. */
function backdate(storyId: number) {
  db()
    .update(stories)
    .set({ createdAt: new Date(Date.now() - 3_600_000).toISOString() })
    .where(eq(stories.id, storyId))
    .run();
}

describe("naming a translator", () => {
  it("is done by a coordinator of the organisation, recorded with who and whom, and shown in its access changes", async () => {
    const loop = listeningAlliance();
    const page = await renderPage(translators, translatorsPath(loop), loop.people.otieno.cookie);
    expect(page.html).toContain("Name Juma translator");
    const named = await name(loop, loop.people.otieno.cookie, loop.people.juma.id);
    expect(named.status).toBe(302);
    expect(loop.people.juma.person().memberships[0].translatorSince).not.toBeNull();
    const [change] = db().select().from(accessChanges).where(eq(accessChanges.kind, "translator")).all();
    expect(change).toMatchObject({
      organisationId: loop.orgs.tumaini,
      subjectPersonId: loop.people.juma.id,
      askedBy: loop.people.otieno.id,
      status: "applied",
    });
    const history = await renderPage(changes, `/organisations/${loop.orgs.tumaini}/changes`, loop.people.otieno.cookie);
    expect(history.html).toContain("Juma is named translator of Tumaini");
    const after = await renderPage(translators, translatorsPath(loop), loop.people.otieno.cookie);
    expect(after.html).toContain("Juma is no longer translator");
  });

  it("is refused to everyone else as a page that does not exist, and a bad form names the field and changes nothing", async () => {
    const loop = listeningAlliance();
    const { juma, wanjiru, sanne, pieter, grace, facilitator, otieno } = loop.people;
    for (const who of [juma, wanjiru, sanne, pieter, grace, facilitator]) {
      expect((await get(translators, translatorsPath(loop), who.cookie)).status, `page, person ${who.id}`).toBe(404);
      expect((await name(loop, who.cookie, juma.id)).status, `act, person ${who.id}`).toBe(404);
    }
    expect(await name(loop, otieno.cookie, "juma")).toMatchObject({ status: 400, data: { errors: { person: "translator.error.person" } } });
    expect(await name(loop, otieno.cookie, juma.id, "promote")).toMatchObject({
      status: 400,
      data: { errors: { intent: "translator.error.intent" } },
    });
    // A coordinator is not named (they translate already), nor someone of another organisation.
    expect(await name(loop, otieno.cookie, otieno.id)).toMatchObject({
      status: 400,
      data: { errors: { person: "translator.error.person" } },
    });
    expect(await name(loop, otieno.cookie, wanjiru.id)).toMatchObject({
      status: 400,
      data: { errors: { person: "translator.error.person" } },
    });
    expect(juma.person().memberships[0].translatorSince).toBeNull();
    expect(db().select().from(accessChanges).where(eq(accessChanges.kind, "translator")).all()).toEqual([]);
  });
});

describe("the translator's desk, as the translator receives it", () => {
  it("holds the shared stories told since the naming, and nothing else the translator may not read", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const older = (await tellThroughLink(token, { story: "OLDER-SHARED told before anyone was named", consent: "report" })).storyId;
    backdate(older);
    await name(loop, loop.people.otieno.cookie, loop.people.juma.id);
    const partners = (await tellThroughLink(token, { story: "SHARED-PARTNERS tulinyimwa nafasi", consent: "partners" })).storyId;
    const report = (await tellThroughLink(token, { story: "SHARED-REPORT tulisikilizwa", consent: "report" })).storyId;
    const community = (await tellThroughLink(token, { story: "COMMUNITY-ONLY kati yetu", consent: "community" })).storyId;
    const pamoja = tellAsMember(loop, loop.people.wanjiru, loop.orgs.pamoja, { story: "PAMOJA-SHARED elsewhere", consent: "report" });
    const page = await renderPage(desk, deskPath(loop), loop.people.juma.cookie);
    expect(page.status).toBe(200);
    expect(page.html).toContain("SHARED-PARTNERS");
    expect(page.html).toContain("SHARED-REPORT");
    for (const hidden of ["OLDER-SHARED", "COMMUNITY-ONLY", "PAMOJA-SHARED"]) expect(page.html, hidden).not.toContain(hidden);
    expect(page.html).toContain(`/translate/${pub(partners)}`);
    // Opening by address what the list leaves out: the same 404 as a story that does not exist.
    for (const storyId of [older, community, pamoja]) {
      const opened = await get(translate, `${deskPath(loop)}/${pub(storyId)}`, loop.people.juma.cookie);
      expect(opened.status, `story ${storyId}`).toBe(404);
      const written = await post(translate, `${deskPath(loop)}/${pub(storyId)}`, loop.people.juma.cookie, [
        ["language", "nl"],
        ["text", "sneaked in"],
      ]);
      expect(written.status, `translation of story ${storyId}`).toBe(404);
    }
    expect(db().select().from(storyTranslations).all()).toEqual([]);
    // Nobody else has a desk: not the coordinator (they have their own pages), not the INGO.
    for (const who of [loop.people.otieno, loop.people.sanne, loop.people.wanjiru])
      expect((await get(desk, deskPath(loop), who.cookie)).status).toBe(404);
    expect(report).toBeGreaterThan(0);
  });

  it("translates a story the INGO then reads beside the original, and the teller can dispute it", async () => {
    const loop = listeningAlliance();
    await name(loop, loop.people.otieno.cookie, loop.people.juma.id);
    const told = await tellThroughLink(linkToken(loop), { story: "Walitusikiliza ORIGINAL-SW", consent: "partners" });
    const path = `${deskPath(loop)}/${pub(told.storyId)}`;
    const blank = await post(translate, path, loop.people.juma.cookie, [
      ["language", "nl"],
      ["text", " "],
    ]);
    expect(blank).toMatchObject({ status: 400, data: { translationErrors: { text: "translation.error.text" } } });
    const saved = await post(translate, path, loop.people.juma.cookie, [
      ["language", "nl"],
      ["text", "Ze luisterden naar ons DUTCH-BY-TRANSLATOR"],
    ]);
    expect(saved.status).toBe(302);
    const ingo = await renderPage(inboxStory, `/inbox/${pub(told.storyId)}`, loop.people.sanne.cookie);
    expect(ingo.html).toContain("ORIGINAL-SW");
    expect(ingo.html).toContain("DUTCH-BY-TRANSLATOR");
    expect(ingo.html).toContain("Translated by Juma");
    // The desk is the translator's only door: the INGO's story page and the teller's own stay closed to them.
    expect((await get(inboxStory, `/inbox/${pub(told.storyId)}`, loop.people.juma.cookie)).status).toBe(404);
    expect((await get(myStory, `/stories/${pub(told.storyId)}`, loop.people.juma.cookie)).status).toBe(404);
    const [row] = db().select().from(storyTranslations).where(eq(storyTranslations.storyId, told.storyId)).all();
    await post(receipt, "/receipt", "", [
      ["code", told.receiptCode],
      ["intent", "translation"],
      ["translation", String(row.id)],
      ["verdict", "disputed"],
    ]);
    const again = await renderPage(translate, path, loop.people.juma.cookie);
    expect(again.html).toContain("Disputed: the teller says this is not what they said.");
  });

  it("closes at once when the coordinator un-names the translator", async () => {
    const loop = listeningAlliance();
    await name(loop, loop.people.otieno.cookie, loop.people.juma.id);
    const told = await tellThroughLink(linkToken(loop), { story: "SHARED-THEN-CLOSED", consent: "report" });
    expect((await renderPage(desk, deskPath(loop), loop.people.juma.cookie)).html).toContain("SHARED-THEN-CLOSED");
    expect((await name(loop, loop.people.otieno.cookie, loop.people.juma.id, "unname")).status).toBe(302);
    expect((await get(desk, deskPath(loop), loop.people.juma.cookie)).status).toBe(404);
    expect((await get(translate, `${deskPath(loop)}/${pub(told.storyId)}`, loop.people.juma.cookie)).status).toBe(404);
    const history = await renderPage(changes, `/organisations/${loop.orgs.tumaini}/changes`, loop.people.otieno.cookie);
    expect(history.html).toContain("Juma is no longer translator of Tumaini");
  });
});
