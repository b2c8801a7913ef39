// Playing the insider: a facilitator who tries to give themselves (or a funder) the community's stories by
// re-roling an organisation or inviting a coordinator with an address they control. Every attempt waits for
// the community's coordinators, and an organisation that joins later never reads what was told before.
import { eq } from "drizzle-orm";
import { people, storyReads } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { createInvitation } from "../../app/models/people/invitations.server";
import { getPartnership } from "../../app/models/people/partnerships.server";
import * as adminPartnership from "../../app/routes/admin.partnerships.$partnershipId";
import * as changesPage from "../../app/routes/organisations.$organisationId.changes";
import * as acceptPage from "../../app/routes/invite.$token";
import * as inboxPage from "../../app/routes/inbox._index";
import * as inboxStory from "../../app/routes/inbox.$storyId";
import * as coordinatorStories from "../../app/routes/organisations.$organisationId.stories._index";
import * as tellPage from "../../app/routes/stories.new";
import { listeningAlliance, type ListeningAlliance } from "../support/alliances";
import { renderPage } from "../support/render-page";
import { get, NAVIGATE, post, route } from "../support/route-calls";
import { signedIn } from "../support/world";
import { pub } from "../support/public-ids";
import { plantStory } from "./planted-stories";

const ADMIN_PARTNERSHIP = route(adminPartnership, "/admin/partnerships/:partnershipId");
const CHANGES = route(changesPage, "/organisations/:organisationId/changes");
const ACCEPT = route(acceptPage, "/invite/:token");
const INBOX = route(inboxPage, "/inbox");
const STORY = route(inboxStory, "/inbox/:storyId");
const COORDINATOR_STORIES = route(coordinatorStories, "/organisations/:organisationId/stories");
const TELL = route(tellPage, "/stories/new");

const OLD = "MARKER-OLD-PARTNERS-41c2";
const NEW = "MARKER-NEW-PARTNERS-77d0";
const COMMUNITY = "MARKER-COMMUNITY-ONLY-93ab";

let loop: ListeningAlliance;
let oldStory: number;

beforeEach(() => {
  loop = listeningAlliance();
  const here = { partnershipId: loop.partnershipId, roundId: loop.roundId, organisationId: loop.orgs.tumaini };
  oldStory = plantStory({ ...here, text: `${OLD} told before any change`, scope: "partners", createdAt: "2026-01-02T10:00:00.000Z" });
  plantStory({ ...here, text: `${COMMUNITY} kept among us`, scope: "community", createdAt: "2026-01-03T10:00:00.000Z" });
});

/** The partnership form as the facilitator posts it, with these roles. */
function partnershipForm(roles: Record<number, string>) {
  const partnership = getPartnership(loop.partnershipId)!;
  const fields: Record<string, string> = { name: partnership.name, k: String(partnership.k) };
  for (const m of partnership.members) fields[`role-${m.organisationId}`] = m.role;
  for (const [id, role] of Object.entries(roles)) fields[`role-${id}`] = role;
  return fields;
}

const roleOf = (organisationId: number) =>
  getPartnership(loop.partnershipId)!.members.find((m) => m.organisationId === organisationId)?.role;

async function inboxText(cookie: string) {
  const page = await renderPage(INBOX, "/inbox", cookie);
  return page.status === 200 ? page.html : "";
}

async function approveAll(organisation: "tumaini" | "pamoja") {
  const coordinator = organisation === "tumaini" ? loop.people.otieno : loop.people.wanjiru;
  const path = `/organisations/${loop.orgs[organisation]}/changes`;
  const page = await get(CHANGES, path, coordinator.cookie);
  for (const change of (page.data as { waiting: { id: number }[] }).waiting) {
    const answered = await post(CHANGES, path, coordinator.cookie, { change: String(change.id), decision: "approved" });
    expect(answered.status).toBe(302);
  }
}

