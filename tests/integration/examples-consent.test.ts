// Examples given with ratings reach exactly the readers their consent names, through the same rule as
// stories: read back from the pages those readers receive (the INGO's inbox, the coordinator's stories),
// and checked against mayRead for every viewer, scope and purpose.
import { eq } from "drizzle-orm";
import { narratives, partnershipMembers, responses, rounds, type ConsentScope } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { seal } from "../../app/models/platform/sealed-fields.server";
import { mayRead, narrativesVisibleTo, voiceFactsOfNarrative, type Purpose, type Viewer } from "../../app/models/consent.server";
import { currentVersion } from "../../app/models/rounds/instruments.server";
import * as inboxPage from "../../app/routes/inbox._index";
import * as coordinatorStories from "../../app/routes/organisations.$organisationId.stories._index";
import { listeningAlliance, type ListeningAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { route } from "../support/route-calls";
import { organisation, signedIn } from "../support/world";

const INBOX = route(inboxPage, "/inbox");
const STORIES = route(coordinatorStories, "/organisations/:organisationId/stories");

const MARK = {
  community: "EXAMPLE-COMMUNITY-1a2b",
  partners: "EXAMPLE-PARTNERS-3c4d",
  report: "EXAMPLE-REPORT-5e6f",
  pamoja: "EXAMPLE-PAMOJA-COMMUNITY-7a8b",
  far: "EXAMPLE-FAR-PARTNERS-9c0d",
};
type Mark = keyof typeof MARK;

let loop: ListeningAlliance;

/** One example, sealed as answering seals it, on a response of this person in this round. */
function giveExample(personId: number, organisationId: number, roundId: number, text: string, scope: ConsentScope) {
  const response =
    db().select({ id: responses.id }).from(responses).where(eq(responses.personId, personId)).get()?.id ??
    db()
      .insert(responses)
      .values({
        roundId,
        instrument: "partnership-view",
        version: currentVersion("partnership-view"),
        organisationId,
        personId,
        answersEnc: "",
        status: "submitted",
        submittedAt: "2026-02-01T10:00:00.000Z",
        updatedAt: "2026-02-01T10:00:00.000Z",
      })
      .returning({ id: responses.id })
      .get().id;
  const id = db()
    .insert(narratives)
    .values({
      responseId: response,
      roundId,
      organisationId,
      question: "money_example",
      dimension: "money",
      textEnc: "",
      language: "en",
      scope,
      createdAt: "2026-02-01T10:00:00.000Z",
    })
    .returning({ id: narratives.id })
    .get().id;
  db()
    .update(narratives)
    .set({ textEnc: seal({ table: "narratives", column: "text" }, id, text) })
    .where(eq(narratives.id, id))
    .run();
  return id;
}

beforeEach(() => {
  loop = listeningAlliance();
  const { juma } = loop.people;
  for (const scope of ["community", "partners", "report"] as const)
    giveExample(juma.id, loop.orgs.tumaini, loop.roundId, `${MARK[scope]} words`, scope);
  const baraka = signedIn({ name: "Baraka", of: loop.orgs.pamoja });
  giveExample(baraka.id, loop.orgs.pamoja, loop.roundId, `${MARK.pamoja} words`, "community");
  const farah = signedIn({ name: "Faraji", of: loop.orgs.farClo });
  giveExample(farah.id, loop.orgs.farClo, loop.otherRoundId, `${MARK.far} words`, "partners");
});

const shown = (html: string, visible: Mark[]) => {
  for (const key of Object.keys(MARK) as Mark[]) expect(html.includes(MARK[key]), `${key} marker`).toBe(visible.includes(key));
};

describe("examples given with ratings", () => {
  it("reach the INGO's inbox when shared with it, and nothing else", async () => {
    shown((await renderPage(INBOX, "/inbox", loop.people.sanne.cookie)).html, ["partners", "report"]);
    shown((await renderPage(INBOX, "/inbox", loop.people.farStaff.cookie)).html, ["far"]);
  });

  it("reach the coordinator of the teller's organisation in every scope, and no other coordinator", async () => {
    const { otieno, wanjiru } = loop.people;
    shown((await renderPage(STORIES, `/organisations/${loop.orgs.tumaini}/stories`, otieno.cookie)).html, [
      "community",
      "partners",
      "report",
    ]);
    shown((await renderPage(STORIES, `/organisations/${loop.orgs.pamoja}/stories`, wanjiru.cookie)).html, ["pamoja"]);
    expect((await renderPage(STORIES, `/organisations/${loop.orgs.tumaini}/stories`, wanjiru.cookie)).status).toBe(404);
  });

  it("reach nobody else: funders, facilitators, members and an INGO that joined later read none", async () => {
    for (const who of ["grace", "facilitator", "juma"] as const) {
      const page = await renderPage(INBOX, "/inbox", loop.people[who].cookie);
      expect(page.status, who).toBe(404);
    }
    const late = organisation({ name: "Late Aid", kind: "ingo" });
    db()
      .insert(partnershipMembers)
      .values({ partnershipId: loop.partnershipId, organisationId: late, role: "ingo_partner", since: new Date().toISOString() })
      .run();
    shown((await renderPage(INBOX, "/inbox", signedIn({ name: "Lena", of: late }).cookie)).html, []);
  });

  it("follow mayRead exactly, as SQL, for every viewer × scope × purpose", () => {
    const purposes: Purpose[] = [
      { kind: "page" },
      { kind: "report", status: "draft" },
      { kind: "report", status: "review" },
      { kind: "report", status: "released" },
    ];
    const viewers: Viewer[] = [
      ...(["juma", "otieno", "wanjiru", "sanne", "pieter", "grace", "facilitator", "farStaff"] as const).map((k) => ({
        kind: "person" as const,
        person: loop.people[k].person(),
      })),
      { kind: "anonymous" },
      { kind: "receipt", storyId: 1 },
    ];
    const rows = db()
      .select({
        id: narratives.id,
        organisationId: narratives.organisationId,
        personId: responses.personId,
        scope: narratives.scope,
        createdAt: narratives.createdAt,
      })
      .from(narratives)
      .innerJoin(responses, eq(responses.id, narratives.responseId))
      .innerJoin(rounds, eq(rounds.id, narratives.roundId))
      .where(eq(rounds.partnershipId, loop.partnershipId))
      .all();
    expect(rows).toHaveLength(4);
    let readable = 0;
    for (const viewer of viewers)
      for (const purpose of purposes) {
        const visible = new Set(
          db()
            .select({ id: narratives.id })
            .from(narratives)
            .innerJoin(responses, eq(responses.id, narratives.responseId))
            .innerJoin(rounds, eq(rounds.id, narratives.roundId))
            .where(narrativesVisibleTo(viewer, loop.partnershipId, purpose))
            .all()
            .map((r) => r.id),
        );
        for (const row of rows) {
          const may = mayRead(viewer, voiceFactsOfNarrative({ ...row, partnershipId: loop.partnershipId }), purpose);
          expect(visible.has(row.id), `${JSON.stringify(viewer).slice(0, 60)} ${JSON.stringify(purpose)} ${row.scope}`).toBe(may);
          if (may) readable++;
        }
      }
    // Not vacuous: Juma reads his 3 in every purpose, Otieno 3, Sanne and Pieter 2 each, Grace 1 once released, Wanjiru the report one in review and released.
    expect(readable).toBeGreaterThan(30);
  });
});
