// Organisations and their Bridging-the-Gaps profile.
import { asc, eq } from "drizzle-orm";
import { organisations } from "../../db/schema";
import { db } from "./context.server";

export const ORGANISATION_KINDS = ["community_led", "ingo", "funder", "other"] as const;
export const POPULATIONS = ["sex_workers", "msm", "lgbt", "people_who_use_drugs", "people_living_with_hiv", "other"] as const;
export const LEADERSHIP = ["community_led", "provider_led"] as const;
export const LEVELS = ["local", "national", "global"] as const;

export type OrganisationInput = {
  name: string;
  kind: (typeof ORGANISATION_KINDS)[number];
  country: string;
  populations: (typeof POPULATIONS)[number][];
  leadership: (typeof LEADERSHIP)[number];
  level: (typeof LEVELS)[number];
};

export function createOrganisation(input: OrganisationInput): number {
  return db().insert(organisations).values(input).returning({ id: organisations.id }).get().id;
}

export function updateOrganisation(id: number, input: OrganisationInput) {
  db().update(organisations).set(input).where(eq(organisations.id, id)).run();
}

export function getOrganisation(id: number) {
  return db().select().from(organisations).where(eq(organisations.id, id)).get() ?? null;
}

export function listOrganisations() {
  return db().select().from(organisations).orderBy(asc(organisations.name)).all();
}
