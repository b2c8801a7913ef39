// The consent rule, two ways: mayRead (one story, a pure decision) and storiesVisibleTo (SQL for lists and
// counts) must agree on every role × scope × purpose — and both must say what docs/design.md's table says.
// Then withdrawal: gone from every page and count at once, its bytes gone from the file, never resurrected.
import { eq } from "drizzle-orm";
import { partnershipMembers, stories } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { mayRead, storiesVisibleTo, type Purpose, type Viewer } from "../../app/models/consent.server";
import { inboxForHome, listInbox } from "../../app/models/listening/inbox.server";
import { myStories, storiesForHome, storyFacts } from "../../app/models/stories/teller-view.server";
import { coordinatedOrganisation, listOrganisationStories, storiesToCode } from "../../app/models/stories/coordination.server";
import { storyIdForReceipt } from "../../app/models/stories/receipts.server";
import { tellStory } from "../../app/models/stories/telling.server";
import { withdrawStory } from "../../app/models/stories/withdrawal.server";
import { createTheme, attachTheme, themeCounts } from "../../app/models/stories/themes.server";
import { insertAnswer } from "../../app/models/listening/answers.server";
import { rateAnswer } from "../../app/models/listening/felt-heard.server";
import { recordFirstRead } from "../../app/models/listening/inbox-story.server";
import { writeTransaction } from "../../db/client";
import { getPerson, insertPerson, type Person } from "../../app/models/people/people.server";
import * as orgStoriesRoute from "../../app/routes/organisations.$organisationId.stories._index";
import * as inboxRoute from "../../app/routes/inbox._index";
import { listeningAlliance, type ListeningAlliance } from "../support/alliances";
import { organisation, signedIn } from "../support/world";
import { renderPage } from "../support/render-page";
import { get, post, type Route } from "../support/route-calls";
import { contains, databaseBytes } from "./setup";
import { clientId, linkToken, sRoute, storyFields, storyRow, tellAsMember, tellThroughLink } from "./told-stories";
import { pub } from "../support/public-ids";
import { setTranslator } from "../../app/models/people/translators.server";

const SCOPES = ["community", "partners", "report"] as const;
const PURPOSES: [string, Purpose][] = [
  ["page", { kind: "page" }],
  ["translator's desk", { kind: "translate" }],
  ["report draft", { kind: "report", status: "draft" }],
  ["report review", { kind: "report", status: "review" }],
  ["report released", { kind: "report", status: "released" }],
];

type Case = { story: string; id: number; scope: string; withdrawn: boolean; byMember: boolean };

/** For each scope, one story told by Juma (a member) and one anonymously (with a receipt); plus a withdrawn one of each. */
async function storiesOfEveryKind(loop: ListeningAlliance) {
  const token = linkToken(loop);
  const cases: Case[] = [];
  const receipts = new Map<number, string>();
  for (const scope of SCOPES) {
    cases.push({
      story: `member ${scope}`,
      id: tellAsMember(loop, loop.people.juma, loop.orgs.tumaini, { story: `member ${scope}`, consent: scope }),
      scope,
      withdrawn: false,
      byMember: true,
    });
    const told = await tellThroughLink(token, { story: `anonymous ${scope}`, consent: scope });
    receipts.set(told.storyId, told.receiptCode);
    cases.push({ story: `anonymous ${scope}`, id: told.storyId, scope, withdrawn: false, byMember: false });
  }
  for (const byMember of [true, false]) {
    const id = byMember
      ? tellAsMember(loop, loop.people.juma, loop.orgs.tumaini, { story: "withdrawn", consent: "report" })
      : (await tellThroughLink(token, { story: "withdrawn", consent: "report" })).storyId;
    // The rule, not the erasure, must hide it: check facts as they were before (teller still known).
    cases.push({ story: "withdrawn", id, scope: "report", withdrawn: true, byMember });
  }
  return { cases, receipts };
}

type Role = { name: string; viewer: Viewer; expect: (c: Case, purpose: Purpose) => boolean };

type Translators = { early: Person; late: Person };