describe("re-roling the funder as INGO partner (finding 1a)", () => {
  it("changes nothing until every community partner's coordinator approves, and the funder never reads older stories", async () => {
    const { grace, facilitator } = loop.people;
    const saved = await post(
      ADMIN_PARTNERSHIP,
      `/admin/partnerships/${loop.partnershipId}`,
      facilitator.cookie,
      partnershipForm({ [loop.orgs.funder]: "ingo_partner" }),
    );
    expect(saved.status).toBe(302);
    expect(roleOf(loop.orgs.funder)).toBe("funder");
    // The attacker's side: the funder's inbox does not exist, the old story's page is the same 404 as any other.
    expect((await get(INBOX, "/inbox", grace.cookie)).status).toBe(404);
    expect((await get(STORY, `/inbox/${pub(oldStory)}`, grace.cookie, NAVIGATE)).status).toBe(404);

    await approveAll("tumaini");
    expect(roleOf(loop.orgs.funder)).toBe("funder");
    await approveAll("pamoja");
    expect(roleOf(loop.orgs.funder)).toBe("ingo_partner");

    // Now an INGO partner, but only of what is told from now on: the older story stays closed, and no read is recorded.
    const text = await inboxText(grace.cookie);
    expect(text).not.toContain(OLD);
    expect((await get(STORY, `/inbox/${pub(oldStory)}`, grace.cookie, NAVIGATE)).status).toBe(404);
    expect(db().select().from(storyReads).where(eq(storyReads.storyId, oldStory)).all()).toHaveLength(0);
    const newer = plantStory({
      partnershipId: loop.partnershipId,
      roundId: loop.roundId,
      organisationId: loop.orgs.tumaini,
      text: `${NEW} told after the change`,
      scope: "partners",
      createdAt: new Date(Date.now() + 1000).toISOString(),
    });
    expect(await inboxText(grace.cookie)).toContain(NEW);
    expect((await get(STORY, `/inbox/${pub(newer)}`, grace.cookie, NAVIGATE)).status).toBe(200);
    // The INGO that was there all along still reads both.
    const sanne = await inboxText(loop.people.sanne.cookie);
    expect(sanne).toContain(OLD);
    expect(sanne).toContain(NEW);
  });

  it("is undone by one coordinator's refusal, and the record names who asked, what, when and who answered", async () => {
    const { facilitator, otieno, wanjiru } = loop.people;
    await post(
      ADMIN_PARTNERSHIP,
      `/admin/partnerships/${loop.partnershipId}`,
      facilitator.cookie,
      partnershipForm({ [loop.orgs.funder]: "ingo_partner" }),
    );
    await approveAll("tumaini");
    const path = `/organisations/${loop.orgs.pamoja}/changes`;
    const waiting = (await get(CHANGES, path, wanjiru.cookie)).data as { waiting: { id: number }[] };
    expect((await post(CHANGES, path, wanjiru.cookie, { change: String(waiting.waiting[0].id), decision: "refused" })).status).toBe(302);
    expect(roleOf(loop.orgs.funder)).toBe("funder");

    const page = await renderPage(CHANGES, `/organisations/${loop.orgs.tumaini}/changes`, otieno.cookie);
    expect(page.html).toContain("Open Fund changes from funder to INGO partner in Nairobi Programme");
    expect(page.html).toContain("Asked by Facilitator on ");
    expect(page.html).toContain("Tumaini Collective: approved by Otieno");
    expect(page.html).toContain("Pamoja Network: refused by Wanjiru");
    expect(page.html).toContain("refused");
  });

  it("applies removals at once: narrowing needs nobody's approval", async () => {
    await post(
      ADMIN_PARTNERSHIP,
      `/admin/partnerships/${loop.partnershipId}`,
      loop.people.facilitator.cookie,
      partnershipForm({ [loop.orgs.funder]: "" }),
    );
    expect(roleOf(loop.orgs.funder)).toBeUndefined();
  });
});

