// A phone number instead of an e-mail address (docs/security.md 3.3, 3.4): an invitation accepted with a phone
// number only, signing in with it, a wrong number answered exactly like a wrong address, the number sealed at
// rest and found only by a keyed hash.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { people } from "../../db/schema";
import { login } from "../../app/models/people/auth.server";
import { createInvitation } from "../../app/models/people/invitations.server";
import { createPerson, findPersonIdByEmail, findPersonIdByPhone, getPerson, phoneLookup } from "../../app/models/people/people.server";
import { backfillPhoneLookups, reachOf, setReach } from "../../app/models/messages/preferences.server";
import { MAX_FAILURES } from "../../app/models/people/rate-limit.server";
import { keyring } from "../../app/models/platform/context.server";
import { lookupHash } from "../../app/models/platform/crypto.server";
import * as acceptPage from "../../app/routes/invite.$token";
import * as loginPage from "../../app/routes/login";
import * as reachPage from "../../app/routes/account_.reach";
import { renderPage } from "../support/render-page";
import { post, route } from "../support/route-calls";
import { organisation, PASSWORD } from "../support/world";
import { contains, databaseBytes, testDb } from "./setup";

const ACCEPT_INVITE = route(acceptPage, "/invite/:token");
const LOGIN = route(loginPage, "/login");
const REACH = route(reachPage, "/account/reach");
const PHONE = "+254 712 345 678";
const NORMALISED = "+254712345678";

async function invitation() {
  const organisationId = organisation({ name: "Tumaini", kind: "community_led" });
  const id = await createPerson(
    { name: "Coord", email: "coord@example.org", password: PASSWORD, language: "en" },
    { organisationId, role: "coordinator" },
  );
  return { organisationId, token: createInvitation(getPerson(id)!, { organisationId, role: "member" }) };
}

const ACCEPT = { name: "Neema Mpya", email: "", phone: PHONE, language: "sw", password: PASSWORD, confirm: PASSWORD };
const accept = (token: string, fields: Record<string, string>) => post(ACCEPT_INVITE, `/invite/${token}`, "", fields);
const errorsOf = (outcome: { data: unknown }) => (outcome.data as { errors: Record<string, string> }).errors;

