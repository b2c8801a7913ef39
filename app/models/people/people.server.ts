// People and their memberships. Names, e-mail addresses and phone numbers are stored encrypted; lookups go by
// keyed hash. A person signs in with an e-mail address or, when that is how they are reached, a phone number.
import { and, eq, inArray, sql } from "drizzle-orm";
import { memberships, organisations, people } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import { db, keyring } from "../platform/context.server";
import { decryptField, encryptField, lookupHash, randomToken } from "../platform/crypto.server";
import { preparedOnce } from "../platform/prepared.server";
import { hashPassword } from "./passwords.server";

export type MembershipRole = "member" | "coordinator";
export type Membership = {
  organisationId: number;
  organisationName: string;
  kind: string;
  role: MembershipRole;
  /** When a coordinator named this member the organisation's translator; null when they are not one. */
  translatorSince: string | null;
};
export type Person = {
  id: number;
  name: string;
  /** Empty for a person who signs in with a phone number and gave no address. */
  email: string;
  language: string;
  isFacilitator: boolean;
  memberships: Membership[];
};

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** An international number as SMS gateways want it (+254712345678), or null: spaces, dashes and dots dropped. */
export function normalisePhone(phone: string): string | null {
  const compact = phone.trim().replace(/[\s.()-]/g, "");
  return /^\+[1-9][0-9]{7,14}$/.test(compact) ? compact : null;
}

export function emailLookup(email: string) {
  return lookupHash(keyring(), `email:${normaliseEmail(email)}`);
}

export function phoneLookup(phone: string) {
  return lookupHash(keyring(), `phone:${phone}`);
}

/**
 * What a person signs in with, as the keyed hash it is found by: a phone number in international form when the
 * text is one, an e-mail address otherwise. Either way the answer is a hash, so a wrong phone number and a wrong
 * address go the same way through sign-in and its limits (docs/security.md 3.3).
 */
export function signInLookup(identifier: string): { column: "email" | "phone"; lookup: string } {
  const phone = identifier.includes("@") ? null : normalisePhone(identifier);
  return phone ? { column: "phone", lookup: phoneLookup(phone) } : { column: "email", lookup: emailLookup(identifier) };
}

export function findPersonIdByEmail(email: string): { id: number; passwordHash: string } | undefined {
  return findPersonBy({ column: "email", lookup: emailLookup(email) });
}

export function findPersonBy(key: { column: "email" | "phone"; lookup: string }): { id: number; passwordHash: string } | undefined {
  return db()
    .select({ id: people.id, passwordHash: people.passwordHash })
    .from(people)
    .where(eq(key.column === "email" ? people.emailLookup : people.phoneLookup, key.lookup))
    .get();
}

/** The person already signing in with this phone number (normalised), if any. */
export function findPersonIdByPhone(phone: string, tx: Db = db()): number | undefined {
  return tx
    .select({ id: people.id })
    .from(people)
    .where(eq(people.phoneLookup, phoneLookup(phone)))
    .get()?.id;
}

/** An e-mail address, a phone number (normalised, +country…), or both: at least one. */
export type NewPerson = {
  name: string;
  email?: string | null;
  phone?: string | null;
  password: string;
  language: string;
  isFacilitator?: boolean;
};

export async function createPerson(input: NewPerson, membership?: { organisationId: number; role: MembershipRole }): Promise<number> {
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db(), (tx) => insertPerson(tx, { ...input, passwordHash }, membership));
}

