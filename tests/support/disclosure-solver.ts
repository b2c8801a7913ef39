// The attacker of docs/security.md 6.1: a reader with every export of a partnership (CSV and JSON, all
// rounds), who knows k and solves equations. For every distribution the exports publish (read back from
// their TEXT, not from the report object) it enumerates every whole-number distribution consistent with
// everything published about it, and reports each hidden figure that takes only one value.
import { parse } from "csv-parse/sync";
import { distributionsOf, type Distribution, type Fact } from "./disclosure-facts";

export type { Distribution };

export interface PublishedRow {
  section: string;
  figure: string;
  dimension: string;
  organisation: string;
  round: string;
  value: string;
  n: string;
  suppressed: string;
  note: string;
}

export const rowsFromCsv = (text: string): PublishedRow[] => parse(text, { columns: true, bom: true }) as PublishedRow[];

export function rowsFromJson(text: string): PublishedRow[] {
  const figures = (JSON.parse(text) as { figures: Record<string, unknown>[] }).figures;
  return figures.map(
    (row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, String(value)])) as unknown as PublishedRow,
  );
}

/** A hidden (or, for an unpublished cell, 1..k−1) figure that takes one value only. */
export interface Pinned {
  distribution: string;
  figure: string;
  value: number;
}

export interface AttackResult {
  distributions: number;
  /** Hidden figures examined (cells, groups, n). */
  hiddenFigures: number;
  pinned: Pinned[];
}

const GROUPS: Record<string, readonly number[]> = { disagree: [0, 1], neither: [2], agree: [3, 4] };

/**
 * Visits every 5-vector of counts consistent with the facts until `visit` answers true; `cap` bounds n
 * when n is not shown (a hidden n is free long before: 0 and 1 person already differ).
 */
export function eachSolution(d: Distribution, k: number, visit: (x: readonly number[]) => boolean, cap = 3 * k + 5): void {
  const nShown = d.n?.kind === "shown" ? d.n.value : undefined;
  const low = nShown ?? 0;
  const high = nShown ?? cap;
  for (let total = low; total <= high; total += 1) {
    if (!admits(d.n, total, k)) continue;
    if (walk(d, k, total, [], visit)) return;
  }
}

function walk(d: Distribution, k: number, left: number, prefix: number[], visit: (x: readonly number[]) => boolean): boolean {
  const index = prefix.length;
  if (index === 4) {
    const x = [...prefix, left];
    return consistent(d, k, x) && visit(x);
  }
  const fact = d.cells[index];
  const from = fact?.kind === "shown" ? fact.value : 0;
  const to = fact?.kind === "shown" ? Math.min(fact.value, left) : left;
  for (let value = from; value <= to; value += 1) {
    if (fact && !admits(fact, value, k)) continue;
    if (walk(d, k, left - value, [...prefix, value], visit)) return true;
  }
  return false;
}

function consistent(d: Distribution, k: number, x: readonly number[]): boolean {
  if (!admits(d.cells[4], x[4], k)) return false;
  for (const [group, members] of Object.entries(GROUPS))
    if (
      !admits(
        d.groups[group],
        members.reduce((s, i) => s + x[i], 0),
        k,
      )
    )
      return false;
  const total = x.reduce((a, b) => a + b, 0);
  if (d.mean) {
    if (total === 0) return false;
    const mean = x.reduce((s, count, i) => s + (i + 1) * count, 0) / total;
    if (!d.mean.some(([lo, hi]) => mean >= lo - 1e-9 && mean <= hi + 1e-9)) return false;
  }
  return true;
}

/** Whether a figure can be `value`: shown figures exactly, hidden ones by what their marker says. */
function admits(fact: Fact | undefined, value: number, k: number): boolean {
  if (!fact) return true;
  if (fact.kind === "shown") return fact.value === value;
  if (fact.marker === "fewer_than_k") return value >= 1 && value < k;
  if (fact.marker === "complementary") return value === 0 || value >= k;
  return true;
}

/** The hidden figures of a distribution as functions of the counts, with the rule each must meet. */
function hiddenFiguresOf(d: Distribution): { figure: string; of: (x: readonly number[]) => number; smallOnly: boolean }[] {
  const figures: { figure: string; of: (x: readonly number[]) => number; smallOnly: boolean }[] = [];
  const unpublished = d.cells.every((cell) => cell === undefined) && Object.keys(d.groups).length === 0;
  d.cells.forEach((cell, i) => {
    // Cells never published (a mean alone): only a pinned 1..k−1 points at someone.
    if (unpublished) figures.push({ figure: `rating_${i + 1}`, of: (x) => x[i], smallOnly: true });
    else if (cell?.kind === "hidden") figures.push({ figure: `rating_${i + 1}`, of: (x) => x[i], smallOnly: false });
  });
  for (const [group, members] of Object.entries(GROUPS))
    if (d.groups[group]?.kind === "hidden")
      figures.push({ figure: group, of: (x) => members.reduce((s, i) => s + x[i], 0), smallOnly: false });
  if (d.n?.kind === "hidden") figures.push({ figure: "n", of: (x) => x.reduce((a, b) => a + b, 0), smallOnly: false });
  return figures;
}

/** The hidden figures of one distribution that take one value only (enumeration stops once all are free). */
export function pinnedIn(d: Distribution, k: number): Pinned[] {
  const figures = hiddenFiguresOf(d);
  if (figures.length === 0) return [];
  // A mean with no n and no cell (a trend point alone) pins nothing: any solution doubled fits too.
  if (d.n === undefined && d.cells.every((cell) => cell === undefined) && Object.keys(d.groups).length === 0) return [];
  const seen = figures.map(() => new Set<number>());
  let any = false;
  eachSolution(d, k, (x) => {
    any = true;
    figures.forEach((figure, i) => {
      if (seen[i].size < 2) seen[i].add(figure.of(x));
    });
    return seen.every((values) => values.size >= 2);
  });
  // No distribution fits what is published: the solver misreads the exports; fail loudly.
  if (!any) throw new Error(`no distribution fits what is published about ${d.key}`);
  return figures.flatMap((figure, i) => {
    if (seen[i].size !== 1) return [];
    const [value] = seen[i];
    return !figure.smallOnly || (value >= 1 && value < k) ? [{ distribution: d.key, figure: figure.figure, value }] : [];
  });
}

/** The attack over everything published: every export of the partnership, merged. */
export function attack(rows: readonly PublishedRow[], k: number): AttackResult {
  const distributions = distributionsOf(rows);
  const result: AttackResult = { distributions: distributions.length, hiddenFigures: 0, pinned: [] };
  for (const d of distributions) {
    result.hiddenFigures += hiddenFiguresOf(d).filter((figure) => !figure.smallOnly).length;
    result.pinned.push(...pinnedIn(d, k));
  }
  return result;
}
