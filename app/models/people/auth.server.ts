// Signing in and out, and the one way a route learns who is asking.
import { redirect } from "@remix-run/node";
import { findPersonBy, getPerson, signInLookup, type Person } from "./people.server";
import { dummyPasswordHash, verifyPassword } from "./passwords.server";
import { clearLoginFailures, isLoginBlocked, recordLoginFailure } from "./rate-limit.server";
import { createSession, resolveSession, revokeSession } from "./sessions.server";
import { notFound } from "../platform/http.server";

const COOKIE = "sikiliza_session";
// Browsers accept Secure cookies on http://localhost, so only a plain-http deployment elsewhere needs the opt-out.
const secure = () => process.env.SIKILIZA_INSECURE_COOKIES !== "1";

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get("Cookie") ?? "";
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return null;
}

export function cookieHeader(name: string, value: string, maxAgeSeconds: number | null, httpOnly = true) {
  const parts = [`${name}=${encodeURIComponent(value)}`, "Path=/", "SameSite=Lax"];
  if (httpOnly) parts.push("HttpOnly");
  if (secure()) parts.push("Secure");
  if (maxAgeSeconds !== null) parts.push(`Max-Age=${maxAgeSeconds}`);
  return parts.join("; ");
}

export type LoginResult = { ok: true; personId: number; sessionToken: string } | { ok: false; reason: "invalid" | "rate_limited" };

/** Signs in with an e-mail address or a phone number: both are limited and answered alike (docs/security.md 3.3). */
export async function login(identifier: string, password: string, address: string): Promise<LoginResult> {
  const key = signInLookup(identifier);
  const account = key.lookup;
  if (isLoginBlocked(account, address)) return { ok: false, reason: "rate_limited" };
  const found = findPersonBy(key);
  // Same work whether or not the address is known, so timing does not reveal who has an account.
  const valid = await verifyPassword(found?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!found || !valid) {
    recordLoginFailure(account, address);
    return { ok: false, reason: "invalid" };
  }
  clearLoginFailures(account, address);
  return { ok: true, personId: found.id, sessionToken: createSession(found.id) };
}

export function sessionCookie(token: string) {
  return cookieHeader(COOKIE, token, null);
}

export function logout(request: Request): string {
  const token = readCookie(request, COOKIE);
  if (token) revokeSession(token);
  return cookieHeader(COOKIE, "", 0);
}

// The root loader and the page's loader both ask who is signing in; one request looks it up once.
const personOfRequest = new WeakMap<Request, Person | null>();

export function currentPerson(request: Request): Person | null {
  if (personOfRequest.has(request)) return personOfRequest.get(request)!;
  const token = readCookie(request, COOKIE);
  const personId = token ? resolveSession(token) : null;
  const person = personId === null ? null : getPerson(personId);
  personOfRequest.set(request, person);
  return person;
}

/** The signed-in person; anyone else is sent to the sign-in page and brought back afterwards. */
export function requirePerson(request: Request): Person {
  const person = currentPerson(request);
  if (!person) {
    const url = new URL(request.url);
    throw redirect(`/login?next=${encodeURIComponent(url.pathname)}`);
  }
  return person;
}

export function requireFacilitator(request: Request): Person {
  const person = requirePerson(request);
  if (!person.isFacilitator) throw notFound();
  return person;
}
