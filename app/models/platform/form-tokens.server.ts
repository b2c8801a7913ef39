// Create forms are idempotent (docs/security.md 7.7): each carries a one-time token, and the first submission
// that creates something stores that token with the address of what it created, in the same transaction.
// The same form sent again — a double click, a resend after a lost answer — leads to that address instead of
// creating a twin.
import { randomBytes } from "node:crypto";
import { and, eq, lt } from "drizzle-orm";
import { formSubmissions } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { db } from "./context.server";

export const FORM_TOKEN_FIELD = "form_token";
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** A fresh token for one rendering of a create form. */
export function newFormToken(): string {
  return randomBytes(16).toString("base64url");
}

/** The form's token, or null when it has none or not one of ours. */
export function formTokenOf(form: FormData): string | null {
  const value = form.get(FORM_TOKEN_FIELD);
  return typeof value === "string" && TOKEN.test(value) ? value : null;
}

/**
 * Where this person's earlier submission of the same form led, or null. Checked before validation, so a
 * repeat is never judged again against data its own first submission changed. A token is honoured only for
 * the person who first sent it.
 */
export function earlierSubmission(personId: number, form: FormData): string | null {
  const token = formTokenOf(form);
  if (!token) return null;
  const row = db()
    .select({ path: formSubmissions.path })
    .from(formSubmissions)
    .where(and(eq(formSubmissions.token, token), eq(formSubmissions.personId, personId)))
    .get();
  return row?.path ?? null;
}

/**
 * Runs `create` (which returns the address of what it made, or null when it refused) once per form token: in one transaction with
 * recording the token, so two racing submissions cannot both create. A form without a token (an old page
 * still open in a browser) creates as before. A token another person already used creates under a fresh
 * record of nothing: it cannot lead anyone to someone else's page.
 */
export function createOnce<T extends string | null>(personId: number, form: FormData, create: () => T): T {
  const token = formTokenOf(form);
  if (!token) return create();
  return writeTransaction(db(), (tx) => {
    const earlier = tx.select().from(formSubmissions).where(eq(formSubmissions.token, token)).get();
    if (earlier?.personId === personId) return earlier.path as T;
    const path = create();
    // A refused creation (null) records nothing: the corrected form may be sent with the same token.
    if (!earlier && path !== null) tx.insert(formSubmissions).values({ token, personId, path }).run();
    return path;
  });
}

/**
 * A form is sent again within minutes or, from a page left open, within days; after 30 days its token has done its
 * work. Removed by the nightly tidy-up, so the table does not grow for ever (docs/security.md 7.7).
 */
export const FORM_TOKEN_DAYS = 30;

export function pruneFormSubmissions(now = new Date()): number {
  const before = new Date(now.getTime() - FORM_TOKEN_DAYS * 86_400_000).toISOString();
  return db().delete(formSubmissions).where(lt(formSubmissions.createdAt, before)).run().changes;
}
