import type { Dimension } from "../surveys/dimensions";
import type { Figure } from "./figure-value";
import type { RoundInfo } from "./types";

/**
 * The facts of power beside the perceptions (docs/decisions/023). The INGO enters each fact per round and
 * community organisation; that organisation's coordinator confirms it or disputes it with its own value.
 * Facts describe named organisations, not people's answers: shown at any n, and only where the report is.
 */
export const POWER_FACTS = [
  { fact: "budget_share", dimension: "money", kind: "percent" },
  { fact: "overhead_rate", dimension: "money", kind: "percent" },
  { fact: "days_to_payment", dimension: "money", kind: "count" },
  { fact: "proposal_drafted_by", dimension: "agenda", kind: "choice" },
  { fact: "funder_meetings", dimension: "visibility", kind: "count" },
  { fact: "decisions_could_refuse", dimension: "decisions", kind: "count" },
] as const satisfies readonly { fact: string; dimension: Dimension; kind: "percent" | "count" | "choice" }[];

export type PowerFactKind = (typeof POWER_FACTS)[number]["fact"];

/** Who drafted the last proposal: the one fact that is a choice, not a number. */
export const PROPOSAL_DRAFTERS = ["community", "ingo", "together"] as const;

export const isPowerFactKind = (value: unknown): value is PowerFactKind => POWER_FACTS.some((f) => f.fact === value);

export type FactStatus = "confirmed" | "disputed" | "awaiting";

export interface PowerFactRow {
  roundId: number;
  organisationId: number;
  organisationName: string;
  fact: PowerFactKind;
  /** As entered: a number written out ("8", "12.5") or a choice ("together"). */
  value: string;
  verdict: "confirmed" | "disputed" | null;
  /** The community organisation's own value when it disputes the INGO's. */
  communityValue: string | null;
}

export interface FactTrendPoint {
  round: string;
  value: string | null;
  status: FactStatus | null;
  communityValue: string | null;
}

export interface PowerFactLine {
  fact: PowerFactKind;
  organisation: string;
  value: string;
  status: FactStatus;
  communityValue: string | null;
  trend: FactTrendPoint[];
}

export interface PowerFactsSection {
  dimension: Dimension;
  /** The perception of the dimension as the report shows it (already suppressed under k). */
  communityMean: Figure;
  ingoSelfMean: Figure;
  facts: PowerFactLine[];
}

export type PerceptionOf = (dimension: Dimension) => { communityMean: Figure; ingoSelfMean: Figure };

const statusOf = (row: PowerFactRow): FactStatus => row.verdict ?? "awaiting";

/** The report round's facts, grouped under their dimension, each with its values over the earlier rounds. */
export function buildPowerFacts(
  rows: readonly PowerFactRow[],
  perception: PerceptionOf,
  rounds: readonly RoundInfo[],
): PowerFactsSection[] {
  const current = rounds[rounds.length - 1];
  const find = (roundId: number, organisationId: number, fact: PowerFactKind) =>
    rows.find((row) => row.roundId === roundId && row.organisationId === organisationId && row.fact === fact);
  const now = rows.filter((row) => row.roundId === current?.id);
  const organisations = [...new Map(now.map((row) => [row.organisationId, row.organisationName])).entries()].sort((a, b) =>
    a[1].localeCompare(b[1]),
  );
  const sections: PowerFactsSection[] = [];
  for (const { fact, dimension } of POWER_FACTS) {
    const lines = organisations.flatMap(([organisationId, organisation]): PowerFactLine[] => {
      const row = find(current.id, organisationId, fact);
      if (!row) return [];
      const trend = rounds.map((round) => {
        const then = find(round.id, organisationId, fact);
        return {
          round: round.label,
          value: then?.value ?? null,
          status: then ? statusOf(then) : null,
          communityValue: then?.communityValue ?? null,
        };
      });
      return [{ fact, organisation, value: row.value, status: statusOf(row), communityValue: row.communityValue, trend }];
    });
    if (!lines.length) continue;
    const section = sections.find((s) => s.dimension === dimension);
    if (section) section.facts.push(...lines);
    else sections.push({ dimension, ...perception(dimension), facts: lines });
  }
  return sections;
}
