// docs/security.md 7.7: every create form is idempotent. Each test reads the form's one-time token out of the
// page a person is sent, sends the same filled-in form twice, and finds one new row and the second answer
// leading where the first did. A token is honoured only for the person it was sent to.
import { eq } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import {
  actions,
  formSubmissions,
  invitations,
  organisations,
  partnerships,
  reports,
  reportVersions,
  rounds,
  storyAnswers,
  storyLinks,
  themes,
} from "../../db/schema";
import * as adminOrgNew from "../../app/routes/admin.organisations.new";
import * as adminPartnershipNew from "../../app/routes/admin.partnerships.new";
import * as adminInvitations from "../../app/routes/admin.invitations";
import * as orgInvite from "../../app/routes/organisations.$organisationId.invite";
import * as newRound from "../../app/routes/partnerships.$partnershipId.rounds.new";
import * as newAction from "../../app/routes/partnerships.$partnershipId.actions.new";
import * as reportList from "../../app/routes/partnerships.$partnershipId.reports";
import * as linksRoute from "../../app/routes/organisations.$organisationId.story-links";
import * as themesRoute from "../../app/routes/organisations.$organisationId.themes";
import * as inboxStory from "../../app/routes/inbox.$storyId";
import { listeningAlliance, roundsAlliance } from "../support/alliances";
import { reportingAlliance } from "../support/reporting-alliance";
import { pub } from "../support/public-ids";
import { signedIn } from "../support/world";
import { renderPage } from "../support/render-page";
import { post, route, type Outcome, type Route } from "../support/route-calls";
import { plantStory } from "./planted-stories";
import { reportPage } from "./reports-fixture";
import { testDb } from "./setup";

type Fields = Record<string, string | string[]>;
const pairs = (fields: Fields): [string, string][] =>
  Object.entries(fields).flatMap(([k, v]) => [v].flat().map((one): [string, string] => [k, one]));
const count = (table: SQLiteTable) => testDb().db.select().from(table).all().length;

/** The token the page sends this person, read out of its HTML as a browser would. */
async function tokenOnPage(page: Route, path: string, cookie: string): Promise<string> {
  const { html, status } = await renderPage(page, path, cookie);
  expect(status).toBe(200);
  const token = /name="form_token" value="([A-Za-z0-9_-]{22})"/.exec(html)?.[1];
  expect(token, `a form token on ${path}`).toBeTruthy();
  return token!;
}

/** The same filled-in form, with the token from the page, sent twice. */
async function sendTwice(page: Route, path: string, cookie: string, fields: Fields): Promise<[Outcome, Outcome, string]> {
  const token = await tokenOnPage(page, path, cookie);
  const form = [...pairs(fields), ["form_token", token] as [string, string]];
  return [await post(page, path, cookie, form), await post(page, path, cookie, form), token];
}

