// Who may open which organisation, invitation and set-up page, through the routes themselves: "not yours"
// must be the very same 404 as "not there" (docs/security.md 1.2), and a page must not carry names it may not show.
import { invitations, organisations, partnerships } from "../../db/schema";
import { createPartnership } from "../../app/models/people/partnerships.server";
import * as orgPage from "../../app/routes/organisations.$organisationId._index";
import * as orgInvite from "../../app/routes/organisations.$organisationId.invite";
import * as partnershipPage from "../../app/routes/partnerships.$partnershipId._index";
import * as adminHome from "../../app/routes/admin._index";
import * as adminOrgNew from "../../app/routes/admin.organisations.new";
import * as adminOrgEdit from "../../app/routes/admin.organisations.$organisationId";
import * as adminPartnershipNew from "../../app/routes/admin.partnerships.new";
import * as adminPartnershipEdit from "../../app/routes/admin.partnerships.$partnershipId";
import * as adminInvitations from "../../app/routes/admin.invitations";
import { accessAlliance } from "../support/alliances";
import { get, post, route } from "../support/route-calls";
import { testDb } from "./setup";

const ORG_PAGE = route(orgPage, "/organisations/:organisationId");
const ORG_INVITE = route(orgInvite, "/organisations/:organisationId/invite");
const PARTNERSHIP = route(partnershipPage, "/partnerships/:partnershipId");
const ADMIN_HOME = route(adminHome, "/admin");
const ADMIN_ORG_NEW = route(adminOrgNew, "/admin/organisations/new");
const ADMIN_ORG = route(adminOrgEdit, "/admin/organisations/:organisationId");
const ADMIN_PARTNERSHIP_NEW = route(adminPartnershipNew, "/admin/partnerships/new");
const ADMIN_PARTNERSHIP = route(adminPartnershipEdit, "/admin/partnerships/:partnershipId");
const ADMIN_INVITATIONS = route(adminInvitations, "/admin/invitations");

const invitationCount = () => testDb().db.select().from(invitations).all().length;

describe("the invitation page of an organisation", () => {
  it("lets its coordinator create a link for member or coordinator", async () => {
    const a = await accessAlliance();
    const path = `/organisations/${a.orgs.tumaini}/invite`;
    const page = await get(ORG_INVITE, path, a.people.coordinator.cookie);
    expect(page.status).toBe(200);
    const made = await post(ORG_INVITE, path, a.people.coordinator.cookie, { role: "coordinator" });
    expect(made.status).toBe(200);
    expect((made.data as { link: string }).link).toMatch(/^http:\/\/localhost\/invite\/[A-Za-z0-9_-]{32}$/);
    expect(testDb().db.select().from(invitations).get()).toMatchObject({
      organisationId: a.orgs.tumaini,
      role: "coordinator",
      isFacilitator: false,
    });
  });

  it("is a 404 for the coordinator of another organisation, and the action makes nothing", async () => {
    const a = await accessAlliance();
    const path = `/organisations/${a.orgs.tumaini}/invite`;
    expect((await get(ORG_INVITE, path, a.people.otherCoordinator.cookie)).status).toBe(404);
    expect((await post(ORG_INVITE, path, a.people.otherCoordinator.cookie, { role: "member" })).status).toBe(404);
    expect(invitationCount()).toBe(0);
  });

  it("is a 404 for a member of the organisation itself: a member cannot invite", async () => {
    const a = await accessAlliance();
    const path = `/organisations/${a.orgs.tumaini}/invite`;
    expect((await get(ORG_INVITE, path, a.people.member.cookie)).status).toBe(404);
    expect((await post(ORG_INVITE, path, a.people.member.cookie, { role: "member" })).status).toBe(404);
    expect(invitationCount()).toBe(0);
  });

  it("ignores an organisation or facilitator flag slipped into the body", async () => {
    const a = await accessAlliance();
    const path = `/organisations/${a.orgs.tumaini}/invite`;
    const slipped = { role: "member", organisationId: String(a.orgs.other), isFacilitator: "true", facilitator: "1" };
    expect((await post(ORG_INVITE, path, a.people.coordinator.cookie, slipped)).status).toBe(200);
    expect(testDb().db.select().from(invitations).get()).toMatchObject({
      organisationId: a.orgs.tumaini,
      role: "member",
      isFacilitator: false,
    });
  });

  it("refuses a role that is not in the list, naming the field", async () => {
    const a = await accessAlliance();
    const path = `/organisations/${a.orgs.tumaini}/invite`;
    const refused = await post(ORG_INVITE, path, a.people.coordinator.cookie, { role: "facilitator" });
    expect(refused.status).toBe(400);
    expect((refused.data as { errors: Record<string, string> }).errors).toEqual({ role: "invite.error.role" });
    expect(invitationCount()).toBe(0);
  });
});

