// Realistic, deterministic answers for the demo rounds. The INGO rates itself high where communities
// rate it low (decisions, money, listening), guesses the community's view well on some dimensions and
// badly on others, and both sides sometimes answer "don't know".
import { DIMENSIONS, type Dimension } from "../../surveys/dimensions";
import { COMMUNITY_EXAMPLES, INGO_EXAMPLES, REFLECTIONS } from "./round-texts";

export type Rng = () => number;

/** mulberry32: a tiny seeded generator, so every demo database holds the same answers. */
export function seededRandom(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

type Profile = Record<Dimension, number>;

// Mean ratings on the 1–5 scale, first past round; the second shifts by TREND.
const COMMUNITY: Profile = {
  decisions: 2.2,
  agenda: 2.7,
  money: 2.0,
  knowledge: 3.4,
  listening: 2.5,
  respect: 3.8,
  transparency: 2.6,
  accountability: 2.4,
  trust: 3.5,
  independence: 3.0,
  visibility: 3.1,
};
const INGO_SELF: Profile = {
  decisions: 4.4,
  agenda: 3.9,
  money: 4.3,
  knowledge: 4.0,
  listening: 4.6,
  respect: 4.3,
  transparency: 4.0,
  accountability: 3.6,
  trust: 4.1,
  independence: 3.5,
  visibility: 3.8,
};
// Close to the community on respect, trust and knowledge; far off on decisions, money and listening.
const INGO_PREDICTION: Profile = {
  decisions: 4.0,
  agenda: 3.3,
  money: 3.9,
  knowledge: 3.4,
  listening: 4.1,
  respect: 3.8,
  transparency: 3.2,
  accountability: 2.9,
  trust: 3.4,
  independence: 3.2,
  visibility: 3.3,
};
const TREND: Partial<Record<Dimension, number>> = { listening: 0.5, transparency: 0.6, accountability: 0.3 };

/** A whole rating whose mean over many people is `mean`, with now and then a stronger opinion either way. */
function rating(rng: Rng, mean: number): number {
  let value = Math.floor(mean + rng());
  const spread = rng();
  if (spread < 0.1) value -= 1;
  else if (spread > 0.9) value += 1;
  return Math.min(5, Math.max(1, value));
}

const shifted = (profile: Profile, dimension: Dimension, round: number) => profile[dimension] + (round > 0 ? (TREND[dimension] ?? 0) : 0);

// Taken in turn by the (shuffled) respondents, so every scope occurs in every round.
const CONSENT = ["partners", "community", "report", "partners", "report", "community", "partners"] as const;

/** Examples already written in this round: two people never write the very same sentence. */
export type UsedTexts = Set<string>;

function freshText(rng: Rng, texts: readonly string[], used: UsedTexts): string | null {
  const left = texts.filter((text) => !used.has(text));
  if (left.length === 0) return null;
  const text = pick(rng, left);
  used.add(text);
  return text;
}

function rate(answers: Record<string, unknown>, rng: Rng, name: string, mean: number, dontKnow: number) {
  if (rng() < dontKnow) answers[`${name}_na`] = true;
  else answers[name] = rating(rng, mean);
}

export function communityAnswers(rng: Rng, language: string, round: number, used: UsedTexts, turn: number): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const texts = COMMUNITY_EXAMPLES[language === "sw" ? "sw" : "en"];
  for (const dimension of DIMENSIONS) {
    rate(answers, rng, dimension, shifted(COMMUNITY, dimension, round), 0.07);
    if (rng() < 0.3) {
      const text = freshText(rng, texts[dimension], used);
      if (text) answers[`${dimension}_example`] = text;
    }
  }
  answers.consent = CONSENT[turn % CONSENT.length];
  return answers;
}

// The INGO sees its work with the first partner (Tumaini) a little rosier than with the second (Pamoja), so the
// report's per-organisation view has something to show; the two together keep the profiles above.
const PARTNER_SHIFT = [0.25, -0.25];

/** The self-reflection, asked per community partner: `<dimension>_self__<orgId>` and `<dimension>_prediction__<orgId>`. */
export function ingoAnswers(rng: Rng, round: number, used: UsedTexts, partnerIds: readonly number[]): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const dimension of DIMENSIONS) {
    partnerIds.forEach((id, index) =>
      rate(answers, rng, `${dimension}_self__${id}`, INGO_SELF[dimension] + (PARTNER_SHIFT[index] ?? 0), 0.03),
    );
    // The INGO learns a little between rounds: its guesses move towards what it was told.
    const prediction = shifted(INGO_PREDICTION, dimension, round) - (round > 0 ? 0.2 : 0);
    partnerIds.forEach((id, index) => rate(answers, rng, `${dimension}_prediction__${id}`, prediction + (PARTNER_SHIFT[index] ?? 0), 0.1));
    if (rng() < 0.25) {
      const text = freshText(rng, INGO_EXAMPLES[dimension], used);
      if (text) answers[`${dimension}_example`] = text;
    }
  }
  for (const [prompt, texts] of Object.entries(REFLECTIONS)) {
    if (rng() < 0.6) {
      const text = freshText(rng, texts, used);
      if (text) answers[prompt] = text;
    }
  }
  answers.consent = pick(rng, ["partners", "report"] as const);
  return answers;
}

/** The first page only: someone who started and has not sent yet. */
export function firstPageOnly(answers: Record<string, unknown>): Record<string, unknown> {
  const firstPage = ["decisions", "agenda", "money"];
  return Object.fromEntries(Object.entries(answers).filter(([name]) => firstPage.some((d) => name.startsWith(d))));
}

export type Tie = { workedOn: string[]; howOften: string } | null;

/** Collaboration-network answers: one "did you work together" per other organisation, with what and how often. */
export function networkAnswers(ties: Map<number, Tie>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const [orgId, tie] of ties) {
    answers[`worked_together__${orgId}`] = tie !== null;
    if (tie) {
      if (tie.workedOn.length) answers[`worked_on__${orgId}`] = tie.workedOn;
      answers[`how_often__${orgId}`] = tie.howOften;
    }
  }
  return answers;
}
