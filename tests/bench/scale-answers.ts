// The answers one respondent gives, in the shape the instruments store them (SurveyJS data), and the rows
// derive-rows.ts / deriveNetworkTies would make of them. No survey-core per response: it is built to match.
import { DIMENSIONS, type Perspective } from "../../surveys/dimensions";
import { ratingNear, type Rng } from "./scale-rng";
import type { Texts } from "./scale-texts";

export type Scope = "community" | "partners" | "report";
export type Metric = { dimension: string; perspective: Perspective; value: number | null };
export type Narrative = { question: string; dimension: string | null; text: string };
export type Tie = { otherOrgId: number; workedOn: string[]; howOften: string };
export type Answered = { answers: Record<string, unknown>; metrics: Metric[]; narratives: Narrative[]; ties: Tie[]; scope: Scope };

const WORKED_ON = ["services", "referrals", "advocacy", "training", "funding"];
const HOW_OFTEN = ["once", "monthly", "weekly", "daily"];
const EXAMPLE_SHARE = 0.02;
const NOT_APPLICABLE_SHARE = 0.06;

export function pickScope(rng: Rng): Scope {
  const x = rng.next();
  return x < 0.4 ? "community" : x < 0.75 ? "partners" : "report";
}

/** Where a partnership's community and INGO ratings sit per dimension: the gaps the report shows. */
export type Climate = { community: number[]; self: number[]; prediction: number[] };

export function makeClimate(rng: Rng): Climate {
  const community = DIMENSIONS.map(() => 1.8 + rng.next() * 2.4);
  return {
    community,
    self: community.map((c) => Math.min(5, c + rng.next() * 1.6)),
    prediction: community.map((c) => Math.min(5, c + rng.next() * 1.0 - 0.2)),
  };
}

function rate(
  rng: Rng,
  answers: Record<string, unknown>,
  metrics: Metric[],
  name: string,
  dimension: string,
  perspective: Perspective,
  centre: number,
) {
  if (rng.chance(NOT_APPLICABLE_SHARE)) {
    answers[`${name}_na`] = true;
    metrics.push({ dimension, perspective, value: null });
  } else {
    const value = ratingNear(rng, centre);
    answers[name] = value;
    metrics.push({ dimension, perspective, value });
  }
}

function example(rng: Rng, texts: Texts, answers: Record<string, unknown>, narratives: Narrative[], dimension: string) {
  if (!rng.chance(EXAMPLE_SHARE)) return;
  const text = texts.example();
  answers[`${dimension}_example`] = text;
  narratives.push({ question: `${dimension}_example`, dimension, text });
}

export function communityView(rng: Rng, texts: Texts, climate: Climate, drift: number): Answered {
  const answers: Record<string, unknown> = {};
  const metrics: Metric[] = [];
  const narratives: Narrative[] = [];
  DIMENSIONS.forEach((d, i) => {
    rate(rng, answers, metrics, d, d, "community", climate.community[i] + drift);
    example(rng, texts, answers, narratives, d);
  });
  const scope = pickScope(rng);
  answers.consent = scope;
  return { answers, metrics, narratives, ties: [], scope };
}

export function selfReflection(rng: Rng, texts: Texts, climate: Climate, drift: number): Answered {
  const answers: Record<string, unknown> = {};
  const metrics: Metric[] = [];
  const narratives: Narrative[] = [];
  DIMENSIONS.forEach((d, i) => {
    rate(rng, answers, metrics, `${d}_self`, d, "ingo_self", climate.self[i]);
    rate(rng, answers, metrics, `${d}_prediction`, d, "ingo_prediction", climate.prediction[i] + drift);
    example(rng, texts, answers, narratives, d);
  });
  for (const question of ["reflection_changed_plan", "reflection_surprised", "reflection_expertise"]) {
    if (!rng.chance(0.2)) continue;
    const text = texts.reflection();
    answers[question] = text;
    narratives.push({ question, dimension: null, text });
  }
  const scope = pickScope(rng);
  answers.consent = scope;
  return { answers, metrics, narratives, ties: [], scope };
}

export function networkAnswers(rng: Rng, otherOrgIds: number[]): Answered {
  const answers: Record<string, unknown> = {};
  const ties: Tie[] = [];
  for (const id of otherOrgIds) {
    const worked = rng.chance(0.5);
    answers[`worked_together__${id}`] = worked;
    if (!worked) continue;
    const tie = { otherOrgId: id, workedOn: rng.sample(WORKED_ON, rng.int(1, 2)), howOften: rng.pick(HOW_OFTEN) };
    answers[`worked_on__${id}`] = tie.workedOn;
    answers[`how_often__${id}`] = tie.howOften;
    ties.push(tie);
  }
  return { answers, metrics: [], narratives: [], ties, scope: "community" };
}