describe("the set-up pages", () => {
  it("are a 404 for a coordinator, also for the organisation they coordinate", async () => {
    const a = await accessAlliance();
    const path = `/admin/organisations/${a.orgs.tumaini}`;
    expect((await get(ADMIN_ORG, path, a.people.coordinator.cookie)).status).toBe(404);
    const edit = {
      name: "Renamed",
      kind: "community_led",
      country: "Kenya",
      populations: "msm",
      leadership: "community_led",
      level: "local",
    };
    expect((await post(ADMIN_ORG, path, a.people.coordinator.cookie, edit)).status).toBe(404);
    expect(
      testDb()
        .db.select()
        .from(organisations)
        .all()
        .map((o) => o.name),
    ).not.toContain("Renamed");
    expect((await get(ADMIN_ORG, `/admin/organisations/${a.orgs.other}`, a.people.coordinator.cookie)).status).toBe(404);
  });

  it("are a 404 for a funder, every one of them, and change nothing", async () => {
    const a = await accessAlliance();
    const who = a.people.funderReader.cookie;
    const org = { organisationId: String(a.orgs.tumaini) };
    const pship = { partnershipId: String(a.partnershipId) };
    const loaders = [
      () => get(ADMIN_HOME, "/admin", who),
      () => get(ADMIN_ORG_NEW, "/admin/organisations/new", who),
      () => get(ADMIN_ORG, `/admin/organisations/${org.organisationId}`, who),
      () => get(ADMIN_PARTNERSHIP_NEW, "/admin/partnerships/new", who),
      () => get(ADMIN_PARTNERSHIP, `/admin/partnerships/${pship.partnershipId}`, who),
      () => get(ADMIN_INVITATIONS, "/admin/invitations", who),
    ];
    for (const load of loaders) expect((await load()).status).toBe(404);
    const orgBody = {
      name: "Funder Made",
      kind: "funder",
      country: "NL",
      populations: "other",
      leadership: "provider_led",
      level: "global",
    };
    const actions = [
      () => post(ADMIN_ORG_NEW, "/admin/organisations/new", who, orgBody),
      () => post(ADMIN_ORG, `/admin/organisations/${org.organisationId}`, who, orgBody),
      () => post(ADMIN_PARTNERSHIP_NEW, "/admin/partnerships/new", who, { name: "Funder Made", k: "5" }),
      () => post(ADMIN_PARTNERSHIP, `/admin/partnerships/${pship.partnershipId}`, who, { name: "Funder Made", k: "5" }),
      () => post(ADMIN_INVITATIONS, "/admin/invitations", who, { role: "facilitator" }),
    ];
    for (const act of actions) expect((await act()).status).toBe(404);
    expect(
      testDb()
        .db.select()
        .from(organisations)
        .all()
        .map((o) => o.name),
    ).not.toContain("Funder Made");
    expect(
      testDb()
        .db.select()
        .from(partnerships)
        .all()
        .map((p) => p.name),
    ).toEqual(["Programme"]);
    expect(invitationCount()).toBe(0);
  });

  it("send a visitor who is not signed in to the sign-in page", async () => {
    const outcome = await get(ADMIN_HOME, "/admin");
    expect(outcome.status).toBe(302);
  });
});

