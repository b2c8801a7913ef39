// The facts of power (docs/decisions/023): the INGO enters them per round and community organisation, that
// organisation's coordinator confirms or disputes each. A fact names one organisation, so it is read only
// inside the partnership (its INGO and community partners, and the facilitator) and in released reports —
// never on a page a funder can open.
import { and, asc, eq, inArray } from "drizzle-orm";
import { organisations, powerFacts } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { isPowerFactKind, type PowerFactKind, type PowerFactRow } from "../../../reports/power-facts";
import { standingIn, type Standing } from "../consent.server";
import { db } from "../platform/context.server";
import { listPartnershipMembers } from "../people/partnerships.server";
import type { Person } from "../people/people.server";
import { normaliseFactValue, type EnteredFacts, type Verdict } from "./fact-form.server";

export type FactStanding = { standing: Standing; mayEnter: boolean; mayRead: boolean };

/** Facilitator, INGO staff and community partners read; INGO staff enter; a funder's standing reads nothing. */
export function factStandingIn(person: Person, partnershipId: number): FactStanding {
  const standing = standingIn(person, partnershipId);
  return { standing, mayEnter: standing.ingoStaff, mayRead: person.isFacilitator || standing.ingoStaff || standing.community };
}

const factColumns = {
  id: powerFacts.id,
  roundId: powerFacts.roundId,
  organisationId: powerFacts.aboutOrganisationId,
  organisationName: organisations.name,
  fact: powerFacts.fact,
  value: powerFacts.value,
  verdict: powerFacts.verdict,
  communityValue: powerFacts.communityValue,
  communityComment: powerFacts.communityComment,
  enteredAt: powerFacts.enteredAt,
  verdictAt: powerFacts.verdictAt,
};

export function listFacts(partnershipId: number, roundIds: number[]) {
  if (roundIds.length === 0) return [];
  return db()
    .select(factColumns)
    .from(powerFacts)
    .innerJoin(organisations, eq(organisations.id, powerFacts.aboutOrganisationId))
    .where(and(eq(powerFacts.partnershipId, partnershipId), inArray(powerFacts.roundId, roundIds)))
    .orderBy(asc(organisations.name), asc(powerFacts.id))
    .all()
    .flatMap((row) => (isPowerFactKind(row.fact) ? [{ ...row, fact: row.fact as PowerFactKind }] : []));
}

/** For the report: the facts of its rounds, without the comments (they belong to the partnership's pages). */
export function loadPowerFacts(partnershipId: number, roundIds: number[]): PowerFactRow[] {
  return listFacts(partnershipId, roundIds).map(({ roundId, organisationId, organisationName, fact, value, verdict, communityValue }) => ({
    roundId,
    organisationId,
    organisationName,
    fact,
    value,
    verdict,
    communityValue,
  }));
}

const communityPartnerIds = (partnershipId: number) =>
  new Set(
    listPartnershipMembers(partnershipId)
      .filter((m) => m.role === "community_partner")
      .map((m) => m.organisationId),
  );

export type EnterResult = "saved" | "forbidden" | "not_found";

/**
 * The INGO's values for one community organisation in one round. A value that changes asks the community
 * again: a verdict on 8% says nothing about 12%. An unchanged value keeps its verdict.
 */
export function enterFacts(person: Person, partnershipId: number, roundId: number, entered: EnteredFacts, now = new Date()): EnterResult {
  if (!factStandingIn(person, partnershipId).mayEnter) return "forbidden";
  if (!communityPartnerIds(partnershipId).has(entered.organisationId)) return "not_found";
  const at = now.toISOString();
  writeTransaction(db(), (tx) => {
    for (const [fact, value] of Object.entries(entered.values) as [PowerFactKind, string][]) {
      const where = and(
        eq(powerFacts.roundId, roundId),
        eq(powerFacts.aboutOrganisationId, entered.organisationId),
        eq(powerFacts.fact, fact),
      );
      const existing = tx.select({ id: powerFacts.id, value: powerFacts.value }).from(powerFacts).where(where).get();
      if (existing?.value === value) continue;
      const fresh = {
        value,
        enteredBy: person.id,
        enteredAt: at,
        verdict: null,
        communityValue: null,
        communityComment: null,
        verdictBy: null,
        verdictAt: null,
      };
      if (existing) tx.update(powerFacts).set(fresh).where(eq(powerFacts.id, existing.id)).run();
      else
        tx.insert(powerFacts)
          .values({ partnershipId, roundId, aboutOrganisationId: entered.organisationId, fact, ...fresh })
          .run();
    }
  });
  return "saved";
}

export type VerdictResult = "saved" | "not_found" | { field: string; message: string };

/** A coordinator of the organisation the fact is about confirms it, or disputes it with its own value. */
export function judgeFact(person: Person, partnershipId: number, verdict: Verdict, now = new Date()): VerdictResult {
  const fact = db()
    .select({ id: powerFacts.id, fact: powerFacts.fact, about: powerFacts.aboutOrganisationId })
    .from(powerFacts)
    .where(and(eq(powerFacts.id, verdict.factId), eq(powerFacts.partnershipId, partnershipId)))
    .get();
  const standing = standingIn(person, partnershipId);
  if (!fact || !standing.coordinatorOf.has(fact.about) || !isPowerFactKind(fact.fact)) return "not_found";
  let own: string | null = null;
  if (verdict.verdict === "disputed") {
    own = verdict.communityValue === null ? null : normaliseFactValue(fact.fact, verdict.communityValue);
    if (own === null) return { field: "communityValue", message: `facts.error.${fact.fact}` };
  }
  db()
    .update(powerFacts)
    .set({
      verdict: verdict.verdict,
      communityValue: own,
      communityComment: verdict.comment,
      verdictBy: person.id,
      verdictAt: now.toISOString(),
    })
    .where(eq(powerFacts.id, fact.id))
    .run();
  return "saved";
}