/** Inserts then seals: the row id is part of each ciphertext's AAD, so it must exist first. */
export function insertPerson(
  tx: Db,
  input: Omit<NewPerson, "password"> & { passwordHash: string },
  membership?: { organisationId: number; role: MembershipRole },
): number {
  const email = input.email ? normaliseEmail(input.email) : null;
  const phone = input.phone ?? null;
  if (!email && !phone) throw new Error("a person needs an e-mail address or a phone number");
  const k = keyring();
  const { id } = tx
    .insert(people)
    .values({
      // Without an address, a keyed hash of a random token: unique, and no address ever finds it.
      emailLookup: email ? emailLookup(email) : lookupHash(k, `no-email:${randomToken(24)}`),
      emailEnc: "",
      nameEnc: "",
      phoneLookup: phone ? phoneLookup(phone) : null,
      // Someone reached by phone only is reached by SMS until they choose otherwise.
      channel: email ? "email" : "sms",
      language: input.language,
      passwordHash: input.passwordHash,
      isFacilitator: input.isFacilitator ?? false,
    })
    .returning({ id: people.id })
    .get();
  tx.update(people)
    .set({
      emailEnc: encryptField(k, { table: "people", column: "email", rowId: id }, email ?? ""),
      nameEnc: encryptField(k, { table: "people", column: "name", rowId: id }, input.name),
      phoneEnc: phone ? encryptField(k, { table: "people", column: "phone", rowId: id }, phone) : null,
    })
    .where(eq(people.id, id))
    .run();
  if (membership)
    tx.insert(memberships)
      .values({ personId: id, ...membership })
      .run();
  return id;
}

// Every signed-in request reads the person: prepared once.
const reads = preparedOnce((on) => ({
  person: on
    .select()
    .from(people)
    .where(eq(people.id, sql.placeholder("id")))
    .prepare(),
  memberships: on
    .select({
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      kind: organisations.kind,
      role: memberships.role,
      translatorSince: memberships.translatorSince,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.personId, sql.placeholder("id")))
    .prepare(),
}));

export function getPerson(id: number): Person | null {
  const run = reads(db());
  const row = run.person.get({ id });
  if (!row) return null;
  const k = keyring();
  const rows = run.memberships.all({ id });
  let name: string | undefined;
  let email: string | undefined;
  return {
    id,
    // Opened when first read, once: most requests (every posted answer among them) never show who is signed in.
    get name() {
      return (name ??= decryptField(k, { table: "people", column: "name", rowId: id }, row.nameEnc));
    },
    get email() {
      return (email ??= decryptField(k, { table: "people", column: "email", rowId: id }, row.emailEnc));
    },
    language: row.language,
    isFacilitator: row.isFacilitator,
    memberships: rows,
  };
}

export function personNames(ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const k = keyring();
  const rows = db().select({ id: people.id, nameEnc: people.nameEnc }).from(people).where(inArray(people.id, ids)).all();
  return new Map(rows.map((r) => [r.id, decryptField(k, { table: "people", column: "name", rowId: r.id }, r.nameEnc)]));
}

export function setLanguage(personId: number, language: string) {
  db().update(people).set({ language }).where(eq(people.id, personId)).run();
}

export function addMembership(personId: number, organisationId: number, role: MembershipRole) {
  db()
    .insert(memberships)
    .values({ personId, organisationId, role })
    .onConflictDoUpdate({ target: [memberships.personId, memberships.organisationId], set: { role } })
    .run();
}

export function listMembers(organisationId: number) {
  const rows = db()
    .select({ personId: memberships.personId, role: memberships.role, translatorSince: memberships.translatorSince })
    .from(memberships)
    .where(eq(memberships.organisationId, organisationId))
    .all();
  const names = personNames(rows.map((r) => r.personId));
  return rows
    .map((r) => ({ personId: r.personId, role: r.role, translator: r.translatorSince !== null, name: names.get(r.personId) ?? "" }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function isCoordinatorOf(person: Person, organisationId: number) {
  return person.memberships.some((m) => m.organisationId === organisationId && m.role === "coordinator");
}

export function isMemberOf(person: Person, organisationId: number) {
  return person.memberships.some((m) => m.organisationId === organisationId);
}

export function membershipRole(personId: number, organisationId: number) {
  return (
    db()
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.personId, personId), eq(memberships.organisationId, organisationId)))
      .get()?.role ?? null
  );
}