describe("inviting a coordinator with an address the facilitator controls (finding 1b)", () => {
  const acceptance = {
    name: "Mallory",
    email: "mallory@example.org",
    language: "en",
    password: "violet-harbour-lantern-92",
    confirm: "violet-harbour-lantern-92",
  };

  it("gives a link that cannot be used until a coordinator of the organisation approves it", async () => {
    const { facilitator } = loop.people;
    const before = db().select({ n: people.id }).from(people).all().length;
    const token = createInvitation(facilitator.person(), { organisationId: loop.orgs.tumaini, role: "coordinator" });
    const early = await post(ACCEPT, `/invite/${token}`, "", acceptance);
    expect(early.status).toBe(409);
    expect(db().select({ n: people.id }).from(people).all().length).toBe(before);

    await approveAll("tumaini");
    const accepted = await post(ACCEPT, `/invite/${token}`, "", acceptance);
    expect(accepted.status).toBe(302);
    expect(db().select({ n: people.id }).from(people).all().length).toBe(before + 1);
  });

  it("is refused for good when the coordinator says no, and nobody is created", async () => {
    const { facilitator, otieno } = loop.people;
    const token = createInvitation(facilitator.person(), { organisationId: loop.orgs.tumaini, role: "coordinator" });
    const path = `/organisations/${loop.orgs.tumaini}/changes`;
    const waiting = (await get(CHANGES, path, otieno.cookie)).data as { waiting: { id: number }[] };
    await post(CHANGES, path, otieno.cookie, { change: String(waiting.waiting[0].id), decision: "refused" });
    const before = db().select({ n: people.id }).from(people).all().length;
    expect((await post(ACCEPT, `/invite/${token}`, "", acceptance)).status).toBe(410);
    expect(db().select({ n: people.id }).from(people).all().length).toBe(before);
  });

  it("lets an organisation without a coordinator take its first one, shown as the exception it is", async () => {
    const { facilitator } = loop.people;
    const lone = loop.orgs.farClo;
    const token = createInvitation(facilitator.person(), { organisationId: lone, role: "coordinator" });
    expect((await post(ACCEPT, `/invite/${token}`, "", acceptance)).status).toBe(302);
    const first = signedIn({ name: "First", of: lone, role: "coordinator" });
    const page = await renderPage(CHANGES, `/organisations/${lone}/changes`, first.cookie);
    expect(page.html).toContain("first coordinator: there was no coordinator yet to ask");
  });

  it("sends a second 'first coordinator' back for approval once the organisation has one", async () => {
    const { facilitator } = loop.people;
    const lone = loop.orgs.farClo;
    const first = createInvitation(facilitator.person(), { organisationId: lone, role: "coordinator" });
    const second = createInvitation(facilitator.person(), { organisationId: lone, role: "coordinator" });
    expect((await post(ACCEPT, `/invite/${first}`, "", acceptance)).status).toBe(302);
    expect((await post(ACCEPT, `/invite/${second}`, "", { ...acceptance, email: "second@example.org" })).status).toBe(409);
  });

  it("needs no one else when a coordinator invites to their own organisation, and says who approved", async () => {
    const { otieno } = loop.people;
    const token = createInvitation(otieno.person(), { organisationId: loop.orgs.tumaini, role: "member" });
    expect((await post(ACCEPT, `/invite/${token}`, "", acceptance)).status).toBe(302);
    const page = await renderPage(CHANGES, `/organisations/${loop.orgs.tumaini}/changes`, otieno.cookie);
    expect(page.html).toContain("A new member joins Tumaini Collective");
    expect(page.html).toContain("Tumaini Collective: approved by Otieno");
  });
});