describe("a phone number instead of an e-mail address", () => {
  it("accepts an invitation with a phone number only: reached by SMS, signs in with it", async () => {
    const { organisationId, token } = await invitation();
    const outcome = await accept(token, ACCEPT);
    expect(outcome.status).toBe(302);
    expect(outcome.headers.get("Location")).toBe("/login?welcome=1");
    const personId = findPersonIdByPhone(NORMALISED)!;
    expect(getPerson(personId)).toMatchObject({
      name: "Neema Mpya",
      email: "",
      language: "sw",
      memberships: [{ organisationId, role: "member" }],
    });
    expect(reachOf(personId)).toEqual({ channel: "sms", phone: NORMALISED });
    // Any spelling of the same number signs in, through the page as in the browser.
    const signedIn = await post(LOGIN, "/login", undefined, { email: "+254-712.345 678", password: PASSWORD });
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("Set-Cookie")).toContain("sikiliza_session=");
    const direct = await login(NORMALISED, PASSWORD, "127.0.0.2");
    expect(direct).toMatchObject({ ok: true, personId });
  });

  it.each([
    ["neither an address nor a phone number", { email: "", phone: "" }, "email", "invite.error.contact_needed"],
    ["a phone number without its country code", { email: "", phone: "0712345678" }, "phone", "invite.error.phone"],
    ["an invalid phone number beside a valid address", { email: "neema@example.org", phone: "call me" }, "phone", "invite.error.phone"],
  ])("refuses %s, naming the field, and creates nobody", async (_label, change, field, message) => {
    const { token } = await invitation();
    const before = testDb().db.select().from(people).all().length;
    const outcome = await accept(token, { ...ACCEPT, ...change });
    expect(outcome.status).toBe(400);
    expect(errorsOf(outcome)[field]).toBe(message);
    expect(testDb().db.select().from(people).all()).toHaveLength(before);
  });

  it("answers a phone number that already signs someone in exactly like a new one, and creates nobody", async () => {
    const { token, organisationId } = await invitation();
    expect((await accept(token, ACCEPT)).status).toBe(302);
    const coordinator = getPerson(findPersonIdByEmail("coord@example.org")!.id)!;
    const second = createInvitation(coordinator, { organisationId, role: "member" });
    const third = createInvitation(coordinator, { organisationId, role: "member" });
    const before = testDb().db.select().from(people).all().length;
    const known = await accept(second, { ...ACCEPT, name: "Someone Else" });
    const fresh = await accept(third, { ...ACCEPT, phone: "+254799000111" });
    const answer = (o: typeof known) => ({
      status: o.status,
      location: o.headers.get("Location"),
      cookie: o.headers.get("Set-Cookie"),
      body: o.body,
    });
    expect(answer(known)).toEqual(answer(fresh));
    expect(testDb().db.select().from(people).all()).toHaveLength(before + 1);
  });

  it("answers a wrong phone number exactly like a wrong e-mail address, and limits it the same way", async () => {
    const { token } = await invitation();
    await accept(token, ACCEPT);
    const wrongPhone = await post(LOGIN, "/login", undefined, { email: "+254700000000", password: PASSWORD });
    const wrongEmail = await post(LOGIN, "/login", undefined, { email: "nobody@example.org", password: PASSWORD });
    const wrongPassword = await post(LOGIN, "/login", undefined, { email: NORMALISED, password: "not-the-password-at-all" });
    const answer = (o: typeof wrongPhone) => ({ status: o.status, cookie: o.headers.get("Set-Cookie"), errors: errorsOf(o) });
    expect(answer(wrongPhone)).toEqual({ status: 400, cookie: null, errors: { form: "login.error.invalid" } });
    expect(answer(wrongEmail)).toEqual(answer(wrongPhone));
    expect(answer(wrongPassword)).toEqual(answer(wrongPhone));
    // The same limit per account and address as an e-mail address (3.3): the owner still signs in from elsewhere.
    for (let i = 0; i < MAX_FAILURES; i++) await login(NORMALISED, "wrong-password-again", "10.0.0.9");
    expect(await login(NORMALISED, PASSWORD, "10.0.0.9")).toEqual({ ok: false, reason: "rate_limited" });
    expect(await login("+254 712 345 678", PASSWORD, "10.0.0.8")).toMatchObject({ ok: true });
  });

  it("keeps the phone number sealed at rest: it is nowhere in the database file in clear", async () => {
    const { token } = await invitation();
    await accept(token, ACCEPT);
    testDb().db.$client.pragma("wal_checkpoint(TRUNCATE)");
    const bytes = databaseBytes();
    for (const spelling of [NORMALISED, "254712345678", "712345678"]) expect(contains(bytes, spelling)).toBe(false);
  });

  it("finds the number only by a hash keyed with the server's lookup key", async () => {
    const { token } = await invitation();
    await accept(token, ACCEPT);
    const row = testDb()
      .db.select()
      .from(people)
      .where(eq(people.id, findPersonIdByPhone(NORMALISED)!))
      .get()!;
    expect(row.phoneLookup).toBe(lookupHash(keyring(), `phone:${NORMALISED}`));
    // Without the key the hash cannot be recomputed: a plain hash, or the same HMAC under another key, differs.
    expect(row.phoneLookup).not.toBe(crypto.createHash("sha256").update(NORMALISED).digest("hex"));
    expect(row.phoneLookup).not.toBe(crypto.createHash("sha256").update(`phone:${NORMALISED}`).digest("hex"));
    expect(row.phoneLookup).not.toBe(lookupHash({ ...keyring(), lookupKey: crypto.randomBytes(32) }, `phone:${NORMALISED}`));
  });

  it("gives numbers saved before, for SMS, their lookup at start-up; a number already signing someone in stays SMS only", async () => {
    const { organisationId } = await invitation();
    const first = await createPerson(
      { name: "First", email: "first@example.org", password: PASSWORD, language: "en" },
      { organisationId, role: "member" },
    );
    const second = await createPerson(
      { name: "Second", email: "second@example.org", password: PASSWORD, language: "en" },
      { organisationId, role: "member" },
    );
    setReach(first, { channel: "sms", phone: NORMALISED });
    setReach(second, { channel: "sms", phone: NORMALISED });
    // As an older release left them: the numbers sealed, no lookup yet.
    testDb().db.update(people).set({ phoneLookup: null }).run();
    expect(backfillPhoneLookups()).toBe(1);
    expect(findPersonIdByPhone(NORMALISED)).toBe(first);
    expect(testDb().db.select().from(people).where(eq(people.id, second)).get()!.phoneLookup).toBeNull();
    expect(phoneLookup(NORMALISED)).toBe(lookupHash(keyring(), `phone:${NORMALISED}`));
  });

  it("keeps the phone number of someone who signs in with it alone, and offers them no e-mail", async () => {
    const { token } = await invitation();
    await accept(token, ACCEPT);
    const personId = findPersonIdByPhone(NORMALISED)!;
    expect(setReach(personId, { channel: "email", phone: null })).toBe("phone_needed");
    expect(setReach(personId, { channel: "email", phone: NORMALISED })).toBe("email_needed");
    expect(reachOf(personId)).toEqual({ channel: "sms", phone: NORMALISED });
    expect(setReach(personId, { channel: "none", phone: NORMALISED })).toBe("saved");
    expect(reachOf(personId)).toEqual({ channel: "none", phone: NORMALISED });
  });

  it("lets someone who signs in by phone add an e-mail address on their reach page: it signs them in and can carry messages", async () => {
    const { token } = await invitation();
    await accept(token, ACCEPT);
    const personId = findPersonIdByPhone(NORMALISED)!;
    const cookie = await signInCookie(NORMALISED);
    const page = await renderPage(REACH, "/account/reach", cookie);
    expect(page.html).toContain('name="email"');
    const bad = await post(REACH, "/account/reach", cookie, { channel: "email", phone: NORMALISED, email: "neema at example" });
    expect(bad.status).toBe(400);
    expect(errorsOf(bad)).toEqual({ email: "reach.error.email" });
    expect(getPerson(personId)!.email).toBe("");
    const added = await post(REACH, "/account/reach", cookie, { channel: "email", phone: NORMALISED, email: " Neema@Example.org " });
    expect(added.status).toBe(302);
    expect(getPerson(personId)!.email).toBe("neema@example.org");
    expect(reachOf(personId)).toEqual({ channel: "email", phone: NORMALISED });
    expect(findPersonIdByEmail("neema@example.org")?.id).toBe(personId);
    expect(await login("neema@example.org", PASSWORD, "127.0.0.3")).toMatchObject({ ok: true, personId });
    // Sealed like every address: not in the database file in clear.
    expect(contains(databaseBytes(), "neema@example.org")).toBe(false);
    // The field is gone once there is an address, and an address is not changed through this page.
    expect((await renderPage(REACH, "/account/reach", cookie)).html).not.toContain('name="email"');
    const again = await post(REACH, "/account/reach", cookie, { channel: "email", phone: NORMALISED, email: "other@example.org" });
    expect(errorsOf(again)).toEqual({ email: "reach.error.email_fixed" });
    expect(getPerson(personId)!.email).toBe("neema@example.org");
  });

  it("answers an address that already signs someone else in like any other, and it signs nobody new in", async () => {
    const { token } = await invitation();
    await accept(token, ACCEPT);
    const personId = findPersonIdByPhone(NORMALISED)!;
    const cookie = await signInCookie(NORMALISED);
    const taken = await post(REACH, "/account/reach", cookie, { channel: "sms", phone: NORMALISED, email: "coord@example.org" });
    expect(taken.status).toBe(302);
    expect(findPersonIdByEmail("coord@example.org")?.id).not.toBe(personId);
    expect(await login("coord@example.org", PASSWORD, "127.0.0.4")).not.toMatchObject({ personId });
  });
});

async function signInCookie(identifier: string) {
  const signedIn = await post(LOGIN, "/login", undefined, { email: identifier, password: PASSWORD });
  return /sikiliza_session=[^;]+/.exec(signedIn.headers.get("Set-Cookie") ?? "")![0];
}
