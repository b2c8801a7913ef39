// People and their memberships. Names and e-mail addresses are stored encrypted; lookups go by keyed hash.
import { and, eq, inArray, sql } from "drizzle-orm";
import { memberships, organisations, people } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import { db, keyring } from "../platform/context.server";
import { decryptField, encryptField, lookupHash } from "../platform/crypto.server";
import { preparedOnce } from "../platform/prepared.server";
import { hashPassword } from "./passwords.server";

export type MembershipRole = "member" | "coordinator";
export type Membership = { organisationId: number; organisationName: string; kind: string; role: MembershipRole };
export type Person = {
  id: number;
  name: string;
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

export function findPersonIdByEmail(email: string): { id: number; passwordHash: string } | undefined {
  return db()
    .select({ id: people.id, passwordHash: people.passwordHash })
    .from(people)
    .where(eq(people.emailLookup, emailLookup(email)))
    .get();
}

export type NewPerson = { name: string; email: string; password: string; language: string; isFacilitator?: boolean };

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
  const { id } = tx
    .insert(people)
    .values({
      emailLookup: emailLookup(input.email),
      emailEnc: "",
      nameEnc: "",
      language: input.language,
      passwordHash: input.passwordHash,
      isFacilitator: input.isFacilitator ?? false,
    })
    .returning({ id: people.id })
    .get();
  const k = keyring();
  tx.update(people)
    .set({
      emailEnc: encryptField(k, { table: "people", column: "email", rowId: id }, normaliseEmail(input.email)),
      nameEnc: encryptField(k, { table: "people", column: "name", rowId: id }, input.name),
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
  return {
    id,
    name: decryptField(k, { table: "people", column: "name", rowId: id }, row.nameEnc),
    email: decryptField(k, { table: "people", column: "email", rowId: id }, row.emailEnc),
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
    .select({ personId: memberships.personId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.organisationId, organisationId))
    .all();
  const names = personNames(rows.map((r) => r.personId));
  return rows
    .map((r) => ({ personId: r.personId, role: r.role, name: names.get(r.personId) ?? "" }))
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
