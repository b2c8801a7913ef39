// Actions the partnership agreed on in a round, with the community's confirmation of the done ones.
import { DIMENSIONS } from "../../surveys/dimensions";
import type { AlliancePlan } from "./scale-plan";
import type { RoundPlan } from "./scale-rounds";
import type { Rng } from "./scale-rng";
import type { Writer } from "./scale-writer";

const TITLES = [
  "Hold the workplan review at the community partners' offices",
  "Pay peer educators within 14 days",
  "Share the budget with community partners each quarter",
  "Agree a data protection plan with members",
  "Invite community partners to the donor meeting",
];

/** Writes a round's actions; returns their ids so stories can be linked to them. */
export function writeActions(w: Writer, rng: Rng, round: RoundPlan, plan: AlliancePlan, ids: { next: number }): number[] {
  const p = round.partnership;
  const count = round.open ? 1 : 3;
  const made: number[] = [];
  for (let i = 0; i < count; i++) {
    const id = ++ids.next;
    const owner = rng.chance(0.7) ? rng.pick(p.ingos) : rng.pick(p.clos);
    const status = round.open ? "proposed" : rng.pick(["proposed", "started", "done", "done", "dropped"] as const);
    const confirmation = status === "done" ? rng.pick(["confirmed", "confirmed", "confirmed", "disputed", null] as const) : null;
    const confirmer = confirmation ? plan.orgs[rng.pick(p.clos) - 1].coordinatorId : null;
    const creator = plan.orgs[p.ingos[0] - 1].coordinatorId;
    w.row("actions", [
      id,
      p.id,
      round.id,
      rng.pick(TITLES),
      owner,
      round.closesAt.slice(0, 10),
      status,
      confirmation,
      confirmation === "disputed" ? "Not what we agreed" : null,
      confirmer,
      creator,
      round.opensAt,
    ]);
    for (const d of rng.sample(DIMENSIONS, rng.int(1, 2))) w.row("action_dimensions", [id, d]);
    made.push(id);
  }
  return made;
}