function sameRedirect(first: Outcome, second: Outcome) {
  expect(first.status).toBe(302);
  expect(second).toMatchObject({ status: 302, location: first.location });
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe("every create form is idempotent (docs/security.md 7.7)", () => {
  it("new organisation: sent twice, one organisation, and both answers lead to it", async () => {
    const loop = listeningAlliance();
    const before = count(organisations);
    const [first, second] = await sendTwice(
      route(adminOrgNew, "/admin/organisations/new"),
      "/admin/organisations/new",
      loop.people.facilitator.cookie,
      {
        name: "Amani Collective 🌍",
        kind: "community_led",
        country: "Tanzania",
        populations: ["sex_workers"],
        leadership: "community_led",
        level: "national",
      },
    );
    sameRedirect(first, second);
    expect(count(organisations)).toBe(before + 1);
  });

  it("new partnership: sent twice, one partnership", async () => {
    const loop = listeningAlliance();
    const before = count(partnerships);
    const [first, second] = await sendTwice(
      route(adminPartnershipNew, "/admin/partnerships/new"),
      "/admin/partnerships/new",
      loop.people.facilitator.cookie,
      { name: "Coast Programme", k: "5", [`role-${loop.orgs.tumaini}`]: "community_partner", [`role-${loop.orgs.ghp}`]: "ingo_partner" },
    );
    sameRedirect(first, second);
    expect(count(partnerships)).toBe(before + 1);
  });

  it('"open the round" sent twice opens one round', async () => {
    const a = roundsAlliance();
    const path = `/partnerships/${a.partnershipId}/rounds/new`;
    const before = count(rounds);
    const [first, second] = await sendTwice(route(newRound, "/partnerships/:partnershipId/rounds/new"), path, a.people.facilitator.cookie, {
      label: "2026 Q4",
      opensOn: day(0),
      closesOn: day(60),
      schedule: "quarterly",
      instruments: ["partnership-view", "self-reflection", "collaboration-network"],
      invite: [`${a.people.member.id}:partnership-view`, `${a.people.staff.id}:self-reflection`],
    });
    sameRedirect(first, second);
    expect(first.location).toMatch(/^\/rounds\/\d+$/);
    expect(count(rounds)).toBe(before + 1);
  });

  it("new action: sent twice, one action; a refused form records nothing, so the corrected one still creates", async () => {
    const loop = listeningAlliance();
    const story = plantStory({
      partnershipId: loop.partnershipId,
      roundId: loop.roundId,
      organisationId: loop.orgs.tumaini,
      text: "raids",
      scope: "partners",
    });
    const page = route(newAction, "/partnerships/:partnershipId/actions/new");
    const path = `/partnerships/${loop.partnershipId}/actions/new`;
    const fields = {
      title: "Pay stipends on time",
      owner: String(loop.orgs.ghp),
      due: "",
      status: "proposed",
      round: String(loop.roundId),
      dimensions: ["money"],
      stories: [pub(story)],
    };
    const token = await tokenOnPage(page, path, loop.people.sanne.cookie);
    const refused = await post(page, path, loop.people.sanne.cookie, [...pairs({ ...fields, title: "" }), ["form_token", token]]);
    expect(refused.status).toBe(400);
    expect(count(actions)).toBe(0);
    const form = [...pairs(fields), ["form_token", token] as [string, string]];
    const first = await post(page, path, loop.people.sanne.cookie, form);
    const second = await post(page, path, loop.people.sanne.cookie, form);
    sameRedirect(first, second);
    expect(count(actions)).toBe(1);
  });

  it("invitations (set-up page and organisation page): sent twice, one invitation and the same link both times", async () => {
    const loop = listeningAlliance();
    const admin = route(adminInvitations, "/admin/invitations");
    const [a1, a2] = await sendTwice(admin, "/admin/invitations", loop.people.facilitator.cookie, {
      role: "member",
      organisationId: String(loop.orgs.tumaini),
    });
    expect(a1.status).toBe(200);
    expect((a2.data as { link: string }).link).toBe((a1.data as { link: string }).link);
    expect(count(invitations)).toBe(1);

    const org = route(orgInvite, "/organisations/:organisationId/invite");
    const path = `/organisations/${loop.orgs.tumaini}/invite`;
    const [o1, o2] = await sendTwice(org, path, loop.people.otieno.cookie, { role: "member" });
    expect((o2.data as { link: string }).link).toBe((o1.data as { link: string }).link);
    expect(count(invitations)).toBe(2);
    // A fresh page is a fresh form: a new invitation.
    await sendTwice(org, path, loop.people.otieno.cookie, { role: "coordinator" });
    expect(count(invitations)).toBe(3);
  });

  it("story links and themes: sent twice, one link and one theme, and the second answer is the first's", async () => {
    const loop = listeningAlliance();
    const links = route(linksRoute, "/organisations/:organisationId/story-links");
    const linksPath = `/organisations/${loop.orgs.tumaini}/story-links`;
    const [l1, l2] = await sendTwice(links, linksPath, loop.people.otieno.cookie, {
      intent: "create",
      roundId: String(loop.roundId),
      expiresOn: "",
    });
    expect(l1.status).toBe(200);
    expect(l2.data).toEqual(l1.data);
    expect(count(storyLinks)).toBe(1);

    const themesPage = route(themesRoute, "/organisations/:organisationId/themes");
    const themesPath = `/organisations/${loop.orgs.tumaini}/themes`;
    const [t1, t2] = await sendTwice(themesPage, themesPath, loop.people.otieno.cookie, {
      intent: "create",
      partnershipId: String(loop.partnershipId),
      name: "Police raids",
    });
    expect(t1.status).toBe(200);
    expect(t2).toMatchObject({ status: 200, data: t1.data });
    expect(count(themes)).toBe(1);
  });

  it("a report for a round: sent twice, one report, both answers lead to it", async () => {
    const loop = listeningAlliance();
    const page = route(reportList, "/partnerships/:partnershipId/reports");
    const path = `/partnerships/${loop.partnershipId}/reports`;
    const form = { roundId: String(loop.roundId) };
    const first = await post(page, path, loop.people.facilitator.cookie, form);
    const second = await post(page, path, loop.people.facilitator.cookie, form);
    sameRedirect(first, second);
    expect(testDb().db.select().from(reports).where(eq(reports.roundId, loop.roundId)).all()).toHaveLength(1);
  });

  it('"send to review" sent twice with nothing changed freezes one version', async () => {
    const world = reportingAlliance();
    const { facilitator } = world.people;
    const made = await post(
      route(reportList, "/partnerships/:partnershipId/reports"),
      `/partnerships/${world.partnershipId}/reports`,
      facilitator.cookie,
      {
        roundId: String(world.rounds.second),
      },
    );
    const path = made.location!;
    const first = await post(reportPage, path, facilitator.cookie, { intent: "to_review" });
    const second = await post(reportPage, path, facilitator.cookie, { intent: "to_review" });
    sameRedirect(first, second);
    const reportId = Number(path.split("/").pop());
    expect(testDb().db.select().from(reportVersions).where(eq(reportVersions.reportId, reportId)).all()).toHaveLength(1);
  });

  it("an answer to a story: sent twice, one answer, both answers lead back to the story", async () => {
    const loop = listeningAlliance();
    const story = plantStory({
      partnershipId: loop.partnershipId,
      roundId: loop.roundId,
      organisationId: loop.orgs.tumaini,
      text: "raids",
      scope: "partners",
    });
    const page = route(inboxStory, "/inbox/:storyId");
    const form = { heard: "We heard you.", will_do: "We will ask first." };
    const first = await post(page, `/inbox/${pub(story)}`, loop.people.sanne.cookie, form);
    const second = await post(page, `/inbox/${pub(story)}`, loop.people.sanne.cookie, form);
    sameRedirect(first, second);
    expect(testDb().db.select().from(storyAnswers).where(eq(storyAnswers.storyId, story)).all()).toHaveLength(1);
  });

  it("a token leads only its own person back: someone else sending it creates their own and is not led to the first", async () => {
    const loop = listeningAlliance();
    const page = route(adminOrgNew, "/admin/organisations/new");
    const fields = {
      name: "Amani",
      kind: "community_led",
      country: "Kenya",
      populations: ["sex_workers"],
      leadership: "community_led",
      level: "local",
    };
    const [first] = await sendTwice(page, "/admin/organisations/new", loop.people.facilitator.cookie, fields);
    const token = testDb().db.select().from(formSubmissions).get()!.token;
    const other = signedIn({ name: "Second facilitator", email: "second-facilitator@example.org", facilitator: true });
    const theirs = await post(page, "/admin/organisations/new", other.cookie, [
      ...pairs({ ...fields, name: "Pamoja" }),
      ["form_token", token],
    ]);
    expect(theirs.status).toBe(302);
    expect(theirs.location).not.toBe(first.location);
  });
});