function roles(loop: ListeningAlliance, anyCase: Case, otherMember: Person, lateIngoStaff: Person, translators: Translators): Role[] {
  const person = (who: { person: () => Person }): Viewer => ({ kind: "person", person: who.person() });
  const shared = (c: Case) => c.scope !== "community";
  const live = (c: Case) => !c.withdrawn;
  // docs/decisions/016: a `report` voice, read as a quote of a report in review or released, is for every person
  // of the community partners — never on a page, never in a draft.
  const quotedToCommunity = (c: Case, p: Purpose) => live(c) && c.scope === "report" && p.kind === "report" && p.status !== "draft";
  return [
    { name: "teller", viewer: person(loop.people.juma), expect: (c, p) => (live(c) && c.byMember) || quotedToCommunity(c, p) },
    { name: "other member of the teller's organisation", viewer: { kind: "person", person: otherMember }, expect: quotedToCommunity },
    // docs/security.md 1.19: the organisation's named translator reads its shared stories told since, on the desk only.
    {
      name: "translator named before the stories were told",
      viewer: { kind: "person", person: translators.early },
      expect: (c, p) => (live(c) && shared(c) && p.kind === "translate") || quotedToCommunity(c, p),
    },
    {
      name: "translator named after the stories were told",
      viewer: { kind: "person", person: translators.late },
      expect: quotedToCommunity,
    },
    { name: "coordinator of the teller's organisation", viewer: person(loop.people.otieno), expect: live },
    { name: "coordinator of another community organisation", viewer: person(loop.people.wanjiru), expect: quotedToCommunity },
    { name: "INGO staff", viewer: person(loop.people.sanne), expect: (c) => live(c) && shared(c) },
    { name: "INGO staff of another partnership", viewer: person(loop.people.farStaff), expect: () => false },
    // docs/security.md 1.10: the consent named the INGO organisations present when the story was told.
    {
      name: "INGO staff of an organisation that joined after the stories were told",
      viewer: { kind: "person", person: lateIngoStaff },
      expect: () => false,
    },
    {
      name: "funder",
      viewer: person(loop.people.grace),
      expect: (c, p) => live(c) && c.scope === "report" && p.kind === "report" && p.status === "released",
    },
    { name: "facilitator", viewer: person(loop.people.facilitator), expect: () => false },
    { name: "receipt holder", viewer: { kind: "receipt", storyId: anyCase.id }, expect: (c) => live(c) && c.id === anyCase.id },
    { name: "anonymous visitor", viewer: { kind: "anonymous" }, expect: () => false },
  ];
}

/** A member of the teller's organisation named its translator at `since`, through the coordinator's act. */
function namedTranslator(loop: ListeningAlliance, name: string, since: Date): Person {
  const member = signedIn({ name, of: loop.orgs.tumaini });
  const named = setTranslator(loop.people.otieno.person(), loop.orgs.tumaini, member.id, true, since);
  if (!named.ok) throw new Error(`not named: ${JSON.stringify(named)}`);
  return member.person();
}

describe("the consent rule", () => {
  it("mayRead and storiesVisibleTo agree with each other and with the design, for every role × scope × purpose", async () => {
    const loop = listeningAlliance();
    const { cases } = await storiesOfEveryKind(loop);
    const otherId = writeTransaction(db(), (tx) =>
      insertPerson(
        tx,
        { name: "Baraka", email: "baraka@example.org", language: "sw", passwordHash: "unused" },
        { organisationId: loop.orgs.tumaini, role: "member" },
      ),
    );
    const otherMember = getPerson(otherId)!;
    const lateIngo = organisation({ name: "Late Aid", kind: "ingo" });
    db()
      .insert(partnershipMembers)
      .values({
        partnershipId: loop.partnershipId,
        organisationId: lateIngo,
        role: "ingo_partner",
        since: new Date(Date.now() + 60_000).toISOString(),
      })
      .run();
    const lateIngoStaff = signedIn({ name: "Lena", of: lateIngo }).person();
    const translators = {
      early: namedTranslator(loop, "Tabitha", new Date(Date.now() - 3_600_000)),
      late: namedTranslator(loop, "Tobias", new Date(Date.now() + 60_000)),
    };
    const facts = new Map(cases.map((c) => [c.id, { ...storyFacts(c.id)!, withdrawn: c.withdrawn }]));
    for (const c of cases.filter((c) => c.withdrawn)) withdrawStory(c.id);
    let checked = 0;
    // Each anonymous story's own receipt holder, and each one's "wrong" holder (another story's code).
    const anonymous = cases.filter((c) => !c.byMember);
    for (const holderCase of anonymous) {
      for (const role of roles(loop, holderCase, otherMember, lateIngoStaff, translators)) {
        if (role.viewer.kind !== "receipt" && holderCase !== anonymous[0]) continue;
        for (const [purposeName, purpose] of PURPOSES) {
          const visible = new Set(
            db()
              .select({ id: stories.id })
              .from(stories)
              .where(storiesVisibleTo(role.viewer, loop.partnershipId, purpose))
              .all()
              .map((r) => r.id),
          );
          for (const c of cases) {
            const where = `${role.name} / ${c.story} (${c.byMember ? "member" : "anonymous"}) / ${purposeName}`;
            const expected = role.expect(c, purpose);
            // The teller of a withdrawn story is forgotten with it, so the facts as they were are used for mayRead.
            expect(mayRead(role.viewer, facts.get(c.id)!, purpose), `mayRead: ${where}`).toBe(expected);
            expect(visible.has(c.id), `storiesVisibleTo: ${where}`).toBe(expected);
            checked++;
          }
        }
      }
    }
    expect(checked).toBe((13 + anonymous.length - 1) * PURPOSES.length * cases.length);
  });

  it("gives a receipt code to its own story only; a wrong code opens nothing", async () => {
    const loop = listeningAlliance();
    const { cases, receipts } = await storiesOfEveryKind(loop);
    for (const [storyId, code] of receipts) {
      const found = storyIdForReceipt(code, "test");
      const c = cases.find((x) => x.id === storyId)!;
      expect(found).toEqual(c.withdrawn ? { ok: false, reason: "unknown" } : { ok: true, storyId });
    }
    expect(storyIdForReceipt("ZZZZ-ZZZZ-ZZZZ", "test")).toEqual({ ok: false, reason: "unknown" });
  });
});

