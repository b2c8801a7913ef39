// What a report chart draws, as plain data: the same numbers the table beside it shows.
import { isSuppressed, shownNumber, type Figure } from "../../../reports/figure-value";

export type ChartSeries = { label: string; values: (number | null)[] };

export type ChartSpec = {
  kind: "bar" | "line";
  labels: string[];
  series: ChartSeries[];
  /** The value axis: counts start at 0; means run 1–5; shares are drawn as percentages. */
  axis: { min?: number; max?: number; title: string; wholeNumbers?: boolean };
};

/**
 * Okabe–Ito colours, told apart with every common colour-vision deficiency. Colour is never the only
 * cue: bars of the second series are striped, lines differ in dash and point shape, and every series
 * is named in the legend and in the table.
 */
export const SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"] as const;
export const SERIES_POINTS = ["circle", "triangle", "rect", "rectRot", "star", "crossRot"] as const;
export const SERIES_DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3], [4, 4], [1, 2]];

/** One side of a comparison (the community, the INGO about itself): its figures in each form it comes in. */
export type ChartSide = { label: string; forms: Figure[][] };

/** Why a comparison chart draws nothing: the page says it under the chart and in the table's caption. */
export type NoChartReason = "hidden_one_side" | "hidden_every_side" | "no_answers";

export type ChartChoice = { draw: true; form: number; spec: ChartSpec } | { draw: false; reason: NoChartReason };

const whole = (figures: Figure[]) => figures.length > 0 && figures.every((figure) => !isSuppressed(figure));

/**
 * Bars of every side in one form, or none. `formLabels[i]` names the bars of form i (the five ratings,
 * then the three groups a small cell is published in); the first form every side shows whole is drawn.
 * When some side is hidden in every form, nothing is drawn: the other side's bars alone would read as if
 * the hidden side had given no answers.
 */
export function comparisonBars(sides: ChartSide[], formLabels: string[][], axis: ChartSpec["axis"]): ChartChoice {
  const form = formLabels.findIndex((_labels, index) => sides.every((side) => whole(side.forms[index] ?? [])));
  if (form === -1) {
    const hidden = sides.filter((side) => !formLabels.some((_labels, index) => whole(side.forms[index] ?? [])));
    return { draw: false, reason: hidden.length === sides.length ? "hidden_every_side" : "hidden_one_side" };
  }
  const series = sides.map((side) => ({ label: side.label, values: side.forms[form].map((figure) => shownNumber(figure)) }));
  if (!series.some((s) => s.values.some((value) => value !== null && value > 0))) return { draw: false, reason: "no_answers" };
  return { draw: true, form, spec: { kind: "bar", labels: formLabels[form], series, axis } };
}

/**
 * Lines that compare sides round by round: a round where any line is hidden is left out of every line,
 * so no side's point stands alone beside a gap the reader would take for "no answers".
 */
export function pairedLineValues(lines: Figure[][]): Figure[][] {
  const hiddenAt = (index: number) => lines.some((line) => isSuppressed(line[index]));
  return lines.map((line) => line.map((figure, index) => (hiddenAt(index) ? null : figure)));
}
