// The facilitator's set-up pages and the invitation page, driven through their route actions: what is
// accepted is stored exactly, what is refused names its field, comes back as 400 and changes nothing.
import { eq } from "drizzle-orm";
import en from "../../app/i18n/catalogues/en.json";
import sw from "../../app/i18n/catalogues/sw.json";
import { invitations, organisations, partnershipMembers, partnerships, people } from "../../db/schema";
import { createInvitation } from "../../app/models/people/invitations.server";
import { getOrganisation } from "../../app/models/people/organisations.server";
import { findPersonIdByEmail, getPerson } from "../../app/models/people/people.server";
import { getPartnership } from "../../app/models/people/partnerships.server";
import * as adminOrgNew from "../../app/routes/admin.organisations.new";
import * as adminOrgEdit from "../../app/routes/admin.organisations.$organisationId";
import * as adminPartnershipNew from "../../app/routes/admin.partnerships.new";
import * as adminPartnershipEdit from "../../app/routes/admin.partnerships.$partnershipId";
import * as adminInvitations from "../../app/routes/admin.invitations";
import * as orgInvite from "../../app/routes/organisations.$organisationId.invite";
import * as acceptPage from "../../app/routes/invite.$token";
import { get, post, route, type Outcome } from "../support/route-calls";
import { organisation, PASSWORD, signedIn as signedInPerson, signedInWithPassword } from "../support/world";
import { changesOfOrganisation, pendingChangesOfPartnership } from "../../app/models/people/access-change-views.server";
import { decideChange } from "../../app/models/people/access-changes.server";
import { testDb } from "./setup";

const catalogues: Record<string, Record<string, string>> = { en, sw };
const ADMIN_ORG_NEW = route(adminOrgNew, "/admin/organisations/new");
const ADMIN_ORG = route(adminOrgEdit, "/admin/organisations/:organisationId");
const ADMIN_PARTNERSHIP_NEW = route(adminPartnershipNew, "/admin/partnerships/new");
const ADMIN_PARTNERSHIP = route(adminPartnershipEdit, "/admin/partnerships/:partnershipId");
const ADMIN_INVITATIONS = route(adminInvitations, "/admin/invitations");
const ORG_INVITE = route(orgInvite, "/organisations/:organisationId/invite");
const ACCEPT_INVITE = route(acceptPage, "/invite/:token");

/** The cookie of a person made here, with a real password, signed in as in the browser; named after the e-mail. */
async function signedIn(
  email: string,
  options: { facilitator?: boolean; membership?: { organisationId: number; role: "member" | "coordinator" } } = {},
) {
  const { facilitator, membership } = options;
  return (
    await signedInWithPassword({ name: email.split("@")[0], email, facilitator, of: membership?.organisationId, role: membership?.role })
  ).cookie;
}

const errorsOf = (outcome: Outcome) => (outcome.data as { errors: Record<string, string> }).errors;

/** Each refusal's message exists in every language and names the field it is shown next to. */
function expectMessageNamesField(key: string, labelKey: string) {
  for (const messages of Object.values(catalogues)) {
    expect(messages[key]).toBeTruthy();
    expect(messages[key]).toContain(messages[labelKey]);
  }
}

const ORG = {
  name: "Amani Collective",
  kind: "community_led",
  country: "Tanzania",
  populations: ["sex_workers", "lgbt"],
  leadership: "community_led",
  level: "national",
};
const snapshot = () => ({
  organisations: testDb().db.select().from(organisations).all(),
  partnerships: testDb().db.select().from(partnerships).all(),
  members: testDb().db.select().from(partnershipMembers).all(),
});