describe("the changes page", () => {
  it("does not exist for anyone but the organisation's coordinators", async () => {
    const path = `/organisations/${loop.orgs.tumaini}/changes`;
    for (const who of ["juma", "sanne", "pieter", "grace", "facilitator", "wanjiru"] as const)
      expect((await get(CHANGES, path, loop.people[who].cookie)).status, who).toBe(404);
    expect((await get(CHANGES, path, loop.people.otieno.cookie)).status).toBe(200);
  });

  it("refuses another organisation's change, an unknown one and a made-up decision with 400 naming the field, changing nothing", async () => {
    const { facilitator, otieno, wanjiru } = loop.people;
    await post(
      ADMIN_PARTNERSHIP,
      `/admin/partnerships/${loop.partnershipId}`,
      facilitator.cookie,
      partnershipForm({ [loop.orgs.funder]: "ingo_partner" }),
    );
    const tumainiChange = (
      (await get(CHANGES, `/organisations/${loop.orgs.tumaini}/changes`, otieno.cookie)).data as { waiting: { id: number }[] }
    ).waiting[0].id;
    // Wanjiru answers Tumaini's question on Pamoja's page: her organisation is still asked, Tumaini's answer is not hers to give.
    const path = `/organisations/${loop.orgs.pamoja}/changes`;
    await post(CHANGES, path, wanjiru.cookie, { change: String(tumainiChange), decision: "approved" });
    const bad = await post(CHANGES, `/organisations/${loop.orgs.tumaini}/changes`, wanjiru.cookie, {
      change: String(tumainiChange),
      decision: "approved",
    });
    expect(bad.status).toBe(404);
    const made = await post(CHANGES, path, wanjiru.cookie, { change: String(tumainiChange), decision: "yes please" });
    expect(made.status).toBe(400);
    expect((made.data as { errors: Record<string, string> }).errors).toHaveProperty("decision");
    const unknown = await post(CHANGES, path, wanjiru.cookie, { change: "999999", decision: "approved" });
    expect(unknown.status).toBe(400);
    expect((unknown.data as { errors: Record<string, string> }).errors).toHaveProperty("change");
    expect(roleOf(loop.orgs.funder)).toBe("funder");
  });
});

describe("consent names the organisations present when the story was told", () => {
  it("keeps community-scope stories from any INGO, and older shared ones from an INGO added later", async () => {
    const { facilitator } = loop.people;
    const laterIngo = loop.orgs.farIngo;
    await post(
      ADMIN_PARTNERSHIP,
      `/admin/partnerships/${loop.partnershipId}`,
      facilitator.cookie,
      partnershipForm({ [laterIngo]: "ingo_partner" }),
    );
    await approveAll("tumaini");
    await approveAll("pamoja");
    expect(roleOf(laterIngo)).toBe("ingo_partner");
    const farah = await inboxText(loop.people.farStaff.cookie);
    expect(farah).not.toContain(OLD);
    expect(farah).not.toContain(COMMUNITY);
    const coordinator = await renderPage(COORDINATOR_STORIES, `/organisations/${loop.orgs.tumaini}/stories`, loop.people.otieno.cookie);
    expect(coordinator.html).toContain(OLD);
    expect(coordinator.html).toContain(COMMUNITY);
  });

  it("names on the story form exactly the INGO organisations that read a shared story: none still waiting", async () => {
    const form = () => renderPage(TELL, "/stories/new", loop.people.juma.cookie).then((p) => p.html);
    expect(await form()).toContain("My organisation and the staff of Global Health Partners");
    await post(
      ADMIN_PARTNERSHIP,
      `/admin/partnerships/${loop.partnershipId}`,
      loop.people.facilitator.cookie,
      partnershipForm({ [loop.orgs.farIngo]: "ingo_partner" }),
    );
    expect(await form()).not.toContain("Far Away Aid");
    await approveAll("tumaini");
    await approveAll("pamoja");
    expect(await form()).toMatch(
      /My organisation and the staff of (Global Health Partners &amp; Far Away Aid|Far Away Aid &amp; Global Health Partners)/,
    );
  });
});
