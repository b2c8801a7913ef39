// What the header shows a signed-in person: their name, organisations and partnerships; nothing more.
import { partnershipsOfOrganisations } from "./partnerships.server";
import type { Person } from "./people.server";
import type { Navigation } from "./types";

export function navigationFor(person: Person): Navigation {
  const organisationIds = person.memberships.map((m) => m.organisationId);
  const partnerships = new Map(
    partnershipsOfOrganisations(organisationIds).map((p) => [p.partnershipId, { id: p.partnershipId, name: p.name }]),
  );
  return {
    name: person.name,
    isFacilitator: person.isFacilitator,
    organisations: person.memberships.map((m) => ({ id: m.organisationId, name: m.organisationName, role: m.role })),
    partnerships: [...partnerships.values()],
  };
}

const THIS_SITE = "http://sikiliza.invalid";

const isControlOrBackslash = (c: string) => c.charCodeAt(0) < 0x20 || c === "\u007f" || c === "\\";

/**
 * Only same-site paths: a `next` parameter must never send someone to another site. Browsers drop tabs and
 * line breaks from a URL and read a backslash as `/`, so `/\t/host` would become `//host`: a value holding any
 * control character or backslash is refused outright; what remains is resolved against this site and must
 * stay on it. The path comes back percent-encoded, so it is always a valid Location header.
 */
export function safeNext(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || !value.startsWith("/") || [...value].some(isControlOrBackslash)) return fallback;
  let url: URL;
  try {
    url = new URL(value, THIS_SITE);
  } catch {
    return fallback;
  }
  if (url.origin !== THIS_SITE || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