describe("creating and editing an organisation", () => {
  it("stores what the facilitator entered and sends them to its page", async () => {
    const facilitator = await signedIn("facilitator@example.org", { facilitator: true });
    const created = await post(ADMIN_ORG_NEW, "/admin/organisations/new", facilitator, ORG);
    expect(created.status).toBe(302);
    const id = Number(created.headers.get("Location")!.split("/").pop());
    expect(getOrganisation(id)).toMatchObject(ORG);

    const edit = { ...ORG, name: "Amani Collective — Dar es Salaam 🌍", populations: ["msm"], level: "local" };
    const edited = await post(ADMIN_ORG, `/admin/organisations/${id}`, facilitator, edit);
    expect(edited.status).toBe(302);
    expect(getOrganisation(id)).toMatchObject(edit);
  });

  it("stores a <script> name as text, byte for byte", async () => {
    const facilitator = await signedIn("facilitator@example.org", { facilitator: true });
    const name = `<script>alert("x")</script> \u202Eevil\u200B`;
    const created = await post(ADMIN_ORG_NEW, "/admin/organisations/new", facilitator, { ...ORG, name });
    const id = Number(created.headers.get("Location")!.split("/").pop());
    expect(getOrganisation(id)!.name).toBe(name);
  });

  it.each([
    ["an empty name", { name: "   " }, "name", "org.error.name", "org.field.name"],
    ["a 1 MB name", { name: "x".repeat(1024 * 1024) }, "name", "org.error.name", "org.field.name"],
    ["an unknown kind", { kind: "government" }, "kind", "org.error.kind", "org.field.kind"],
    ["no population", { populations: [] }, "populations", "org.error.populations", "org.field.populations"],
    [
      "a population not in the list",
      { populations: ["sex_workers", "police"] },
      "populations",
      "org.error.populations",
      "org.field.populations",
    ],
    ["an unknown leadership", { leadership: "" }, "leadership", "org.error.leadership", "org.field.leadership"],
    ["an unknown level", { level: "planetary" }, "level", "org.error.level", "org.field.level"],
    ["an empty country", { country: "" }, "country", "org.error.country", "org.field.country"],
  ])("refuses %s with 400, naming the field, on create and on edit", async (_label, change, field, message, label) => {
    const facilitator = await signedIn("facilitator@example.org", { facilitator: true });
    const existing = organisation({ name: "Existing", kind: "community_led" });
    const before = snapshot();
    const body = { ...ORG, ...change };
    const created = await post(ADMIN_ORG_NEW, "/admin/organisations/new", facilitator, body);
    const edited = await post(ADMIN_ORG, `/admin/organisations/${existing}`, facilitator, body);
    for (const outcome of [created, edited]) {
      expect(outcome.status).toBe(400);
      expect(errorsOf(outcome)[field]).toBe(message);
      // What comes back to refill the form is cut to size: a 1 MB field is not sent back to the browser.
      expect(JSON.stringify(outcome.data).length).toBeLessThan(2000);
    }
    expect(snapshot()).toEqual(before);
    expectMessageNamesField(message, label);
  });

  it("ignores fields the form does not have", async () => {
    const facilitator = await signedIn("facilitator@example.org", { facilitator: true });
    const created = await post(ADMIN_ORG_NEW, "/admin/organisations/new", facilitator, { ...ORG, id: "77", createdAt: "1999-01-01" });
    const id = Number(created.headers.get("Location")!.split("/").pop());
    expect(id).not.toBe(77);
    expect(getOrganisation(id)!.createdAt).not.toBe("1999-01-01");
  });

  it("answers 404 when editing an organisation that does not exist", async () => {
    const facilitator = await signedIn("facilitator@example.org", { facilitator: true });
    const outcome = await post(ADMIN_ORG, "/admin/organisations/4242", facilitator, ORG);
    expect(outcome.status).toBe(404);
    expect(snapshot().organisations).toEqual([]);
  });
});

