// Two partnerships in three share their figures with the others (docs/decisions/030): the INGO and every
// community organisation agreed, each through its coordinator, so every report of theirs shows a benchmark.
import type { AlliancePlan } from "./scale-plan";
import type { Writer } from "./scale-writer";

export const optsIn = (partnershipId: number) => partnershipId % 3 !== 0;

export function writeBenchmarkAgreements(w: Writer, plan: AlliancePlan, now: Date) {
  const agreedAt = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  for (const p of plan.partnerships) {
    if (!optsIn(p.id)) continue;
    for (const org of [...p.ingos, ...p.clos]) w.row("benchmark_agreements", [p.id, org, plan.orgs[org - 1].coordinatorId, agreedAt]);
  }
  w.finish();
}
