// Telling a story without an account, through /s/<token>, and coming back to it with the receipt code only.
import { revokeStoryLink } from "../../app/models/stories/links.server";
import { insertAnswer } from "../../app/models/listening/answers.server";
import { MAX_WRONG_RECEIPTS } from "../../app/models/stories/receipts.server";
import { writeTransaction } from "../../db/client";
import { db } from "../../app/models/platform/context.server";
import * as receiptRoute from "../../app/routes/receipt";
import { listeningAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { get, post, route } from "../support/route-calls";
import { clientId, linkToken, sRoute, storyFields, storyIdOf, storyRow, tellThroughLink } from "./told-stories";

const receipt = route(receiptRoute, "/receipt");

const openReceipt = (code: string, extra: [string, string][] = [["intent", "open"]]) =>
  post(receipt, "/receipt", "", [["code", code], ...extra]);

describe("an anonymous story link", () => {
  it("shows the one-page story form with the fixed field names, to anyone, without an account", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const page = await renderPage(sRoute, `/s/${token}`, "");
    expect(page.status).toBe(200);
    for (const name of ["story", "dimensions", "felt", "power", "consent", "attribution", "signed_name", "client_id"])
      expect(page.html).toContain(`name="${name}"`);
    expect(page.html).toContain('data-story-draft="fresh"');
    expect(page.html).toContain("/scripts/story-draft.js");
  });

  it("is the same 404 for an unknown token, a malformed one, and a revoked one, for page and post alike", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    expect((await get(sRoute, `/s/${token}`, "")).status).toBe(200);
    const { id } = db().$client.prepare("select id from story_links order by id desc limit 1").get() as { id: number };
    expect(revokeStoryLink(loop.orgs.pamoja, id)).toBe(false);
    expect(revokeStoryLink(loop.orgs.tumaini, id)).toBe(true);
    const revoked = token;
    for (const path of [`/s/${revoked}`, "/s/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "/s/not a token", "/s/x"]) {
      const page = await get(sRoute, path, "");
      const sent = await post(sRoute, path, "", storyFields({ story: "should not be kept", consent: "partners" }));
      expect([page.status, sent.status]).toEqual([404, 404]);
      expect(page.data).toBe(sent.data);
    }
    expect(db().$client.prepare("select count(*) as n from stories").get()).toEqual({ n: 0 });
  });

  it("is a 404 once expired, and a link of a closed round takes no story", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    writeTransaction(db(), (tx) =>
      tx.$client.prepare("update story_links set expires_at = ?").run(new Date(Date.now() - 1000).toISOString()),
    );
    expect((await get(sRoute, `/s/${token}`, "")).status).toBe(404);
    const second = linkToken(loop);
    db()
      .$client.prepare("update rounds set closes_at = ? where id = ?")
      .run(new Date(Date.now() - 1000).toISOString(), loop.roundId);
    expect((await post(sRoute, `/s/${second}`, "", storyFields({ story: "late", consent: "partners" }))).status).toBe(404);
  });

  it("takes a story and answers with a receipt code of 12 unambiguous characters, stored only as a keyed hash", async () => {
    const loop = listeningAlliance();
    const told = await tellThroughLink(linkToken(loop), {
      story: "Saa za kliniki 🌙 zilibadilishwa",
      consent: "partners",
      dimensions: ["decisions", "listening"],
      felt: 2,
      power: "them",
    });
    expect(told.receiptCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const row = storyRow(told.storyId);
    expect(row).toMatchObject({
      personId: null,
      organisationId: loop.orgs.tumaini,
      scope: "partners",
      dimensions: ["decisions", "listening"],
      felt: 2,
      power: "them",
      attribution: "anonymous",
      signedNameEnc: null,
    });
    expect(row.receiptLookup).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(told.receiptCode.replace(/-/g, ""));
    expect(row.textEnc).toMatch(/^v1:/);
  });

  it("refuses a story without text or consent with 400, naming the fields, echoing everything typed and keeping the send id", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const id = clientId();
    const sent = await post(sRoute, `/s/${token}`, "", [
      ["client_id", id],
      ["dimensions", "money"],
      ["felt", "9"],
      ["signed_name", "Kept on the page only"],
    ]);
    expect(sent.status).toBe(400);
    const page = sent.data as {
      state: string;
      clientId: string;
      errors: Record<string, { key: string }>;
      echo: boolean;
      sections: { elements: { name: string; value?: unknown }[] }[];
    };
    expect(page.clientId).toBe(id);
    expect(page.echo).toBe(true);
    expect(Object.keys(page.errors).sort()).toEqual(["consent", "felt", "story"]);
    const values = Object.fromEntries(page.sections.flatMap((s) => s.elements).map((e) => [e.name, e.value]));
    expect(values).toMatchObject({ dimensions: ["money"], signed_name: "Kept on the page only" });
    expect(db().$client.prepare("select count(*) as n from stories").get()).toEqual({ n: 0 });
  });

  it("stores text exactly as typed — emoji, Swahili, markup, formula, zero-width — and a 10 001-character story is refused, never cut", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const text = 'Tulisikilizwa 🙏🏾 <script>alert(1)</script> =HYPERLINK("x") \u202Eevil\u200B end\n\nline two';
    const told = await tellThroughLink(token, { story: text, consent: "community" });
    const code = told.receiptCode;
    const opened = await openReceipt(code);
    expect((opened.data as { story: { text: string } }).story.text).toBe(text);
    const tooLong = await post(sRoute, `/s/${token}`, "", storyFields({ story: "a".repeat(10_001), consent: "partners" }));
    expect(tooLong.status).toBe(400);
    expect((tooLong.data as { errors: Record<string, { key: string }> }).errors.story.key).toBe("answer.error.too_long");
  });

  it("keeps the signed name only when the teller chose to sign with it", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const anonymous = await tellThroughLink(token, {
      story: "no name please",
      consent: "partners",
      attribution: "anonymous",
      signed_name: "Typed then changed my mind",
    });
    expect(storyRow(anonymous.storyId).signedNameEnc).toBeNull();
    const missing = await post(
      sRoute,
      `/s/${token}`,
      "",
      storyFields({ story: "sign it", consent: "partners", attribution: "name", signed_name: "" }),
    );
    expect(Object.keys((missing.data as { errors: object }).errors)).toEqual(["signed_name"]);
    const signed = await tellThroughLink(token, { story: "sign it", consent: "partners", attribution: "name", signed_name: "Baraka" });
    expect(storyRow(signed.storyId).signedNameEnc).toMatch(/^v1:/);
  });

  it("treats the same send twice as one story (no second receipt), other content under the same id as 409", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const first = await tellThroughLink(token, { story: "only once", consent: "partners" });
    const again = await post(sRoute, `/s/${token}`, "", storyFields({ story: "only once", consent: "partners" }, first.clientId));
    expect(again.status).toBe(200);
    expect(again.data).toEqual({ state: "duplicate" });
    const other = await post(sRoute, `/s/${token}`, "", storyFields({ story: "something else", consent: "partners" }, first.clientId));
    expect(other.status).toBe(409);
    expect((other.data as { problem: string; clientId: string }).problem).toBe("conflict");
    expect((other.data as { clientId: string }).clientId).not.toBe(first.clientId);
    expect(db().$client.prepare("select count(*) as n from stories").get()).toEqual({ n: 1 });
  });

  it("gives a teller whose first answer was lost the same receipt code when the same form is sent again", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const id = clientId();
    const secret = clientId();
    const send = (story: string, withSecret = secret) =>
      post(sRoute, `/s/${token}`, "", [...storyFields({ story, consent: "partners" }, id), ["receipt_secret", withSecret]]);
    const first = await send("the answer that got lost");
    const code = (first.data as { receiptCode: string }).receiptCode;
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const again = await send("the answer that got lost");
    expect(again.data).toEqual({ state: "received", receiptCode: code });
    // Only the form holding the secret gets it: the same id from another form learns nothing, and the code works.
    expect((await send("the answer that got lost", clientId())).data).toEqual({ state: "duplicate" });
    expect((await send("other words")).status).toBe(409);
    const opened = await openReceipt(code);
    expect(opened.status).toBe(200);
    expect(JSON.stringify(opened.data)).toContain("the answer that got lost");
  });

  it("makes one story of ten parallel copies of one send", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const id = clientId();
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => post(sRoute, `/s/${token}`, "", storyFields({ story: "parallel", consent: "report" }, id))),
    );
    expect(outcomes.map((o) => o.status)).toEqual(Array(10).fill(200));
    expect(outcomes.filter((o) => (o.data as { state: string }).state === "received")).toHaveLength(1);
    expect(db().$client.prepare("select count(*) as n from stories").get()).toEqual({ n: 1 });
  });

  it("records nobody even when a signed-in member tells through the link", async () => {
    const loop = listeningAlliance();
    const id = clientId();
    await post(sRoute, `/s/${linkToken(loop)}`, loop.people.juma.cookie, storyFields({ story: "via the link", consent: "partners" }, id));
    expect(storyRow(storyIdOf(id)).personId).toBeNull();
  });
});

