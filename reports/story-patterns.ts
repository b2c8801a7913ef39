import { DIMENSIONS, type Dimension } from "../surveys/dimensions";
import { suppressedFigure, type Suppressed } from "./figure-value";
import { suppressTable, type SuppressedTable, type TableCell } from "./suppress-table";

/*
 * What the stories say, together (docs/decisions/029): the tellers' own signification added up — per
 * dimension, how many stories touch it and how they felt; per organisation, who held the power. A pattern
 * view like SenseMaker's, over stories the loading layer already passed through the consent rule.
 * Every count is of stories, so of people: each is hidden under k, with the one marker (ADR 012).
 */

/** One story's signification, as its teller gave it; nothing of its words. */
export interface PatternStory {
  organisationId: number;
  organisationName: string;
  dimensions: readonly string[];
  /** How it felt, 1 (not heard) … 5 (heard); null when the teller left it. */
  felt: number | null;
  power: "us" | "them" | "shared" | null;
}

export const FEELINGS = ["1", "2", "3", "4", "5", "not_said"] as const;
export type Feeling = (typeof FEELINGS)[number];
export const POWER_HOLDERS = ["us", "them", "shared", "not_said"] as const;
export type PowerHolder = (typeof POWER_HOLDERS)[number];

export type Count = number | Suppressed;

export interface DimensionPattern {
  dimension: Dimension;
  /** Stories that touch the dimension. */
  stories: Count;
  felt: { feeling: Feeling; stories: Count }[];
}

export interface PowerPattern {
  organisationName: string;
  stories: Count;
  power: { holder: PowerHolder; stories: Count }[];
}

export interface StoryPatterns {
  k: number;
  /** All stories counted: the sum of the organisations' rows, so hidden with them as one table. */
  stories: Count;
  perDimension: DimensionPattern[];
  powerByOrganisation: PowerPattern[];
}

const feelingOf = (felt: number | null): Feeling =>
  felt !== null && felt >= 1 && felt <= 5 ? (String(Math.round(felt)) as Feeling) : "not_said";

function countCells<K extends string>(keys: readonly K[], values: readonly K[]): TableCell<K, number>[] {
  return keys.map((key) => {
    const count = values.filter((value) => value === key).length;
    return { key, count, value: count };
  });
}

/**
 * suppressTable's hiding, made all or nothing: when any cell of a table is hidden, every cell is. A reader who
 * knows the rule learns too much from what stays shown beside hidden cells — a zero left shown says each hidden
 * cell that is no complement holds at least one (three stories in three hidden cells are one each), and the
 * fixed order complements are picked in can leave a single arrangement that would have been published this
 * way. With every cell hidden, any arrangement with a small cell is published alike; the total stays shown
 * from k on (tests/unit/reports/story-patterns.test.ts searches every arrangement, rule in hand).
 */
export function suppressCounts<K>(cells: readonly TableCell<K, number>[], total: number, k: number): SuppressedTable<K, number> {
  const table = suppressTable(cells, total, k);
  if (!table.cells.some((cell) => typeof cell.count !== "number")) return table;
  return { ...table, cells: cells.map((cell) => ({ key: cell.key, count: suppressedFigure(k), value: suppressedFigure(k) })) };
}

/**
 * The pattern view, suppressed. Three kinds of table, each through suppressCounts (all or nothing) so a hidden
 * cell cannot be rebuilt from its table's total and shown cells:
 * - per dimension, the feelings of the stories that touch it (total: those stories);
 * - the organisations' story counts (total: all stories) — an organisation's count hidden hides its row;
 * - per organisation whose count is shown, who held the power (total: its stories).
 * No column total is published: with it, a hidden cell could be rebuilt down a column.
 */
export function buildStoryPatterns(
  organisations: readonly { id: number; name: string }[],
  told: readonly PatternStory[],
  k: number,
): StoryPatterns {
  // Every organisation whose stories could be counted is listed, with none too: listing only those with a
  // story would tell that each listed one has at least one, and that pins small hidden counts.
  const listed = new Set(organisations.map((org) => org.id));
  const stories = told.filter((story) => listed.has(story.organisationId));
  const perDimension = DIMENSIONS.map((dimension): DimensionPattern => {
    const touching = stories.filter((story) => story.dimensions.includes(dimension));
    const table = suppressCounts(
      countCells(
        FEELINGS,
        touching.map((story) => feelingOf(story.felt)),
      ),
      touching.length,
      k,
    );
    return { dimension, stories: table.total, felt: table.cells.map((cell) => ({ feeling: cell.key, stories: cell.count })) };
  });

  const ofOrganisation = organisations.map((org) => stories.filter((story) => story.organisationId === org.id));
  const totals = suppressCounts(
    ofOrganisation.map((own, index) => ({ key: index, count: own.length, value: own.length })),
    stories.length,
    k,
  );
  const powerByOrganisation = organisations.map(({ name: organisationName }, index): PowerPattern => {
    const shown = totals.cells[index].count;
    const holders = ofOrganisation[index].map((story) => story.power ?? "not_said");
    if (typeof shown !== "number") {
      const hidden = totals.cells[index].count;
      return { organisationName, stories: hidden, power: POWER_HOLDERS.map((holder) => ({ holder, stories: hidden })) };
    }
    const table = suppressCounts(countCells(POWER_HOLDERS, holders), shown, k);
    return { organisationName, stories: shown, power: table.cells.map((cell) => ({ holder: cell.key, stories: cell.count })) };
  });
  return { k, stories: totals.total, perDimension, powerByOrganisation };
}
