// Examples given with ratings are community voice like stories: they reach exactly the readers their
// consent names, through the same rule (narrativesVisibleTo), on the INGO's inbox and the coordinator's
// stories page (docs/security.md 1.11). Only the listed page's rows are opened and decrypted.
import { and, desc, eq, inArray, isNotNull, ne, sql, type SQL } from "drizzle-orm";
import { narratives, organisations, partnershipMembers, responses, rounds } from "../../../db/schema";
import { narrativesVisibleTo, SHARED_SCOPES } from "../consent.server";
import { db } from "../platform/context.server";
import { open } from "../platform/sealed-fields.server";
import type { Person } from "../people/people.server";
import { ingoPartnershipIds } from "./inbox-access.server";
import type { ExampleItem } from "./types";

export const EXAMPLES_SHOWN = 50;

function examplesWhere(where: SQL, withOrganisation: boolean, limit: number): ExampleItem[] {
  const rows = db()
    .select({
      id: narratives.id,
      publicId: narratives.publicId,
      roundLabel: rounds.label,
      organisationName: organisations.name,
      dimension: narratives.dimension,
      textEnc: narratives.textEnc,
      scope: narratives.scope,
      toldAt: narratives.createdAt,
    })
    .from(narratives)
    .innerJoin(responses, eq(responses.id, narratives.responseId))
    .innerJoin(rounds, eq(rounds.id, narratives.roundId))
    .innerJoin(organisations, eq(organisations.id, narratives.organisationId))
    .where(and(where, ne(narratives.textEnc, "")))
    .orderBy(desc(narratives.createdAt), desc(narratives.id))
    .limit(limit)
    .all();
  return rows.map((row) => ({
    id: row.publicId,
    roundLabel: row.roundLabel,
    organisationName: withOrganisation ? row.organisationName : null,
    dimension: row.dimension,
    text: open({ table: "narratives", column: "text" }, row.id, row.textEnc) ?? "",
    scope: row.scope,
    toldAt: row.toldAt,
  }));
}

/** Examples community partners shared with this INGO, in every partnership where the person is INGO staff. */
export function examplesForIngo(person: Person, limit = EXAMPLES_SHOWN): ExampleItem[] {
  const viewer = { kind: "person" as const, person };
  const each = ingoPartnershipIds(person).map((id) => narrativesVisibleTo(viewer, id));
  if (each.length === 0) return [];
  const fromCommunity = sql`exists (select 1 from ${partnershipMembers} pm where pm.partnership_id = ${rounds.partnershipId}
    and pm.organisation_id = ${narratives.organisationId} and pm.role = 'community_partner')`;
  const visible = and(sql`(${sql.join(each, sql` or `)})`, inArray(narratives.scope, [...SHARED_SCOPES]), fromCommunity)!;
  return examplesWhere(visible, false, limit);
}

/** Every example of the coordinator's organisation the rule lets them read, in each of its partnerships. */
export function examplesForCoordinator(person: Person, organisationId: number, partnershipIds: number[], limit = EXAMPLES_SHOWN) {
  if (partnershipIds.length === 0) return [];
  const viewer = { kind: "person" as const, person };
  const each = partnershipIds.map((id) => narrativesVisibleTo(viewer, id));
  const visible = and(sql`(${sql.join(each, sql` or `)})`, eq(narratives.organisationId, organisationId), isNotNull(narratives.textEnc))!;
  return examplesWhere(visible, true, limit);
}
