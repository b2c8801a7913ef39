// The facts of power in the demo's past rounds: the INGO enters them, each collective's coordinator answers.
// Tumaini confirms it decides 8% of the budget in the first round (the released report shows "Money" with it)
// and disputes the overhead the INGO says it covers; the second round is entered and partly answered.
import { and, asc, eq } from "drizzle-orm";
import { powerFacts, rounds } from "../../db/schema";
import { db } from "../models/platform/context.server";
import { getPerson, type Person } from "../models/people/people.server";
import { enterFacts, judgeFact } from "../models/power/facts.server";
import type { PowerFactKind } from "../../reports/power-facts";
import type { DemoContext } from "./context";

type Entry = { value: string; verdict?: "confirmed" | { disputed: string; comment: string } };
type Org = "tumaini" | "pamoja";

const FACTS: Record<Org, Partial<Record<PowerFactKind, Entry>>[]> = {
  tumaini: [
    {
      budget_share: { value: "8", verdict: "confirmed" },
      overhead_rate: { value: "10", verdict: { disputed: "4", comment: "Only staff time is covered; rent and phones are not." } },
      days_to_payment: { value: "30", verdict: { disputed: "52", comment: "Counted from the day we sent the invoice." } },
      proposal_drafted_by: { value: "ingo", verdict: "confirmed" },
      funder_meetings: { value: "0", verdict: "confirmed" },
      decisions_could_refuse: { value: "2", verdict: { disputed: "0", comment: "We were told, not asked." } },
    },
    {
      budget_share: { value: "12", verdict: "confirmed" },
      overhead_rate: { value: "10", verdict: "confirmed" },
      days_to_payment: { value: "28" },
      proposal_drafted_by: { value: "together", verdict: "confirmed" },
      funder_meetings: { value: "1", verdict: "confirmed" },
      decisions_could_refuse: { value: "3" },
    },
  ],
  pamoja: [
    {
      budget_share: { value: "5", verdict: "confirmed" },
      overhead_rate: { value: "7", verdict: "confirmed" },
      days_to_payment: { value: "35", verdict: "confirmed" },
      proposal_drafted_by: { value: "ingo", verdict: "confirmed" },
      funder_meetings: { value: "0", verdict: "confirmed" },
      decisions_could_refuse: { value: "1", verdict: "confirmed" },
    },
    {
      budget_share: { value: "6", verdict: { disputed: "3", comment: "Half of it was already committed before we saw it." } },
      overhead_rate: { value: "7" },
      proposal_drafted_by: { value: "ingo", verdict: "confirmed" },
      funder_meetings: { value: "1", verdict: "confirmed" },
    },
  ],
};

const COORDINATORS: Record<Org, string> = { tumaini: "otieno@tumaini.example", pamoja: "wanjiru@pamoja.example" };

function person(demo: DemoContext, email: string): Person {
  const found = getPerson(demo.people[email]);
  if (!found) throw new Error(`demo facts: no ${email}`);
  return found;
}

/** Through the same doors a person uses, with that person's rights: Sanne (INGO) enters, each coordinator answers. */
export function seedDemoPowerFacts(demo: DemoContext) {
  const past = db()
    .select({ id: rounds.id })
    .from(rounds)
    .where(and(eq(rounds.partnershipId, demo.partnershipId), eq(rounds.state, "closed")))
    .orderBy(asc(rounds.opensAt))
    .all();
  const sanne = person(demo, "sanne@ghp.example");
  past.slice(0, 2).forEach((round, index) => {
    for (const org of ["tumaini", "pamoja"] as const) {
      const entries = Object.entries(FACTS[org][index] ?? {}) as [PowerFactKind, Entry][];
      const values = Object.fromEntries(entries.map(([fact, entry]) => [fact, entry.value]));
      if (enterFacts(sanne, demo.partnershipId, round.id, { organisationId: demo.orgs[org], values }) !== "saved") {
        throw new Error(`demo facts refused for ${org}`);
      }
      const coordinator = person(demo, COORDINATORS[org]);
      for (const [fact, entry] of entries) {
        if (!entry.verdict) continue;
        const row = db()
          .select({ id: powerFacts.id })
          .from(powerFacts)
          .where(and(eq(powerFacts.roundId, round.id), eq(powerFacts.aboutOrganisationId, demo.orgs[org]), eq(powerFacts.fact, fact)))
          .get()!;
        const verdict =
          entry.verdict === "confirmed"
            ? { factId: row.id, verdict: "confirmed" as const, communityValue: null, comment: null }
            : { factId: row.id, verdict: "disputed" as const, communityValue: entry.verdict.disputed, comment: entry.verdict.comment };
        if (judgeFact(coordinator, demo.partnershipId, verdict) !== "saved") throw new Error(`demo verdict refused for ${org} ${fact}`);
      }
    }
  });
}
