// What a report chart draws, as plain data: the same numbers the table beside it shows.

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
