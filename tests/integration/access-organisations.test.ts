// Who may open which organisation, invitation and set-up page, through the routes themselves: "not yours"
// must be the very same 404 as "not there" (SECURITY #2), and a page must not carry names it may not show.
import { invitations, organisations, partnerships } from "../../db/schema";
import { login } from "../../app/models/people/auth.server";
import { createOrganisation, type OrganisationInput } from "../../app/models/people/organisations.server";
import { createPartnership } from "../../app/models/people/partnerships.server";
import { createPerson, type MembershipRole } from "../../app/models/people/people.server";
import * as orgPage from "../../app/routes/organisations.$organisationId._index";
import * as orgInvite from "../../app/routes/organisations.$organisationId.invite";
import * as partnershipPage from "../../app/routes/partnerships.$partnershipId._index";
import * as adminHome from "../../app/routes/admin._index";
import * as adminOrgNew from "../../app/routes/admin.organisations.new";
import * as adminOrgEdit from "../../app/routes/admin.organisations.$organisationId";
import * as adminPartnershipNew from "../../app/routes/admin.partnerships.new";
import * as adminPartnershipEdit from "../../app/routes/admin.partnerships.$partnershipId";
import * as adminInvitations from "../../app/routes/admin.invitations";
import { testDb } from "./setup";

const PASSWORD = "a-long-enough-secret";
const BASE = "http://localhost";
const context = { cspNonce: "", clientAddress: "127.0.0.1" };

const orgInput = (name: string, kind: OrganisationInput["kind"]): OrganisationInput => ({
  name,
  kind,
  country: "Kenya",
  populations: kind === "community_led" ? ["sex_workers", "msm"] : ["sex_workers"],
  leadership: kind === "community_led" ? "community_led" : "provider_led",
  level: "local",
});