describe("the receipt page", () => {
  it("shows the story, whether it was read (not by whom) and the INGO's answer, with the code only in the POST body", async () => {
    const loop = listeningAlliance();
    const told = await tellThroughLink(linkToken(loop), { story: "Police took our money", consent: "partners" });
    writeTransaction(db(), (tx) => {
      tx.$client
        .prepare("insert into story_reads (story_id, person_id, read_at) values (?, ?, ?)")
        .run(told.storyId, loop.people.sanne.id, "2026-01-02T10:00:00.000Z");
      insertAnswer(tx, {
        storyId: told.storyId,
        personId: loop.people.sanne.id,
        organisationId: loop.orgs.ghp,
        heard: "We heard the police took money",
        willDo: "We meet the station chief",
        at: new Date(),
      });
    });
    const page = await renderPage(receipt, "/receipt", "", [
      ["code", told.receiptCode.toLowerCase().replace(/-/g, " ")],
      ["intent", "open"],
    ]);
    expect(page.status).toBe(200);
    expect(page.html).toContain("Police took our money");
    expect(page.html).toContain("We meet the station chief");
    expect(page.html).toContain("January 2, 2026");
    expect(page.html).not.toContain("Sanne");
    expect(page.html).toContain(`name="code" value="${told.receiptCode}"`);
  });

  it("shows nothing for a wrong code, a malformed one or an empty one — the same message each time", async () => {
    const loop = listeningAlliance();
    await tellThroughLink(linkToken(loop), { story: "secret marker 7741", consent: "report" });
    const answers = await Promise.all(["ABCD-EFGH-JKMN", "not-a-code", "", "' or 1=1 --"].map((code) => openReceipt(code)));
    for (const a of answers) {
      expect(a.status).toBe(404);
      expect(a.data).toEqual({ state: "unknown" });
    }
    const page = await renderPage(receipt, "/receipt", "", [
      ["code", "ABCD-EFGH-JKMN"],
      ["intent", "open"],
    ]);
    expect(page.html).not.toContain("secret marker 7741");
    expect(page.html).toContain("There is no story with this code");
  });

  it("stops answering, even a right code, after too many wrong codes from one address", async () => {
    const loop = listeningAlliance();
    const told = await tellThroughLink(linkToken(loop), { story: "rate limited", consent: "partners" });
    for (let i = 0; i < MAX_WRONG_RECEIPTS; i++) await openReceipt("ABCD-EFGH-JKMN");
    const blocked = await openReceipt(told.receiptCode);
    expect(blocked.status).toBe(429);
    expect(blocked.data).toEqual({ state: "rate_limited" });
  });

  it("lets the holder rate the answer, narrow the scope (never widen it), and withdraw with confirmation", async () => {
    const loop = listeningAlliance();
    const told = await tellThroughLink(linkToken(loop), { story: "rate and withdraw", consent: "report" });
    const code = told.receiptCode;
    const early = await openReceipt(code, [
      ["intent", "rate"],
      ["rating", "4"],
    ]);
    expect(early.status).toBe(400);
    writeTransaction(db(), (tx) =>
      insertAnswer(tx, {
        storyId: told.storyId,
        personId: loop.people.sanne.id,
        organisationId: loop.orgs.ghp,
        heard: "h",
        willDo: "w",
        at: new Date(),
      }),
    );
    const rated = await openReceipt(code, [
      ["intent", "rate"],
      ["rating", "4"],
      ["comment", "Asante 🙏"],
    ]);
    expect(rated.status).toBe(200);
    expect((rated.data as { story: { rating: unknown } }).story.rating).toEqual({ rating: 4, comment: "Asante 🙏", ratedBy: "teller" });
    expect(
      (
        await openReceipt(code, [
          ["intent", "rate"],
          ["rating", "6"],
        ])
      ).status,
    ).toBe(400);
    expect(
      (
        await openReceipt(code, [
          ["intent", "narrow"],
          ["scope", "partners"],
        ])
      ).status,
    ).toBe(200);
    expect(storyRow(told.storyId).scope).toBe("partners");
    const widen = await openReceipt(code, [
      ["intent", "narrow"],
      ["scope", "report"],
    ]);
    expect(widen.status).toBe(400);
    expect(storyRow(told.storyId).scope).toBe("partners");
    const unconfirmed = await openReceipt(code, [["intent", "withdraw"]]);
    expect(unconfirmed.status).toBe(400);
    expect(storyRow(told.storyId).withdrawnAt).toBeNull();
    const withdrawn = await openReceipt(code, [
      ["intent", "withdraw"],
      ["confirm", "yes"],
    ]);
    expect(withdrawn.data).toEqual({ state: "withdrawn" });
    expect(storyRow(told.storyId)).toMatchObject({ textEnc: null, receiptLookup: null });
    expect((await openReceipt(code)).data).toEqual({ state: "unknown" });
  });

  it("ignores a story id or scope slipped into the body: the code alone decides which story", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const mine = await tellThroughLink(token, { story: "mine", consent: "report" });
    const other = await tellThroughLink(token, { story: "someone else's", consent: "report" });
    await openReceipt(mine.receiptCode, [
      ["intent", "withdraw"],
      ["confirm", "yes"],
      ["storyId", String(other.storyId)],
    ]);
    expect(storyRow(other.storyId).withdrawnAt).toBeNull();
    expect(storyRow(mine.storyId).withdrawnAt).not.toBeNull();
  });
});
