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

/** Only same-site paths: a `next` parameter must never send someone to another site. */
export function safeNext(value: unknown, fallback = "/"): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\") ? value : fallback;
}
