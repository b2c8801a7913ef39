// Organisations and their Bridging-the-Gaps profile.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { organisations } from "../../../db/schema";
import { db } from "../platform/context.server";
import { formText } from "../platform/http.server";
import type { OrganisationFormValues } from "./types";

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

const choice = <T extends readonly [string, ...string[]]>(values: T, message: string) => z.enum(values, { errorMap: () => ({ message }) });

/** The organisation form, for create and edit alike; each message names its field. */
export const OrganisationSchema = z.object({
  name: z.string().trim().min(1, "org.error.name").max(200, "org.error.name"),
  kind: choice(ORGANISATION_KINDS, "org.error.kind"),
  country: z.string().trim().min(1, "org.error.country").max(100, "org.error.country"),
  populations: z.array(choice(POPULATIONS, "org.error.populations")).min(1, "org.error.populations"),
  leadership: choice(LEADERSHIP, "org.error.leadership"),
  level: choice(LEVELS, "org.error.level"),
});

/** Only the fields the form has: anything else in the body is ignored (docs/security.md 1.4). */
export function organisationFormValues(form: FormData): OrganisationFormValues {
  const text = (name: string) => formText(form, name);
  const populations = [...new Set(form.getAll("populations").filter((v): v is string => typeof v === "string"))];
  return {
    name: text("name"),
    kind: text("kind"),
    country: text("country"),
    populations,
    leadership: text("leadership"),
    level: text("level"),
  };
}

/** What a refused form shows again: each field cut to its limit, so a 1 MB name is not sent back whole. */
export function organisationFormEcho(values: OrganisationFormValues): OrganisationFormValues {
  const cut = (value: string, max = 40) => value.slice(0, max);
  const known: readonly string[] = POPULATIONS;
  return {
    name: cut(values.name, 200),
    kind: cut(values.kind),
    country: cut(values.country, 100),
    populations: values.populations.filter((p) => known.includes(p)),
    leadership: cut(values.leadership),
    level: cut(values.level),
  };
}
