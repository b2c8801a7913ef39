// Responses with their derived rows (metric values, sealed narratives, network ties) and submission keys,
// written round by round so each round's rows sit together in the indexes, as months of use would put them.
import crypto from "node:crypto";
import { currentVersion } from "../../app/models/rounds/instruments.server";
import { encryptField, sha256, type Keyring } from "../../app/models/platform/crypto.server";
import { communityView, makeClimate, networkAnswers, selfReflection, type Answered } from "./scale-answers";
import { networkRespondents, type RoundPlan } from "./scale-rounds";
import type { AlliancePlan, Cohort } from "./scale-plan";
import type { Rng } from "./scale-rng";
import { languageOf, type Texts } from "./scale-texts";
import type { Writer } from "./scale-writer";

const PAGES = { "partnership-view": 5, "self-reflection": 6, "collaboration-network": 1 } as const;
type InstrumentName = keyof typeof PAGES;
const DRAFT_SHARE_OPEN_ROUND = 0.15;
const HOUR = 3_600_000;

export type ResponseIds = { response: number; narrative: number };
type Env = { w: Writer; keyring: Keyring; rng: Rng; texts: Texts; now: Date; ids: ResponseIds; onResponse: () => void };

/** A moment inside the round that is not in the future. */
export function momentIn(rng: Rng, round: RoundPlan, now: Date, latestShare = 1): Date {
  const start = Date.parse(round.opensAt);
  const end = Math.min(Date.parse(round.closesAt), now.getTime()) - HOUR;
  return new Date(start + Math.max(0, end - start) * rng.next() * latestShare);
}

type Task = { round: RoundPlan; instrument: InstrumentName; who: { personId: number; organisationId: number }; at: Date };

function writeOne(env: Env, task: Task, answered: Answered) {
  const { w, keyring, rng } = env;
  const { round, instrument, who } = task;
  const id = ++env.ids.response;
  const created = task.at;
  const draft = round.open && rng.chance(DRAFT_SHARE_OPEN_ROUND);
  const submitted = new Date(Math.min(created.getTime() + rng.int(2, 40) * 60_000, env.now.getTime())).toISOString();
  const json = JSON.stringify(answered.answers);
  const sealed = encryptField(keyring, { table: "responses", column: "answers", rowId: id }, json);
  const pageIndex = draft ? rng.int(0, PAGES[instrument] - 1) : PAGES[instrument] - 1;
  w.row("responses", [
    id,
    round.id,
    instrument,
    currentVersion(instrument),
    who.organisationId,
    who.personId,
    sealed,
    pageIndex,
    draft ? "draft" : "submitted",
    draft ? null : submitted,
    submitted,
    created.toISOString(),
  ]);
  env.onResponse();
  // A draft has no derived rows: the app derives them at submission only.
  if (draft) return;
  w.row("submission_keys", [crypto.randomUUID(), "response", id, sha256(`${round.id}|${instrument}|${who.personId}|${json}`), submitted]);
  for (const m of answered.metrics)
    w.row("metric_values", [id, round.id, who.organisationId, who.personId, m.dimension, m.perspective, m.value]);
  for (const n of answered.narratives) {
    const nid = ++env.ids.narrative;
    const text = encryptField(keyring, { table: "narratives", column: "text", rowId: nid }, n.text);
    const putForward = answered.scope === "report" && rng.chance(0.1) ? 1 : 0;
    w.row("narratives", [
      nid,
      id,
      round.id,
      who.organisationId,
      n.question,
      n.dimension,
      text,
      languageOf(who.personId),
      answered.scope,
      putForward,
      submitted,
    ]);
  }
  for (const t of answered.ties)
    w.row("network_ties", [id, round.id, who.organisationId, t.otherOrgId, JSON.stringify(t.workedOn), t.howOften]);
}

/** One quarter's submissions of every partnership, in the order they arrive. */
function quarterTasks(env: Env, plan: AlliancePlan, rounds: RoundPlan[]): Task[] {
  const tasks: Task[] = [];
  const add = (round: RoundPlan, instrument: InstrumentName, pool: Cohort, count: number) => {
    for (const who of env.rng.sample(pool, count)) tasks.push({ round, instrument, who, at: momentIn(env.rng, round, env.now, 0.9) });
  };
  for (const round of rounds) {
    const quota = round.partnership.quotas[round.index];
    add(round, "partnership-view", round.partnership.viewPool, quota.view);
    add(round, "self-reflection", round.partnership.selfPool, quota.self);
    add(round, "collaboration-network", networkRespondents(plan, round.partnership), quota.network);
  }
  return tasks.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/**
 * Written quarter by quarter in time order, every partnership's answers interleaved as they would arrive:
 * a round's rows are spread over the file the way months of real use spread them, not packed together.
 */
export function writeResponses(env: Env, plan: AlliancePlan, rounds: RoundPlan[]) {
  const climates = new Map(plan.partnerships.map((p) => [p.id, makeClimate(env.rng)]));
  const quarters = Math.max(...rounds.map((r) => r.index)) + 1;
  for (let index = 0; index < quarters; index++) {
    for (const task of quarterTasks(
      env,
      plan,
      rounds.filter((r) => r.index === index),
    )) {
      const p = task.round.partnership;
      const climate = climates.get(p.id)!;
      // Listening improves a little over the rounds, so trends have something to show.
      const drift = (task.round.index - 6) * 0.04;
      const members = [...p.clos, ...p.ingos, ...p.funders];
      const answered =
        task.instrument === "partnership-view"
          ? communityView(env.rng, env.texts, climate, drift)
          : task.instrument === "self-reflection"
            ? selfReflection(env.rng, env.texts, climate, drift)
            : networkAnswers(
                env.rng,
                members.filter((id) => id !== task.who.organisationId),
              );
      writeOne(env, task, answered);
      env.w.unitDone();
    }
  }
  env.w.finish();
}