/** A person with a real session: the cookie comes from signing in, as in the browser. */
async function signedIn(name: string, membership?: { organisationId: number; role: MembershipRole }, isFacilitator = false) {
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@example.org`;
  await createPerson({ name, email, password: PASSWORD, language: "en", isFacilitator }, membership);
  const result = await login(email, PASSWORD, "127.0.0.1");
  if (!result.ok) throw new Error("login failed");
  return `sikiliza_session=${result.sessionToken}`;
}

function get(path: string, cookie: string) {
  return new Request(BASE + path, { headers: { Cookie: cookie } });
}

function post(path: string, cookie: string, fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  return new Request(BASE + path, { method: "POST", headers: { Cookie: cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" }, body });
}

type Outcome = { status: number; body: string; data: unknown };

/** Runs a loader or action and reports what the browser would get: a thrown Response counts like a returned one. */
async function run(fn: () => unknown): Promise<Outcome> {
  try {
    const result = await fn();
    if (result instanceof Response) return { status: result.status, body: await result.text(), data: null };
    if (result && typeof result === "object" && "init" in result && "data" in result) {
      const wrapped = result as { data: unknown; init: { status?: number } | null };
      return { status: wrapped.init?.status ?? 200, body: "", data: wrapped.data };
    }
    return { status: 200, body: "", data: result };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, body: await thrown.text(), data: null };
    throw thrown;
  }
}

/** A small alliance: two collectives, one INGO, one funder; the second collective is in no partnership. */
async function alliance() {
  const tumaini = createOrganisation(orgInput("Tumaini Collective", "community_led"));
  const other = createOrganisation(orgInput("Other Collective", "community_led"));
  const ingo = createOrganisation(orgInput("Global Partners", "ingo"));
  const funder = createOrganisation(orgInput("Open Fund", "funder"));
  const partnership = createPartnership({
    name: "Programme",
    k: 5,
    members: [
      { organisationId: tumaini, role: "community_partner" },
      { organisationId: ingo, role: "ingo_partner" },
      { organisationId: funder, role: "funder" },
    ],
  });
  return {
    ids: { tumaini, other, ingo, funder, partnership },
    coordinator: await signedIn("Otieno Coordinator", { organisationId: tumaini, role: "coordinator" }),
    member: await signedIn("Juma Membername", { organisationId: tumaini, role: "member" }),
    otherCoordinator: await signedIn("Wanjiru Othercoord", { organisationId: other, role: "coordinator" }),
    ingoStaff: await signedIn("Sanne Ingostaff", { organisationId: ingo, role: "member" }),
    funderReader: await signedIn("Grace Funderreader", { organisationId: funder, role: "member" }),
  };
}

const invitationCount = () => testDb().db.select().from(invitations).all().length;

describe("the invitation page of an organisation", () => {
  it("lets its coordinator create a link for member or coordinator", async () => {
    const a = await alliance();
    const path = `/organisations/${a.ids.tumaini}/invite`;
    const page = await run(() => orgInvite.loader({ request: get(path, a.coordinator), params: { organisationId: String(a.ids.tumaini) }, context }));
    expect(page.status).toBe(200);
    const made = await run(() => orgInvite.action({ request: post(path, a.coordinator, { role: "coordinator" }), params: { organisationId: String(a.ids.tumaini) }, context }));
    expect(made.status).toBe(200);
    expect((made.data as { link: string }).link).toMatch(/^http:\/\/localhost\/invite\/[A-Za-z0-9_-]{32}$/);
    expect(testDb().db.select().from(invitations).get()).toMatchObject({ organisationId: a.ids.tumaini, role: "coordinator", isFacilitator: false });
  });

  it("is a 404 for the coordinator of another organisation, and the action makes nothing", async () => {
    const a = await alliance();
    const params = { organisationId: String(a.ids.tumaini) };
    const path = `/organisations/${a.ids.tumaini}/invite`;
    expect((await run(() => orgInvite.loader({ request: get(path, a.otherCoordinator), params, context }))).status).toBe(404);
    expect((await run(() => orgInvite.action({ request: post(path, a.otherCoordinator, { role: "member" }), params, context }))).status).toBe(404);
    expect(invitationCount()).toBe(0);
  });

  it("is a 404 for a member of the organisation itself: a member cannot invite", async () => {
    const a = await alliance();
    const params = { organisationId: String(a.ids.tumaini) };
    const path = `/organisations/${a.ids.tumaini}/invite`;
    expect((await run(() => orgInvite.loader({ request: get(path, a.member), params, context }))).status).toBe(404);
    expect((await run(() => orgInvite.action({ request: post(path, a.member, { role: "member" }), params, context }))).status).toBe(404);
    expect(invitationCount()).toBe(0);
  });

  it("ignores an organisation or facilitator flag slipped into the body", async () => {
    const a = await alliance();
    const path = `/organisations/${a.ids.tumaini}/invite`;
    const request = post(path, a.coordinator, { role: "member", organisationId: String(a.ids.other), isFacilitator: "true", facilitator: "1" });
    expect((await run(() => orgInvite.action({ request, params: { organisationId: String(a.ids.tumaini) }, context }))).status).toBe(200);
    expect(testDb().db.select().from(invitations).get()).toMatchObject({ organisationId: a.ids.tumaini, role: "member", isFacilitator: false });
  });

  it("refuses a role that is not in the list, naming the field", async () => {
    const a = await alliance();
    const path = `/organisations/${a.ids.tumaini}/invite`;
    const refused = await run(() => orgInvite.action({ request: post(path, a.coordinator, { role: "facilitator" }), params: { organisationId: String(a.ids.tumaini) }, context }));
    expect(refused.status).toBe(400);
    expect((refused.data as { errors: Record<string, string> }).errors).toEqual({ role: "invite.error.role" });
    expect(invitationCount()).toBe(0);
  });
});

describe("the set-up pages", () => {
  it("are a 404 for a coordinator, also for the organisation they coordinate", async () => {
    const a = await alliance();
    const params = { organisationId: String(a.ids.tumaini) };
    const path = `/admin/organisations/${a.ids.tumaini}`;
    expect((await run(() => adminOrgEdit.loader({ request: get(path, a.coordinator), params, context }))).status).toBe(404);
    const edit = post(path, a.coordinator, { name: "Renamed", kind: "community_led", country: "Kenya", populations: "msm", leadership: "community_led", level: "local" });
    expect((await run(() => adminOrgEdit.action({ request: edit, params, context }))).status).toBe(404);
    expect(testDb().db.select().from(organisations).all().map((o) => o.name)).not.toContain("Renamed");
    expect((await run(() => adminOrgEdit.loader({ request: get(`/admin/organisations/${a.ids.other}`, a.coordinator), params: { organisationId: String(a.ids.other) }, context }))).status).toBe(404);
  });

  it("are a 404 for a funder, every one of them, and change nothing", async () => {
    const a = await alliance();
    const who = a.funderReader;
    const org = { organisationId: String(a.ids.tumaini) };
    const pship = { partnershipId: String(a.ids.partnership) };
    const loaders = [
      () => adminHome.loader({ request: get("/admin", who), params: {}, context }),
      () => adminOrgNew.loader({ request: get("/admin/organisations/new", who), params: {}, context }),
      () => adminOrgEdit.loader({ request: get(`/admin/organisations/${org.organisationId}`, who), params: org, context }),
      () => adminPartnershipNew.loader({ request: get("/admin/partnerships/new", who), params: {}, context }),
      () => adminPartnershipEdit.loader({ request: get(`/admin/partnerships/${pship.partnershipId}`, who), params: pship, context }),
      () => adminInvitations.loader({ request: get("/admin/invitations", who), params: {}, context }),
    ];
    for (const load of loaders) expect((await run(load)).status).toBe(404);
    const orgBody = { name: "Funder Made", kind: "funder", country: "NL", populations: "other", leadership: "provider_led", level: "global" };
    const actions = [
      () => adminOrgNew.action({ request: post("/admin/organisations/new", who, orgBody), params: {}, context }),
      () => adminOrgEdit.action({ request: post(`/admin/organisations/${org.organisationId}`, who, orgBody), params: org, context }),
      () => adminPartnershipNew.action({ request: post("/admin/partnerships/new", who, { name: "Funder Made", k: "5" }), params: {}, context }),
      () => adminPartnershipEdit.action({ request: post(`/admin/partnerships/${pship.partnershipId}`, who, { name: "Funder Made", k: "5" }), params: pship, context }),
      () => adminInvitations.action({ request: post("/admin/invitations", who, { role: "facilitator" }), params: {}, context }),
    ];
    for (const act of actions) expect((await run(act)).status).toBe(404);
    expect(testDb().db.select().from(organisations).all().map((o) => o.name)).not.toContain("Funder Made");
    expect(testDb().db.select().from(partnerships).all().map((p) => p.name)).toEqual(["Programme"]);
    expect(invitationCount()).toBe(0);
  });

  it("send a visitor who is not signed in to the sign-in page", async () => {
    const outcome = await run(() => adminHome.loader({ request: new Request(`${BASE}/admin`), params: {}, context }));
    expect(outcome.status).toBe(302);
  });
});

describe("an organisation page", () => {
  it("is the same 404 for another organisation's id, an id that does not exist, and an id that is not a number", async () => {
    const a = await alliance();
    const open = (id: string) => run(() => orgPage.loader({ request: get(`/organisations/${id}`, a.otherCoordinator), params: { organisationId: id }, context }));
    const notYours = await open(String(a.ids.tumaini));
    const notThere = await open("999999");
    const notAnId = await open("abc");
    expect(notYours.status).toBe(404);
    expect(notYours).toEqual(notThere);
    expect(notYours).toEqual(notAnId);
    for (const odd of ["0", "-1", "1e3", "01", "1.0", " 1"]) expect(await open(odd)).toEqual(notThere);
  });

  it("is the same 404 for a partnership the reader is not part of", async () => {
    const a = await alliance();
    const open = (id: string) => run(() => partnershipPage.loader({ request: get(`/partnerships/${id}`, a.otherCoordinator), params: { partnershipId: id }, context }));
    const notYours = await open(String(a.ids.partnership));
    expect(notYours.status).toBe(404);
    expect(notYours).toEqual(await open("424242"));
    expect(notYours).toEqual(await open("x"));
  });

  it("shows a partner INGO the profile of a community organisation in a shared partnership, but no member names", async () => {
    const a = await alliance();
    const outcome = await run(() => orgPage.loader({ request: get(`/organisations/${a.ids.tumaini}`, a.ingoStaff), params: { organisationId: String(a.ids.tumaini) }, context }));
    expect(outcome.status).toBe(200);
    const data = outcome.data as { organisation: { name: string; populations: string[] }; members: unknown; mayInvite: boolean };
    expect(data.organisation).toMatchObject({ name: "Tumaini Collective", populations: ["sex_workers", "msm"] });
    expect(data.members).toBeNull();
    expect(data.mayInvite).toBe(false);
    const json = JSON.stringify(data);
    for (const name of ["Otieno", "Juma", "Coordinator", "Membername", "personId", "email"]) expect(json).not.toContain(name);
  });

  it("shows a funder in the partnership the profile without member names too", async () => {
    const a = await alliance();
    const outcome = await run(() => orgPage.loader({ request: get(`/organisations/${a.ids.tumaini}`, a.funderReader), params: { organisationId: String(a.ids.tumaini) }, context }));
    expect(outcome.status).toBe(200);
    expect(JSON.stringify(outcome.data)).not.toContain("Juma");
  });

  it("shows its own members their colleagues with roles, and only the coordinator the invite link", async () => {
    const a = await alliance();
    const open = (cookie: string) => run(() => orgPage.loader({ request: get(`/organisations/${a.ids.tumaini}`, cookie), params: { organisationId: String(a.ids.tumaini) }, context }));
    const asMember = (await open(a.member)).data as { members: { name: string; role: string }[]; mayInvite: boolean; partnerships: { role: string }[] };
    expect(asMember.members).toEqual([
      { name: "Juma Membername", role: "member" },
      { name: "Otieno Coordinator", role: "coordinator" },
    ]);
    expect(asMember.mayInvite).toBe(false);
    expect(asMember.partnerships).toEqual([{ id: a.ids.partnership, name: "Programme", role: "community_partner" }]);
    expect(((await open(a.coordinator)).data as { mayInvite: boolean }).mayInvite).toBe(true);
  });

  it("lists to a partner only the partnerships it shares, not the organisation's other alliances", async () => {
    const a = await alliance();
    createPartnership({ name: "Secret Alliance", k: 5, members: [{ organisationId: a.ids.tumaini, role: "community_partner" }, { organisationId: a.ids.other, role: "community_partner" }] });
    const outcome = await run(() => orgPage.loader({ request: get(`/organisations/${a.ids.tumaini}`, a.ingoStaff), params: { organisationId: String(a.ids.tumaini) }, context }));
    expect(JSON.stringify(outcome.data)).not.toContain("Secret Alliance");
  });
});
