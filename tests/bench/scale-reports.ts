// A joint report for every closed round: the older ones released, the latest one in community review.
import type { AlliancePlan } from "./scale-plan";
import type { RoundPlan } from "./scale-rounds";
import type { Writer } from "./scale-writer";

export function writeReports(w: Writer, plan: AlliancePlan, rounds: RoundPlan[]) {
  let id = 0;
  for (const round of rounds) {
    if (round.open) continue;
    const p = round.partnership;
    const inReview = round.index === rounds.filter((r) => r.partnership === p).length - 2;
    const decidedAt = new Date(Date.parse(round.closesAt) + 20 * 86_400_000).toISOString();
    const released = inReview ? null : new Date(Date.parse(decidedAt) + 7 * 86_400_000).toISOString();
    w.row("reports", [
      ++id,
      round.id,
      p.id,
      inReview ? "review" : "released",
      inReview ? null : "We learned to ask before we plan.",
      released,
      released ? plan.facilitatorId : null,
    ]);
    p.clos.forEach((org, i) => {
      const decided = !inReview || i % 2 === 0;
      const coordinator = plan.orgs[org - 1].coordinatorId;
      w.row("report_reviews", [
        id,
        org,
        "Our members see progress on payments, not yet on decisions.",
        decided ? "approved" : null,
        null,
        decided ? coordinator : null,
        decided ? decidedAt : null,
      ]);
    });
    w.unitDone();
  }
  w.finish();
}
