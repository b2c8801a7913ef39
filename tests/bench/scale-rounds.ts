// Twelve quarterly rounds per partnership, the last one open now, each closed one already pointing at
// its successor (so refreshRounds() makes nothing new), with the instruments pinned and everyone invited.
import { periodLabel } from "../../app/models/rounds/rounds.server";
import { currentVersion } from "../../app/models/rounds/instruments.server";
import { ROUNDS_PER_PARTNERSHIP, type AlliancePlan, type PartnershipPlan } from "./scale-plan";
import type { Writer } from "./scale-writer";

export const INSTRUMENTS = ["partnership-view", "self-reflection", "collaboration-network"] as const;

export type RoundPlan = { id: number; index: number; partnership: PartnershipPlan; opensAt: string; closesAt: string; open: boolean };

const quarterStart = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3, 1));
const monthsFrom = (start: Date, months: number) =>
  new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1)).toISOString();

export function planRounds(plan: AlliancePlan, now: Date): RoundPlan[] {
  const current = quarterStart(now);
  const out: RoundPlan[] = [];
  for (const partnership of plan.partnerships) {
    for (let index = 0; index < ROUNDS_PER_PARTNERSHIP; index++) {
      const back = (ROUNDS_PER_PARTNERSHIP - 1 - index) * 3;
      out.push({
        id: out.length + 1,
        index,
        partnership,
        opensAt: monthsFrom(current, -back),
        closesAt: monthsFrom(current, 3 - back),
        open: index === ROUNDS_PER_PARTNERSHIP - 1,
      });
    }
  }
  return out;
}

/** The network instrument is answered by each community and INGO partner's coordinator. */
export function networkRespondents(plan: AlliancePlan, partnership: PartnershipPlan) {
  return [...partnership.clos, ...partnership.ingos].map((id) => ({ personId: plan.orgs[id - 1].coordinatorId, organisationId: id }));
}

export function writeRounds(w: Writer, plan: AlliancePlan, rounds: RoundPlan[]) {
  const versions = INSTRUMENTS.map((name) => [name, currentVersion(name)] as const);
  for (const round of rounds) {
    const next = round.open ? null : round.id + 1;
    w.row("rounds", [
      round.id,
      round.partnership.id,
      periodLabel(round.opensAt),
      round.opensAt,
      round.closesAt,
      round.open ? "open" : "closed",
      "quarterly",
      next,
      round.opensAt,
    ]);
    for (const [name, version] of versions) w.row("round_instruments", [round.id, name, version]);
    const invite = (people: { personId: number; organisationId: number }[], instrument: string) => {
      for (const p of people) w.row("round_invitees", [round.id, p.personId, p.organisationId, instrument]);
    };
    invite(round.partnership.viewPool, "partnership-view");
    invite(round.partnership.selfPool, "self-reflection");
    invite(networkRespondents(plan, round.partnership), "collaboration-network");
    w.unitDone();
  }
  w.finish();
}
