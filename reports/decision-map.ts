import { DECISION_POSITIONS, DECISION_TOPICS, type DecisionPosition, type DecisionTopic, type Dimension } from "../surveys/dimensions";
import type { RoundInfo } from "./types";

/**
 * Who decides what (docs/decisions/022). Each organisation of the partnership answers once per round, for
 * itself: who actually decided each topic and who should. These are organisations' positions, named
 * openly like the network's ties, not people's ratings: they are shown at any n.
 */
export type DecisionSide = "ingo" | "community";

export interface DecisionOrganisation {
  id: number;
  name: string;
  side: DecisionSide;
}

/** One organisation's answer on one topic in one round (the loader keeps one answer per organisation). */
export interface DecisionRow {
  roundId: number;
  organisationId: number;
  topic: string;
  actual: DecisionPosition | null;
  desired: DecisionPosition | null;
}

export interface DecisionView {
  organisation: string;
  side: DecisionSide;
  actual: DecisionPosition | null;
  desired: DecisionPosition | null;
  /** Steps from the actual to the desired: positive = the community organisation should decide more. */
  distance: number | null;
}

/** The INGO's view of the actual beside one community organisation's: another perception gap. */
export interface DecisionGap {
  organisation: string;
  ingoActual: DecisionPosition | null;
  communityActual: DecisionPosition | null;
  /** Steps the INGO places the decision nearer the community than the community does (negative: further). */
  gap: number | null;
  /** Whether the two answers differ at all: also when one of them is the funder, which has no steps. */
  differs: boolean | null;
}

export interface DecisionTrendPoint {
  round: string;
  /** Mean steps between the INGO's and each community organisation's actual (absolute). */
  gap: number | null;
  /** Mean steps between actual and desired over the organisations that answered both (absolute). */
  distance: number | null;
}

export interface DecisionTopicSection {
  topic: DecisionTopic;
  dimension: Dimension;
  views: DecisionView[];
  gaps: DecisionGap[];
  trend: DecisionTrendPoint[];
}

export interface DecisionMap {
  /** Organisations that answered in the report's round, by name. */
  answered: string[];
  topics: DecisionTopicSection[];
}

export interface DecisionMapInput {
  organisations: readonly DecisionOrganisation[];
  rows: readonly DecisionRow[];
}

/** 1 (the INGO alone) … 5 (the community organisation alone); the funder has no place on that line. */
export function positionStep(position: DecisionPosition | null): number | null {
  if (position === null || position === "funder") return null;
  return DECISION_POSITIONS.indexOf(position) + 1;
}

const stepsBetween = (from: DecisionPosition | null, to: DecisionPosition | null) => {
  const a = positionStep(from);
  const b = positionStep(to);
  return a === null || b === null ? null : b - a;
};

function meanAbsolute(values: (number | null)[]): number | null {
  const shown = values.filter((v): v is number => v !== null);
  return shown.length ? shown.reduce((sum, v) => sum + Math.abs(v), 0) / shown.length : null;
}

type RoundAnswers = Map<string, DecisionRow>;
const key = (organisationId: number, topic: string) => `${organisationId}|${topic}`;

function viewsOf(orgs: readonly DecisionOrganisation[], answers: RoundAnswers, topic: string): DecisionView[] {
  return orgs.flatMap((org) => {
    const row = answers.get(key(org.id, topic));
    if (!row) return [];
    return [
      { organisation: org.name, side: org.side, actual: row.actual, desired: row.desired, distance: stepsBetween(row.actual, row.desired) },
    ];
  });
}

function gapsOf(orgs: readonly DecisionOrganisation[], answers: RoundAnswers, topic: string): DecisionGap[] {
  const ingo = orgs.filter((org) => org.side === "ingo").map((org) => answers.get(key(org.id, topic))?.actual ?? null);
  // One INGO per partnership; should there be several, the first that answered speaks for the INGO side.
  const ingoActual = ingo.find((position) => position !== null) ?? null;
  return orgs
    .filter((org) => org.side === "community")
    .map((org) => {
      const communityActual = answers.get(key(org.id, topic))?.actual ?? null;
      const both = ingoActual !== null && communityActual !== null;
      const ingoStep = positionStep(ingoActual);
      const communityStep = positionStep(communityActual);
      return {
        organisation: org.name,
        ingoActual,
        communityActual,
        gap: ingoStep === null || communityStep === null ? null : ingoStep - communityStep,
        differs: both ? ingoActual !== communityActual : null,
      };
    });
}

/** Rounds oldest first, ending with the report's round (the joint report passes them in that order). */
export function buildDecisionMap(input: DecisionMapInput, rounds: readonly RoundInfo[]): DecisionMap {
  const byRound = new Map<number, RoundAnswers>();
  for (const row of input.rows) {
    const answers = byRound.get(row.roundId) ?? new Map();
    answers.set(key(row.organisationId, row.topic), row);
    byRound.set(row.roundId, answers);
  }
  const current = rounds[rounds.length - 1];
  const now = byRound.get(current?.id ?? -1) ?? new Map();
  const answeredIds = new Set([...now.values()].map((row) => row.organisationId));
  return {
    answered: input.organisations.filter((org) => answeredIds.has(org.id)).map((org) => org.name),
    topics: DECISION_TOPICS.map(({ topic, dimension }) => ({
      topic,
      dimension,
      views: viewsOf(input.organisations, now, topic),
      gaps: gapsOf(input.organisations, now, topic),
      trend: rounds.map((round) => {
        const answers = byRound.get(round.id) ?? new Map();
        return {
          round: round.label,
          gap: meanAbsolute(gapsOf(input.organisations, answers, topic).map((g) => g.gap)),
          distance: meanAbsolute(viewsOf(input.organisations, answers, topic).map((v) => v.distance)),
        };
      }),
    })),
  };
}
