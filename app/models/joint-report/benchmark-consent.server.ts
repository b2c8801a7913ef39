// Whether a partnership shares its anonymised figures with the other partnerships of this Sikiliza
// (docs/security.md 1.18, docs/decisions/030). Like widening access (ADR 027) it is the community's to agree:
// the INGO and a coordinator of every community organisation must agree, each for its own organisation, and
// any one of them withdraws alone, at once. An organisation that joins later has not agreed, so the
// partnership stops counting until it does; an agreement given before an organisation's current role took
// effect (`partnership_members.since`: it left and came back, or was re-roled) does not count either.
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { benchmarkAgreements, partnershipMembers } from "../../../db/schema";
import { db } from "../platform/context.server";
import { getPartnership, roleInPartnership } from "../people/partnerships.server";
import { personNames, type Person } from "../people/people.server";
import type { BenchmarkConsentPage } from "./types";

const AGREEING_ROLES = ["ingo_partner", "community_partner"] as const;
const isAgreeingRole = (role: string) => (AGREEING_ROLES as readonly string[]).includes(role);

// A partnership counts once its INGO and every community organisation agreed since its current role.
function agreedPartnerships(only?: number) {
  return db()
    .select({ partnershipId: partnershipMembers.partnershipId })
    .from(partnershipMembers)
    .leftJoin(
      benchmarkAgreements,
      and(
        eq(benchmarkAgreements.partnershipId, partnershipMembers.partnershipId),
        eq(benchmarkAgreements.organisationId, partnershipMembers.organisationId),
        gte(benchmarkAgreements.agreedAt, partnershipMembers.since),
      ),
    )
    .where(
      and(
        inArray(partnershipMembers.role, [...AGREEING_ROLES]),
        only === undefined ? undefined : eq(partnershipMembers.partnershipId, only),
      ),
    )
    .groupBy(partnershipMembers.partnershipId)
    .having(
      sql`count(*) = count(${benchmarkAgreements.organisationId})
        and sum(${partnershipMembers.role} = 'ingo_partner') > 0
        and sum(${partnershipMembers.role} = 'community_partner') > 0`,
    );
}

/**
 * The partnerships whose INGO and every community organisation agreed: one query, read on every benchmark, so
 * a withdrawal counts from the next read on.
 */
export function optedInPartnershipIds(): Set<number> {
  return new Set(
    agreedPartnerships()
      .all()
      .map((row) => row.partnershipId),
  );
}

/** The same rule for one partnership, asked of its own members only. */
export function isOptedIn(partnershipId: number): boolean {
  return agreedPartnerships(partnershipId).get() !== undefined;
}

/** The INGO answers through any of its staff; a community organisation only through a coordinator. */
function answersFor(person: Person, organisationId: number, role: string): boolean {
  const membership = person.memberships.find((m) => m.organisationId === organisationId);
  if (!membership) return false;
  return role === "ingo_partner" || membership.role === "coordinator";
}

/** The partnership and its agreeing sides when this person is inside it (or the facilitator); else null, as for none. */
function seenFromInside(person: Person, partnershipId: number) {
  const partnership = getPartnership(partnershipId);
  if (!partnership) return null;
  const members = partnership.members.filter((m) => isAgreeingRole(m.role));
  const inside = members.some((m) => person.memberships.some((own) => own.organisationId === m.organisationId));
  return inside || person.isFacilitator ? { partnership, members } : null;
}

/** Whether this person may open the partnership's benchmark page at all: the same rule as the page, without building it. */
export const mayOpenBenchmarkConsent = (person: Person, partnershipId: number) => seenFromInside(person, partnershipId) !== null;

/** The page: who must agree, who did and when, and what this person may answer; null outside the partnership. */
export function benchmarkConsentFor(person: Person, partnershipId: number): BenchmarkConsentPage | null {
  const seen = seenFromInside(person, partnershipId);
  if (!seen) return null;
  const { partnership, members } = seen;
  const agreements = db()
    .select({
      organisationId: benchmarkAgreements.organisationId,
      agreedBy: benchmarkAgreements.agreedBy,
      agreedAt: benchmarkAgreements.agreedAt,
    })
    .from(benchmarkAgreements)
    .innerJoin(
      partnershipMembers,
      and(
        eq(partnershipMembers.partnershipId, benchmarkAgreements.partnershipId),
        eq(partnershipMembers.organisationId, benchmarkAgreements.organisationId),
        gte(benchmarkAgreements.agreedAt, partnershipMembers.since),
      ),
    )
    .where(eq(benchmarkAgreements.partnershipId, partnershipId))
    .all();
  const byOrganisation = new Map(agreements.map((a) => [a.organisationId, a]));
  const names = personNames(agreements.map((a) => a.agreedBy));
  const sides = members.map((m) => {
    const agreement = byOrganisation.get(m.organisationId);
    return {
      organisationId: m.organisationId,
      organisationName: m.name,
      role: m.role as (typeof AGREEING_ROLES)[number],
      agreedBy: agreement ? (names.get(agreement.agreedBy) ?? "") : null,
      agreedAt: agreement?.agreedAt ?? null,
      mayAnswer: answersFor(person, m.organisationId, m.role),
    };
  });
  return { partnership: { id: partnership.id, name: partnership.name }, optedIn: isOptedIn(partnershipId), sides };
}

export type ConsentOutcome = "saved" | "not_found";

/** Decided from this one organisation's role in the partnership, without building the page. */
function mayAnswer(person: Person, partnershipId: number, organisationId: number): boolean {
  const role = roleInPartnership(partnershipId, organisationId);
  return role !== null && isAgreeingRole(role) && answersFor(person, organisationId, role);
}

/** Agrees for one organisation; agreeing twice keeps the first record, unless it predates the organisation's current role. */
export function agreeToBenchmarks(person: Person, partnershipId: number, organisationId: number, now = new Date()): ConsentOutcome {
  if (!mayAnswer(person, partnershipId, organisationId)) return "not_found";
  db()
    .insert(benchmarkAgreements)
    .values({ partnershipId, organisationId, agreedBy: person.id, agreedAt: now.toISOString() })
    .onConflictDoUpdate({
      target: [benchmarkAgreements.partnershipId, benchmarkAgreements.organisationId],
      set: { agreedBy: person.id, agreedAt: now.toISOString() },
      // Only a stale agreement (from before the current role) is replaced: a valid one keeps its who and when.
      setWhere: sql`${benchmarkAgreements.agreedAt} < (select since from partnership_members where partnership_id = ${partnershipId} and organisation_id = ${organisationId})`,
    })
    .run();
  return "saved";
}

/** Withdraws one organisation's agreement: the partnership stops counting from the next read on. */
export function withdrawFromBenchmarks(person: Person, partnershipId: number, organisationId: number): ConsentOutcome {
  if (!mayAnswer(person, partnershipId, organisationId)) return "not_found";
  db()
    .delete(benchmarkAgreements)
    .where(and(eq(benchmarkAgreements.partnershipId, partnershipId), eq(benchmarkAgreements.organisationId, organisationId)))
    .run();
  return "saved";
}
