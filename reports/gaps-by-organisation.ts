import { DIMENSIONS, type Dimension } from "../surveys/dimensions";
import { isSuppressed, suppressedFigure, type Figure } from "./figure-value";
import { GAP_FLAG_THRESHOLD } from "./perception-gap";
import { pinsSmallCell } from "./pinned-cells";
import { RATING_GROUPS, RATINGS, type Rating } from "./rating-views";
import type { DimensionSection } from "./report-shape";

/*
 * The perception gap per community organisation, beside the pooled one (the report's own per-dimension
 * gap). A partnership with two community organisations pools both in the community mean, and the INGO
 * used to rate both as one; since the self-reflection asks about each partner, each can be compared.
 *
 * Disclosure (docs/decisions, "per-organisation view"): per dimension the breakdown is shown for every
 * organisation or for none. Shown, it needs for each organisation both sides with at least k people and a
 * mean that pins no small cell, and the pooled means shown: with one organisation hidden and the pooled
 * figure and the others shown, the hidden one is the pooled one minus the others.
 */

/** Respondents per answer (value null = "don't know"), counted by the loading layer for the report's round. */
export interface OrganisationCountRow {
  /** Community side: the respondent's organisation. INGO side: the organisation rated; null = the pooled form. */
  organisationId: number | null;
  dimension: string;
  value: number | null;
  respondents: number;
}

export interface OrganisationViewsInput {
  /** The partnership's community organisations, in the order the report lists them. */
  organisations: readonly { id: number; name: string }[];
  community: readonly OrganisationCountRow[];
  ingoSelf: readonly OrganisationCountRow[];
}

export interface SideFigure {
  mean: Figure;
  n: Figure;
}

export interface OrganisationGap {
  organisationId: number;
  organisationName: string;
  community: SideFigure;
  ingoSelf: SideFigure;
  /** INGO self-view of this organisation minus this organisation's community mean. */
  gap: Figure;
  flagged: boolean;
}

export interface DimensionByOrganisation {
  dimension: Dimension;
  organisations: OrganisationGap[];
}

export interface GapsByOrganisation {
  organisations: { id: number; name: string }[];
  /** Empty when the partnership has fewer than two community organisations: the pooled view is theirs. */
  perDimension: DimensionByOrganisation[];
}

interface RawSide {
  mean: number | null;
  /** People with a 1..5 rating ("don't know" left out, as in every mean of the report). */
  n: number;
}

function side(rows: readonly OrganisationCountRow[], organisationId: number | null, dimension: string): RawSide {
  let n = 0;
  let sum = 0;
  for (const row of rows) {
    if (row.organisationId !== organisationId || row.dimension !== dimension) continue;
    if (row.value === null || !(RATINGS as readonly number[]).includes(row.value)) continue;
    n += row.respondents;
    sum += row.value * row.respondents;
  }
  return { mean: n === 0 ? null : sum / n, n };
}

/** May this mean show? n ≥ k, and n and the mean pin no small cell, given the ratings nobody in the pool gave. */
function showable(view: RawSide, k: number, ratings: readonly Rating[]): boolean {
  if (view.mean === null || view.n < k) return false;
  const sum = Math.round(view.mean * view.n);
  return !pinsSmallCell(ratings, view.n, sum, k);
}

/**
 * Ratings the pooled community view does not show as 0 (a single rating, or its group): an organisation's
 * answers lie among them, which narrows what its n and mean could stand for.
 */
function possibleRatings(section: DimensionSection): Rating[] {
  const { distribution, groups } = section.gap.community;
  const emptyGroups = new Set(groups.filter((cell) => cell.count === 0).map((cell) => cell.group));
  const groupOf = (rating: Rating) => RATING_GROUPS.find((group) => (group.ratings as readonly Rating[]).includes(rating))!.group;
  return distribution.filter((cell) => cell.count !== 0 && !emptyGroups.has(groupOf(cell.rating))).map((cell) => cell.rating);
}

/** Whether a pooled view hides any single rating, group or "don't know" count. */
function hidesACell(view: DimensionSection["gap"]["community"]): boolean {
  return [...view.distribution, ...view.groups].some((cell) => isSuppressed(cell.count)) || isSuppressed(view.dontKnow);
}

// Every hidden figure looks the same, whatever hid it (docs/decisions/012).
const hiddenSide = (k: number): SideFigure => ({ mean: suppressedFigure(k), n: suppressedFigure(k) });

function dimensionBreakdown(input: OrganisationViewsInput, section: DimensionSection, k: number): DimensionByOrganisation {
  const { dimension } = section;
  const raw = input.organisations.map((organisation) => ({
    organisation,
    community: side(input.community, organisation.id, dimension),
    ingoSelf: side(input.ingoSelf, organisation.id, dimension),
  }));
  const ratings = possibleRatings(section);
  const enough = raw.map((row) => showable(row.community, k, ratings) && showable(row.ingoSelf, k, RATINGS));
  // Answers to the pooled form in the same round sit in the pooled INGO mean but in no organisation's:
  // a few of them could be worked out from the difference, so they must be none or at least k.
  const pooledForm = side(input.ingoSelf, null, dimension).n;
  const pooledShown = typeof section.gap.community.mean === "number" && typeof section.gap.ingoSelf.mean === "number";
  // Only beside a pooled view with nothing hidden: an organisation's n and mean, set against shown groups of
  // the pool, could otherwise narrow a hidden cell of the pool (pooled = the sum of the organisations).
  const nothingHidden = !hidesACell(section.gap.community) && !hidesACell(section.gap.ingoSelf);
  const all = pooledShown && nothingHidden && (pooledForm === 0 || pooledForm >= k) && enough.every(Boolean);
  return {
    dimension,
    organisations: raw.map((row) => {
      const base = { organisationId: row.organisation.id, organisationName: row.organisation.name };
      if (!all) {
        const hidden = hiddenSide(k);
        return { ...base, community: hidden, ingoSelf: hidden, gap: hidden.mean, flagged: false };
      }
      const gap = row.ingoSelf.mean! - row.community.mean!;
      return {
        ...base,
        community: row.community,
        ingoSelf: row.ingoSelf,
        gap,
        flagged: Math.abs(gap) >= GAP_FLAG_THRESHOLD - 1e-9,
      };
    }),
  };
}

/**
 * The per-organisation gaps of the report's round, suppressed with k against the report's pooled
 * per-dimension sections (already suppressed): pure, like every builder in reports/.
 */
export function gapsByOrganisation(input: OrganisationViewsInput, pooled: readonly DimensionSection[], k: number): GapsByOrganisation {
  const organisations = input.organisations.map(({ id, name }) => ({ id, name }));
  if (organisations.length < 2) return { organisations, perDimension: [] };
  const sections = new Map(pooled.map((section) => [section.dimension, section]));
  return {
    organisations,
    perDimension: DIMENSIONS.flatMap((dimension) => {
      const section = sections.get(dimension);
      return section ? [dimensionBreakdown(input, section, k)] : [];
    }),
  };
}
