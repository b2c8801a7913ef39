// Partnerships: which organisations work together, in which role, and the small-number threshold k.
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { organisations, partnershipMembers, partnerships } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { db } from "../platform/context.server";
import { formText } from "../platform/http.server";
import { preparedOnce } from "../platform/prepared.server";
import type { PartnershipFormValues } from "./types";

export const PARTNER_ROLES = ["community_partner", "ingo_partner", "funder"] as const;
export type PartnerRole = (typeof PARTNER_ROLES)[number];
export type PartnershipInput = {
  name: string;
  k: number;
  members: { organisationId: number; role: PartnerRole }[];
  // Days before a round closes that those who have not sent are reminded (ADR 020); 7 and 2 by default.
  reminderDays?: number[];
};

export const DEFAULT_REMINDER_DAYS = [7, 2];

export const MIN_K = 3;
export const DEFAULT_K = 5;

export function createPartnership(input: PartnershipInput): number {
  return writeTransaction(db(), (tx) => {
    const id = tx
      .insert(partnerships)
      .values({ name: input.name, k: Math.max(MIN_K, input.k), reminderDays: input.reminderDays ?? DEFAULT_REMINDER_DAYS })
      .returning({ id: partnerships.id })
      .get().id;
    if (input.members.length)
      tx.insert(partnershipMembers)
        .values(input.members.map((m) => ({ ...m, partnershipId: id })))
        .run();
    return id;
  });
}

export function updatePartnership(id: number, input: PartnershipInput) {
  writeTransaction(db(), (tx) => {
    tx.update(partnerships)
      .set({ name: input.name, k: Math.max(MIN_K, input.k), ...(input.reminderDays ? { reminderDays: input.reminderDays } : {}) })
      .where(eq(partnerships.id, id))
      .run();
    tx.delete(partnershipMembers).where(eq(partnershipMembers.partnershipId, id)).run();
    if (input.members.length)
      tx.insert(partnershipMembers)
        .values(input.members.map((m) => ({ ...m, partnershipId: id })))
        .run();
  });
}

export function getPartnership(id: number) {
  const row = db().select().from(partnerships).where(eq(partnerships.id, id)).get();
  if (!row) return null;
  return { ...row, members: listPartnershipMembers(id) };
}

// Read on every answering request (the partner names an instrument shows): prepared once.
const reads = preparedOnce((on) => ({
  members: on
    .select({
      organisationId: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      populations: organisations.populations,
      role: partnershipMembers.role,
    })
    .from(partnershipMembers)
    .innerJoin(organisations, eq(organisations.id, partnershipMembers.organisationId))
    .where(eq(partnershipMembers.partnershipId, sql.placeholder("partnershipId")))
    .orderBy(asc(organisations.name))
    .prepare(),
}));

export function listPartnershipMembers(partnershipId: number) {
  return reads(db()).members.all({ partnershipId });
}

export function listPartnerships() {
  return db().select().from(partnerships).orderBy(asc(partnerships.name)).all();
}

/** Partnerships any of these organisations belongs to, with the organisation's role in each. */
export function partnershipsOfOrganisations(organisationIds: number[]) {
  if (organisationIds.length === 0) return [];
  return db()
    .select({
      partnershipId: partnerships.id,
      name: partnerships.name,
      k: partnerships.k,
      organisationId: partnershipMembers.organisationId,
      role: partnershipMembers.role,
    })
    .from(partnershipMembers)
    .innerJoin(partnerships, eq(partnerships.id, partnershipMembers.partnershipId))
    .where(inArray(partnershipMembers.organisationId, organisationIds))
    .all();
}

export function roleInPartnership(partnershipId: number, organisationId: number): PartnerRole | null {
  return (
    db()
      .select({ role: partnershipMembers.role })
      .from(partnershipMembers)
      .where(and(eq(partnershipMembers.partnershipId, partnershipId), eq(partnershipMembers.organisationId, organisationId)))
      .get()?.role ?? null
  );
}

// A k above this would suppress every figure of any real partnership: almost certainly a typing slip.
export const MAX_K = 1000;

/** The partnership form: each message names its field; k below 3 is refused, never silently raised. */
export const PartnershipSchema = z.object({
  name: z.string().trim().min(1, "partnership.error.name").max(200, "partnership.error.name"),
  k: z
    .string()
    .trim()
    .regex(/^[0-9]{1,6}$/, "partnership.error.k")
    .transform(Number)
    .pipe(z.number().min(MIN_K, "partnership.error.k_min").max(MAX_K, "partnership.error.k")),
  // "7, 2": whole days, at most four, each 1 to 90; empty for no reminders before the close.
  reminderDays: z
    .string()
    .trim()
    .regex(/^([0-9]{1,2}([ ,]+[0-9]{1,2}){0,3})?$/, "partnership.error.reminder_days")
    .transform((v) => [...new Set(v.split(/[ ,]+/).filter(Boolean).map(Number))].sort((a, b) => b - a))
    .pipe(z.array(z.number().int().min(1, "partnership.error.reminder_days").max(90, "partnership.error.reminder_days"))),
  members: z
    .array(
      z.object({
        organisationId: z.number().int(),
        role: z.enum(PARTNER_ROLES, { errorMap: () => ({ message: "partnership.error.role" }) }),
      }),
    )
    .refine(
      (ms) => ms.some((m) => m.role === "community_partner") && ms.some((m) => m.role === "ingo_partner"),
      "partnership.error.members",
    ),
});

/**
 * One role field per existing organisation (`role-<id>`, empty for "not a member"); fields for other ids
 * are never read, so a body cannot add an organisation the form did not offer.
 */
export function partnershipFormValues(form: FormData, organisationIds: number[]) {
  const members = organisationIds
    .map((organisationId) => ({ organisationId, role: formText(form, `role-${organisationId}`) }))
    .filter((m) => m.role !== "");
  const reminderDays = form.has("reminderDays") ? formText(form, "reminderDays") : DEFAULT_REMINDER_DAYS.join(", ");
  return { name: formText(form, "name"), k: formText(form, "k"), reminderDays, members };
}

/** What a refused form shows again, each field cut to its limit. */
export function partnershipFormEcho(values: ReturnType<typeof partnershipFormValues>): PartnershipFormValues {
  const known: readonly string[] = PARTNER_ROLES;
  return {
    name: values.name.slice(0, 200),
    k: values.k.slice(0, 10),
    reminderDays: values.reminderDays.slice(0, 20),
    roles: Object.fromEntries(values.members.filter((m) => known.includes(m.role)).map((m) => [String(m.organisationId), m.role])),
  };
}