describe("an organisation page", () => {
  it("is the same 404 for another organisation's id, an id that does not exist, and an id that is not a number", async () => {
    const a = await accessAlliance();
    const open = (id: string) => get(ORG_PAGE, `/organisations/${id}`, a.people.otherCoordinator.cookie);
    const notYours = await open(String(a.orgs.tumaini));
    const notThere = await open("999999");
    const notAnId = await open("abc");
    expect(notYours.status).toBe(404);
    expect(notYours).toEqual(notThere);
    expect(notYours).toEqual(notAnId);
    for (const odd of ["0", "-1", "1e3", "01", "1.0", " 1"]) expect(await open(odd)).toEqual(notThere);
  });

  it("is the same 404 for a partnership the reader is not part of", async () => {
    const a = await accessAlliance();
    const open = (id: string) => get(PARTNERSHIP, `/partnerships/${id}`, a.people.otherCoordinator.cookie);
    const notYours = await open(String(a.partnershipId));
    expect(notYours.status).toBe(404);
    expect(notYours).toEqual(await open("424242"));
    expect(notYours).toEqual(await open("x"));
  });

  it("shows a partner INGO the profile of a community organisation in a shared partnership, but no member names", async () => {
    const a = await accessAlliance();
    const outcome = await get(ORG_PAGE, `/organisations/${a.orgs.tumaini}`, a.people.ingoStaff.cookie);
    expect(outcome.status).toBe(200);
    const data = outcome.data as { organisation: { name: string; populations: string[] }; members: unknown; mayInvite: boolean };
    expect(data.organisation).toMatchObject({ name: "Tumaini Collective", populations: ["sex_workers", "msm"] });
    expect(data.members).toBeNull();
    expect(data.mayInvite).toBe(false);
    const json = JSON.stringify(data);
    for (const name of ["Otieno", "Juma", "Coordinator", "Membername", "personId", "email"]) expect(json).not.toContain(name);
  });

  it("shows a funder in the partnership the profile without member names too", async () => {
    const a = await accessAlliance();
    const outcome = await get(ORG_PAGE, `/organisations/${a.orgs.tumaini}`, a.people.funderReader.cookie);
    expect(outcome.status).toBe(200);
    expect(JSON.stringify(outcome.data)).not.toContain("Juma");
  });

  it("shows its own members their colleagues with roles, and only the coordinator the invite link", async () => {
    const a = await accessAlliance();
    const open = (cookie: string) => get(ORG_PAGE, `/organisations/${a.orgs.tumaini}`, cookie);
    const asMember = (await open(a.people.member.cookie)).data as {
      members: { name: string; role: string; translator: boolean }[];
      mayInvite: boolean;
      partnerships: { role: string }[];
    };
    expect(asMember.members).toEqual([
      { name: "Juma Membername", role: "member", translator: false },
      { name: "Otieno Coordinator", role: "coordinator", translator: false },
    ]);
    expect(asMember.mayInvite).toBe(false);
    expect(asMember.partnerships).toEqual([{ id: a.partnershipId, name: "Programme", role: "community_partner" }]);
    expect(((await open(a.people.coordinator.cookie)).data as { mayInvite: boolean }).mayInvite).toBe(true);
  });

  it("lists to a partner only the partnerships it shares, not the organisation's other alliances", async () => {
    const a = await accessAlliance();
    createPartnership({
      name: "Secret Alliance",
      k: 5,
      members: [
        { organisationId: a.orgs.tumaini, role: "community_partner" },
        { organisationId: a.orgs.other, role: "community_partner" },
      ],
    });
    const outcome = await get(ORG_PAGE, `/organisations/${a.orgs.tumaini}`, a.people.ingoStaff.cookie);
    expect(JSON.stringify(outcome.data)).not.toContain("Secret Alliance");
  });
});
