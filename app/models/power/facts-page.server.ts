// What the power-facts page shows one reader: a round's facts per community organisation, with the forms
// this reader may use — the INGO's entry form, and a verdict form for the coordinator of the organisation.
import { eq } from "drizzle-orm";
import { partnerships } from "../../../db/schema";
import { POWER_FACTS } from "../../../reports/power-facts";
import { db } from "../platform/context.server";
import { listPartnershipMembers } from "../people/partnerships.server";
import type { Person } from "../people/people.server";
import { listRounds } from "../rounds/rounds.server";
import { factStandingIn, listFacts } from "./facts.server";
import type { FactsPageData } from "./types";

/** The page for `roundParam` (else the latest round), or null when this person may not read the facts. */
export function factsPageFor(person: Person, partnershipId: number, roundParam: string | null): FactsPageData | null {
  const { standing, mayEnter, mayRead } = factStandingIn(person, partnershipId);
  const partnership = db()
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .get();
  if (!mayRead || !partnership) return null;
  const rounds = listRounds(partnershipId).map((r) => ({ id: r.id, label: r.label }));
  const round = rounds.find((r) => String(r.id) === roundParam) ?? rounds[0] ?? null;
  if (roundParam !== null && round && String(round.id) !== roundParam) return null;
  const facts = round ? listFacts(partnershipId, [round.id]) : [];
  const community = listPartnershipMembers(partnershipId).filter((m) => m.role === "community_partner");
  return {
    partnership,
    rounds,
    round,
    mayEnter: mayEnter && round !== null,
    organisations: community.map((org) => ({
      id: org.organisationId,
      name: org.name,
      mayJudge: standing.coordinatorOf.has(org.organisationId),
      facts: POWER_FACTS.map(({ fact, dimension, kind }) => {
        const row = facts.find((f) => f.organisationId === org.organisationId && f.fact === fact);
        return {
          fact,
          dimension,
          kind,
          id: row?.id ?? null,
          value: row?.value ?? null,
          verdict: row?.verdict ?? null,
          communityValue: row?.communityValue ?? null,
          comment: row?.communityComment ?? null,
        };
      }),
    })),
  };
}