describe("creating and editing a partnership", () => {
  async function setUp() {
    const facilitator = await signedIn("facilitator@example.org", { facilitator: true });
    const ids = {
      clo: organisation({ name: "Collective", kind: "community_led" }),
      ingo: organisation({ name: "INGO", kind: "ingo" }),
      funder: organisation({ name: "Fund", kind: "funder" }),
    };
    const body = {
      name: "Coast Programme",
      k: "5",
      [`role-${ids.clo}`]: "community_partner",
      [`role-${ids.ingo}`]: "ingo_partner",
      [`role-${ids.funder}`]: "funder",
    };
    return { facilitator, ids, body };
  }

  it("stores name, k and the members' roles, and edits them: the INGO and the funder join once the community approves", async () => {
    const { facilitator, ids, body } = await setUp();
    const created = await post(ADMIN_PARTNERSHIP_NEW, "/admin/partnerships/new", facilitator, body);
    expect(created.status).toBe(302);
    const id = Number(created.headers.get("Location")!.split("/").pop());
    const stored = getPartnership(id)!;
    expect(stored).toMatchObject({ name: "Coast Programme", k: 5 });
    expect(Object.fromEntries(stored.members.map((m) => [m.organisationId, m.role]))).toEqual({ [ids.clo]: "community_partner" });
    const coordinator = signedInPerson({ name: "Coordinator", of: ids.clo, role: "coordinator" });
    for (const change of changesOfOrganisation(ids.clo).waiting)
      expect(decideChange(coordinator.person(), ids.clo, change.id, "approved")).toBe("applied");
    expect(Object.fromEntries(getPartnership(id)!.members.map((m) => [m.organisationId, m.role]))).toEqual({
      [ids.clo]: "community_partner",
      [ids.ingo]: "ingo_partner",
      [ids.funder]: "funder",
    });

    const edit = { ...body, name: "Coast Programme II", k: "7", [`role-${ids.funder}`]: "" };
    const edited = await post(ADMIN_PARTNERSHIP, `/admin/partnerships/${id}`, facilitator, edit);
    expect(edited.status).toBe(302);
    const after = getPartnership(id)!;
    expect(after).toMatchObject({ name: "Coast Programme II", k: 7 });
    expect(after.members.map((m) => m.organisationId).sort()).toEqual([ids.clo, ids.ingo].sort());
  });

  it("ignores a role for an organisation that does not exist", async () => {
    const { facilitator, body } = await setUp();
    const created = await post(ADMIN_PARTNERSHIP_NEW, "/admin/partnerships/new", facilitator, { ...body, "role-9999": "funder" });
    const id = Number(created.headers.get("Location")!.split("/").pop());
    expect(getPartnership(id)!.members).toHaveLength(1);
    expect(pendingChangesOfPartnership(id)).toHaveLength(2);
  });

  it("has k = 5 on the empty form", async () => {
    const { facilitator } = await setUp();
    const page = await get(ADMIN_PARTNERSHIP_NEW, "/admin/partnerships/new", facilitator);
    expect((page.data as { defaults: { k: string } }).defaults.k).toBe("5");
  });

  it.each([
    ["k = 2", { k: "2" }, "k", "partnership.error.k_min"],
    ["k = 0", { k: "0" }, "k", "partnership.error.k_min"],
    ["k = -3", { k: "-3" }, "k", "partnership.error.k"],
    ["k = 4.5", { k: "4.5" }, "k", "partnership.error.k"],
    ["k = five", { k: "five" }, "k", "partnership.error.k"],
    ["an empty name", { name: "" }, "name", "partnership.error.name"],
    ["a 1 MB name", { name: "p".repeat(1024 * 1024) }, "name", "partnership.error.name"],
  ])("refuses %s with 400, naming the field, on create and on edit", async (_label, change, field, message) => {
    const { facilitator, body } = await setUp();
    const existing = await post(ADMIN_PARTNERSHIP_NEW, "/admin/partnerships/new", facilitator, body);
    const id = existing.headers.get("Location")!.split("/").pop()!;
    const before = snapshot();
    const created = await post(ADMIN_PARTNERSHIP_NEW, "/admin/partnerships/new", facilitator, { ...body, ...change });
    const edited = await post(ADMIN_PARTNERSHIP, `/admin/partnerships/${id}`, facilitator, { ...body, ...change });
    for (const outcome of [created, edited]) {
      expect(outcome.status).toBe(400);
      expect(errorsOf(outcome)[field]).toBe(message);
    }
    expect(snapshot()).toEqual(before);
    expectMessageNamesField(message, field === "k" ? "partnership.field.k" : "partnership.field.name");
  });

  it("refuses a partnership without a community partner and an INGO partner, or with a role not in the list", async () => {
    const { facilitator, ids, body } = await setUp();
    const before = snapshot();
    for (const change of [{ [`role-${ids.ingo}`]: "" }, { [`role-${ids.clo}`]: "funder" }, { [`role-${ids.funder}`]: "owner" }]) {
      const outcome = await post(ADMIN_PARTNERSHIP_NEW, "/admin/partnerships/new", facilitator, { ...body, ...change });
      expect(outcome.status).toBe(400);
      expect(errorsOf(outcome).members).toMatch(/^partnership\.error\.(members|role)$/);
    }
    expect(snapshot()).toEqual(before);
    expectMessageNamesField("partnership.error.members", "partnership.field.members");
    expectMessageNamesField("partnership.error.role", "partnership.field.members");
  });
});

