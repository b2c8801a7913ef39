// Messages whose cause is someone else's act, written in that act's transaction (docs/security.md 8.1).
import { and, eq } from "drizzle-orm";
import { memberships, partnershipMembers } from "../../../db/schema";
import type { Db } from "../../../db/client";
import { enqueueForPerson } from "./outbox.server";

/** The community coordinators of the partnership are asked to review each version sent to them. */
export function reportAwaitsReview(tx: Db, reportId: number, partnershipId: number, versionNumber: number, now = new Date()) {
  const reviewers = tx
    .select({ personId: memberships.personId, organisationId: memberships.organisationId })
    .from(partnershipMembers)
    .innerJoin(memberships, eq(memberships.organisationId, partnershipMembers.organisationId))
    .where(
      and(
        eq(partnershipMembers.partnershipId, partnershipId),
        eq(partnershipMembers.role, "community_partner"),
        eq(memberships.role, "coordinator"),
      ),
    )
    .all();
  for (const r of reviewers)
    enqueueForPerson(tx, { kind: "report_review", dedupeKey: `report_review:${reportId}:${versionNumber}:${r.personId}`, ...r }, now);
}