describe("another organisation's story", () => {
  it("is the same 404 as a story that does not exist, on the coordinator's pages", async () => {
    const loop = listeningAlliance();
    const pamoja = tellAsMember(loop, loop.people.wanjiru, loop.orgs.pamoja, { story: "pamoja only", consent: "report" });
    const route: Route = {
      module: (await import("../../app/routes/organisations.$organisationId.stories.$storyId")) as never,
      pattern: "/organisations/:organisationId/stories/:storyId",
    };
    const theirs = await get(route, `/organisations/${loop.orgs.tumaini}/stories/${pub(pamoja)}`, loop.people.otieno.cookie);
    const nothing = await get(route, `/organisations/${loop.orgs.tumaini}/stories/987654`, loop.people.otieno.cookie);
    const notAnId = await get(route, `/organisations/${loop.orgs.tumaini}/stories/1e3`, loop.people.otieno.cookie);
    expect([theirs.status, nothing.status, notAnId.status]).toEqual([404, 404, 404]);
    expect(theirs.data).toEqual(nothing.data);
    expect(theirs.data).toEqual(notAnId.data);
  });
});

describe("withdrawal", () => {
  async function storyInTheLoop(loop: ListeningAlliance, marker: string) {
    const told = await tellThroughLink(linkToken(loop), {
      story: `${marker} — the whole story`,
      consent: "report",
      dimensions: ["money"],
      felt: 1,
      power: "them",
      attribution: "name",
      signed_name: `${marker}-signer`,
    });
    const theme = createTheme(loop.people.otieno.person(), loop.partnershipId, "Safe workplaces");
    if (theme.ok) attachTheme(loop.people.otieno.person(), told.storyId, theme.themeId);
    recordFirstRead(told.storyId, loop.people.sanne.id);
    writeTransaction(db(), (tx) =>
      insertAnswer(tx, {
        storyId: told.storyId,
        personId: loop.people.sanne.id,
        organisationId: loop.orgs.ghp,
        heard: `${marker} heard`,
        willDo: `${marker} will do`,
        at: new Date(),
      }),
    );
    rateAnswer({ storyId: told.storyId, rating: 2, comment: `${marker} comment`, ratedBy: "teller" });
    return told;
  }

  it("takes the story out of every page and count at once", async () => {
    const loop = listeningAlliance();
    const told = await storyInTheLoop(loop, "WITHDRAW-MARKER-1");
    const tumaini = coordinatedOrganisation(loop.people.otieno.person(), loop.orgs.tumaini)!;
    const filters = { roundId: null, dimension: null, themeId: null, scope: null };
    expect(listOrganisationStories(loop.people.otieno.person(), tumaini, filters)).toHaveLength(1);
    expect(listInbox(loop.people.sanne.person())).toHaveLength(1);
    withdrawStory(told.storyId);
    expect(listOrganisationStories(loop.people.otieno.person(), tumaini, filters)).toEqual([]);
    expect(storiesToCode(loop.people.otieno.person(), tumaini)).toBe(0);
    expect(listInbox(loop.people.sanne.person())).toEqual([]);
    expect(inboxForHome(loop.people.sanne.person())).toEqual({ unanswered: 0, unread: 0 });
    expect([...themeCounts(loop.people.otieno.person(), loop.partnershipId).values()]).toEqual([]);
    expect(storiesForHome(loop.people.otieno.person()).coordinating[0].toCode).toBe(0);
    for (const [route, path, who] of [
      [
        { module: orgStoriesRoute as never, pattern: "/organisations/:organisationId/stories" },
        `/organisations/${loop.orgs.tumaini}/stories`,
        loop.people.otieno,
      ],
      [{ module: inboxRoute as never, pattern: "/inbox" }, "/inbox", loop.people.sanne],
    ] as const) {
      const page = await renderPage(route as Route, path, who.cookie);
      expect(page.html).not.toContain("WITHDRAW-MARKER-1");
    }
    const row = storyRow(told.storyId);
    expect(row).toMatchObject({
      textEnc: null,
      signedNameEnc: null,
      personId: null,
      receiptLookup: null,
      dimensions: [],
      felt: null,
      power: null,
      putForward: false,
    });
    for (const table of ["story_answers", "felt_heard", "story_reads", "story_themes", "action_stories"]) {
      expect(db().$client.prepare(`select count(*) as n from ${table} where story_id = ?`).get(told.storyId), table).toEqual({ n: 0 });
    }
  });

  it("erases the text from the database file and its WAL: neither the words nor their ciphertext remain", async () => {
    const loop = listeningAlliance();
    const told = await storyInTheLoop(loop, "WITHDRAW-MARKER-2");
    const row = storyRow(told.storyId);
    const sealed = [
      row.textEnc!,
      row.signedNameEnc!,
      ...db()
        .$client.prepare("select heard_enc, will_do_enc from story_answers where story_id = ?")
        .all(told.storyId)
        .flatMap((r) => Object.values(r as object) as string[]),
    ];
    // Each ciphertext's body (after the version and IV) is what must leave the file.
    const bodies = sealed.map((s) => s.split(":")[4]).filter((b) => b.length >= 16);
    expect(bodies.length).toBe(4);
    expect(bodies.some((b) => contains(databaseBytes(), b))).toBe(true);
    withdrawStory(told.storyId);
    const bytes = databaseBytes();
    for (const body of bodies) expect(contains(bytes, body), `ciphertext ${body.slice(0, 12)}…`).toBe(false);
    expect(contains(bytes, "WITHDRAW-MARKER-2")).toBe(false);
  });

  it("answers a resubmission of the same story with 409, never a resurrection", async () => {
    const loop = listeningAlliance();
    const token = linkToken(loop);
    const id = clientId();
    const told = await tellThroughLink(token, { story: "take me back out", consent: "partners" }, id);
    withdrawStory(told.storyId);
    const again = await post(sRoute, `/s/${token}`, "", storyFields({ story: "take me back out", consent: "partners" }, id));
    expect(again.status).toBe(409);
    expect((again.data as { problem: string }).problem).toBe("withdrawn");
    expect(db().select().from(stories).where(eq(stories.id, told.storyId)).get()!.textEnc).toBeNull();
    expect(db().$client.prepare("select count(*) as n from stories where withdrawn_at is null").get()).toEqual({ n: 0 });
    const member = tellStory({
      clientId: "member-client-id-0001",
      roundId: loop.roundId,
      organisationId: loop.orgs.tumaini,
      personId: loop.people.juma.id,
      linkId: null,
      answers: { story: "mine", consent: "report", attribution: "anonymous" },
      language: "en",
    });
    if (!member.ok) throw new Error("told");
    withdrawStory(member.storyId);
    expect(
      tellStory({
        clientId: "member-client-id-0001",
        roundId: loop.roundId,
        organisationId: loop.orgs.tumaini,
        personId: loop.people.juma.id,
        linkId: null,
        answers: { story: "mine", consent: "report", attribution: "anonymous" },
        language: "en",
      }),
    ).toEqual({ ok: false, conflict: "withdrawn" });
    expect(myStories(loop.people.juma.person())).toEqual([]);
  });

  it("is idempotent: withdrawing twice changes nothing the second time", async () => {
    const loop = listeningAlliance();
    const told = await tellThroughLink(linkToken(loop), { story: "twice", consent: "community" });
    expect(withdrawStory(told.storyId)).toBe(true);
    const at = storyRow(told.storyId).withdrawnAt;
    expect(withdrawStory(told.storyId)).toBe(false);
    expect(storyRow(told.storyId).withdrawnAt).toBe(at);
  });
});
