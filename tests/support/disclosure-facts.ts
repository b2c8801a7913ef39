// What the exports publish about each distribution, read from their rows: shown figures, hidden ones
// (with what their marker says), means as intervals (the exports round to 3 decimals), and the means a
// gap or a prediction error gives away when the other mean is shown. Rows of every export the reader
// holds are merged: a trend point in a later report is one more fact about an earlier round.
import type { PublishedRow } from "./disclosure-solver";

/** What a marker says about a hidden figure: the old exports told small (1..k−1) from the others. */
export type Marker = "uniform" | "fewer_than_k" | "complementary";
export type Fact = { kind: "shown"; value: number } | { kind: "hidden"; marker: Marker };
type Interval = [number, number];

export interface Distribution {
  key: string;
  cells: (Fact | undefined)[];
  groups: Record<string, Fact>;
  n?: Fact;
  dontKnow?: Fact;
  /** The mean lies in one of these; undefined when nothing is known about it. */
  mean?: Interval[];
}

const ROUNDING = 0.0005 + 1e-9;
const SIDE_FIGURE = /^(community|ingo_self|ingo_prediction)\.(rating_[1-5]|disagree|neither|agree|dont_know|mean|n)$/;
const TREND_MEANS: Record<string, string> = { community_mean: "community", ingo_self_mean: "ingo_self" };

function factOf(row: PublishedRow): Fact | undefined {
  if (row.suppressed === "true") {
    if (/^fewer than/.test(row.note)) return { kind: "hidden", marker: "fewer_than_k" };
    if (/^hidden so that/.test(row.note)) return { kind: "hidden", marker: "complementary" };
    return { kind: "hidden", marker: "uniform" };
  }
  return row.value === "" ? undefined : { kind: "shown", value: Number(row.value) };
}

const around = (value: number): Interval => [value - ROUNDING, value + ROUNDING];

function intersect(a: Interval[] | undefined, b: Interval[]): Interval[] {
  if (!a) return b;
  const out: Interval[] = [];
  for (const [aLo, aHi] of a)
    for (const [bLo, bHi] of b) if (Math.max(aLo, bLo) <= Math.min(aHi, bHi)) out.push([Math.max(aLo, bLo), Math.min(aHi, bHi)]);
  return merged(out);
}

/** The same union with overlapping intervals merged, so repeated relations do not multiply them. */
function merged(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  for (const [lo, hi] of sorted) {
    const last = out[out.length - 1];
    if (last && lo <= last[1]) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

/** Every distribution the rows say something about, keyed round | dimension | organisation | side. */
export function distributionsOf(rows: readonly PublishedRow[]): Distribution[] {
  const byKey = new Map<string, Distribution>();
  const get = (key: string) => {
    let d = byKey.get(key);
    if (!d) byKey.set(key, (d = { key, cells: [undefined, undefined, undefined, undefined, undefined], groups: {} }));
    return d;
  };
  const base = (row: PublishedRow) => `${row.round}|${row.dimension}|${row.organisation}`;
  const addMean = (d: Distribution, row: PublishedRow) => {
    const fact = factOf(row);
    if (fact?.kind === "shown") d.mean = intersect(d.mean, [around(fact.value)]);
    if (row.n !== "") d.n = { kind: "shown", value: Number(row.n) };
  };
  const relations: { kind: "gap" | "error"; base: string; value: number }[] = [];
  for (const row of rows) {
    const side = SIDE_FIGURE.exec(row.figure);
    if (side) {
      const d = get(`${base(row)}|${side[1]}`);
      const [, , item] = side;
      const fact = factOf(row);
      if (item === "mean") addMean(d, row);
      else if (item === "n") d.n = fact ?? d.n;
      else if (item === "dont_know") d.dontKnow = fact;
      else if (item.startsWith("rating_")) d.cells[Number(item.slice(7)) - 1] = fact;
      else if (fact) d.groups[item] = fact;
    } else if (row.section === "trends" && TREND_MEANS[row.figure]) {
      addMean(get(`${base(row)}|${TREND_MEANS[row.figure]}`), { ...row, n: "" });
    } else if (row.section === "listening" && row.figure === "felt_heard_mean") {
      addMean(get(`${base(row)}|felt_heard`), row);
    } else if ((row.figure === "gap" || row.figure === "prediction_error") && row.suppressed !== "true" && row.value !== "") {
      relations.push({ kind: row.figure === "gap" ? "gap" : "error", base: base(row), value: Number(row.value) });
    }
  }
  for (let pass = 0; pass < 2; pass += 1) for (const relation of relations) applyRelation(relation, get);
  return [...byKey.values()];
}

/** gap = self − community; error = |prediction − community|: a shown side and the relation bound the other. */
function applyRelation(relation: { kind: "gap" | "error"; base: string; value: number }, get: (key: string) => Distribution): void {
  const community = get(`${relation.base}|community`);
  const other = get(`${relation.base}|${relation.kind === "gap" ? "ingo_self" : "ingo_prediction"}`);
  const [lo, hi] = around(relation.value);
  if (relation.kind === "gap") {
    if (other.mean)
      community.mean = intersect(
        community.mean,
        other.mean.map(([a, b]) => [a - hi, b - lo] as Interval),
      );
    if (community.mean)
      other.mean = intersect(
        other.mean,
        community.mean.map(([a, b]) => [a + lo, b + hi] as Interval),
      );
    return;
  }
  const spread = (mean: Interval[]) =>
    mean.flatMap(([a, b]): Interval[] => [
      [a - hi, b - lo],
      [a + lo, b + hi],
    ]);
  if (other.mean) community.mean = intersect(community.mean, spread(other.mean));
  if (community.mean) other.mean = intersect(other.mean, spread(community.mean));
}