describe("accepting an invitation through its page", () => {
  const ACCEPT = { name: "Neema Mpya", email: "neema@example.org", language: "sw", password: PASSWORD, confirm: PASSWORD };

  async function inviteLink() {
    const organisationId = organisation({ name: "Tumaini", kind: "community_led" });
    const coordinator = await signedIn("coord@example.org", { membership: { organisationId, role: "coordinator" } });
    const made = await post(ORG_INVITE, `/organisations/${organisationId}/invite`, coordinator, { role: "member" });
    const { link, expiresAt } = made.data as { link: string; expiresAt: string };
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(13.9 * 86_400_000);
    return { organisationId, token: link.split("/").pop()! };
  }

  const accept = (token: string, fields: Record<string, string>, cookie = "") => post(ACCEPT_INVITE, `/invite/${token}`, cookie, fields);

  it("creates the person with the organisation's role and sends them to sign in", async () => {
    const { organisationId, token } = await inviteLink();
    const page = await get(ACCEPT_INVITE, `/invite/${token}`);
    expect(page.status).toBe(200);
    expect(page.data).toMatchObject({ ok: true, organisationName: "Tumaini", role: "member" });
    const outcome = await accept(token, ACCEPT);
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toBe("/login?welcome=1");
    expect(outcome.headers.get("Set-Cookie")).toBeNull();
    const personId = findPersonIdByEmail(ACCEPT.email)?.id;
    expect(getPerson(personId!)).toMatchObject({
      name: "Neema Mpya",
      email: "neema@example.org",
      language: "sw",
      isFacilitator: false,
      memberships: [{ organisationId, role: "member" }],
    });
  });

  it("refuses the same link a second time, with 410 and nothing created", async () => {
    const { token } = await inviteLink();
    expect((await accept(token, ACCEPT)).status).toBe(302);
    const again = await accept(token, { ...ACCEPT, email: "someone.else@example.org" });
    expect(again.status).toBe(410);
    expect(again.data).toMatchObject({ state: "used" });
    expect(findPersonIdByEmail("someone.else@example.org")).toBeUndefined();
    const page = await get(ACCEPT_INVITE, `/invite/${token}`);
    expect(page.status).toBe(410);
  });

  it("refuses a password that is too short, naming the password field, and keeps the link usable", async () => {
    const { token } = await inviteLink();
    const peopleBefore = testDb().db.select().from(people).all().length;
    const outcome = await accept(token, { ...ACCEPT, password: "Tiny-7q", confirm: "Tiny-7q" });
    expect(outcome.status).toBe(400);
    expect(errorsOf(outcome)).toEqual({ password: "invite.error.password.too_short" });
    expectMessageNamesField("invite.error.password.too_short", "invite.field.password");
    // The password is never sent back to the page.
    expect(JSON.stringify(outcome.data)).not.toContain("Tiny-7q");
    expect(testDb().db.select().from(people).all()).toHaveLength(peopleBefore);
    expect(testDb().db.select().from(invitations).get()!.usedAt).toBeNull();
  });

  it.each([
    [
      "a common password",
      { password: "password1234", confirm: "password1234" },
      "password",
      "invite.error.password.too_common",
      "invite.field.password",
    ],
    [
      "a password made of the organisation's name",
      { password: "tumaini12345", confirm: "tumaini12345" },
      "password",
      "invite.error.password.too_common",
      "invite.field.password",
    ],
    [
      "the demo's published password",
      { password: "listen-first-demo", confirm: "listen-first-demo" },
      "password",
      "invite.error.password.too_common",
      "invite.field.password",
    ],
    ["a confirmation that differs", { confirm: "a-different-secret" }, "confirm", "invite.error.confirm", "invite.field.confirm"],
    ["an e-mail address that is not one", { email: "not-an-address" }, "email", "invite.error.email", "invite.field.email"],
    ["neither an e-mail address nor a phone number", { email: "" }, "email", "invite.error.contact_needed", "invite.field.email"],
    ["a phone number that is not one", { phone: "12345" }, "phone", "invite.error.phone", "invite.field.phone"],
    ["a language not in the catalogue", { language: "xx" }, "language", "invite.error.language", "invite.field.language"],
    ["an empty name", { name: "" }, "name", "invite.error.name", "invite.field.name"],
  ])("refuses %s, naming the field", async (_label, change, field, message, label) => {
    const { token } = await inviteLink();
    const outcome = await accept(token, { ...ACCEPT, ...change });
    expect(outcome.status).toBe(400);
    expect(errorsOf(outcome)[field]).toBe(message);
    expectMessageNamesField(message, label);
    expect(findPersonIdByEmail(ACCEPT.email)).toBeUndefined();
  });

  it("answers an address that already has an account exactly like a new one: nobody can learn who is here", async () => {
    const { token, organisationId } = await inviteLink();
    const coordinator = getPerson(findPersonIdByEmail("coord@example.org")!.id)!;
    const otherToken = createInvitation(coordinator, { organisationId, role: "member" });
    const peopleBefore = testDb().db.select().from(people).all().length;
    const known = await accept(token, { ...ACCEPT, email: "COORD@example.org" });
    const fresh = await accept(otherToken, ACCEPT);
    const answer = (o: typeof known) => ({
      status: o.status,
      location: o.headers.get("Location"),
      cookie: o.headers.get("Set-Cookie"),
      body: o.body,
    });
    expect(answer(known)).toEqual(answer(fresh));
    // The known address spent its link and created nobody; the new one made its person.
    expect(testDb().db.select().from(people).all()).toHaveLength(peopleBefore + 1);
    expect(findPersonIdByEmail("coord@example.org")).toBeDefined();
    expect((await accept(token, { ...ACCEPT, email: "third@example.org" })).status).toBe(410);
  });

  it("limits refused tries on one link: after ten, even a good form waits", async () => {
    const { token } = await inviteLink();
    for (let i = 0; i < 10; i++) expect((await accept(token, { ...ACCEPT, email: `not-an-address-${i}` })).status).toBe(400);
    const blocked = await accept(token, ACCEPT);
    expect(blocked.status).toBe(400);
    expect(errorsOf(blocked)).toEqual({ form: "invite.error.too_many" });
    expect(findPersonIdByEmail(ACCEPT.email)).toBeUndefined();
  });

  it("answers 404 for an unknown link and 410 for an expired one", async () => {
    const { organisationId } = await inviteLink();
    for (const token of ["no-such-token-at-all-here", "x"]) {
      const page = await get(ACCEPT_INVITE, `/invite/${token}`);
      expect(page.status).toBe(404);
      expect((await accept(token, ACCEPT)).status).toBe(404);
    }
    const coordinator = getPerson(findPersonIdByEmail("coord@example.org")!.id)!;
    const expired = createInvitation(coordinator, { organisationId, role: "member" }, new Date(Date.now() - 15 * 86_400_000));
    const page = await get(ACCEPT_INVITE, `/invite/${expired}`);
    expect(page.status).toBe(410);
    expect(page.data).toMatchObject({ state: "expired" });
    expect((await accept(expired, ACCEPT)).status).toBe(410);
    expect(findPersonIdByEmail(ACCEPT.email)).toBeUndefined();
  });

  it("makes a facilitator from the set-up page's invitation, ignoring an organisation in the body", async () => {
    const organisationId = organisation({ name: "Tumaini", kind: "community_led" });
    const facilitator = await signedIn("facilitator@example.org", { facilitator: true });
    const made = await post(ADMIN_INVITATIONS, "/admin/invitations", facilitator, {
      role: "facilitator",
      organisationId: String(organisationId),
    });
    expect(made.status).toBe(200);
    expect(testDb().db.select().from(invitations).get()).toMatchObject({ isFacilitator: true, organisationId: null, role: null });
    const token = (made.data as { link: string }).link.split("/").pop()!;
    expect((await accept(token, ACCEPT)).status).toBe(302);
    expect(getPerson(findPersonIdByEmail(ACCEPT.email)!.id)).toMatchObject({ isFacilitator: true, memberships: [] });
  });

  it("refuses a set-up invitation to an organisation that does not exist, naming the field", async () => {
    const facilitator = await signedIn("facilitator@example.org", { facilitator: true });
    const made = await post(ADMIN_INVITATIONS, "/admin/invitations", facilitator, { role: "member", organisationId: "999" });
    expect(made.status).toBe(400);
    expect(errorsOf(made)).toEqual({ organisationId: "invite.error.organisation" });
    expectMessageNamesField("invite.error.organisation", "invite.field.organisation");
    expect(testDb().db.select().from(invitations).where(eq(invitations.isFacilitator, false)).all()).toHaveLength(0);
  });
});
