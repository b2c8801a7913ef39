// The chart.js configuration the server writes into the report page: plain JSON (the page ships no React,
// a plain script draws it), every series told apart by more than colour, and the axis as the spec says.
import { chartConfig } from "../../../app/components/charts/chart-config";
import type { ChartSpec } from "../../../app/components/charts/chart-spec";

const bars: ChartSpec = {
  kind: "bar",
  labels: ["1", "2", "3"],
  series: [
    { label: "Community", values: [1, null, 3] },
    { label: "INGO", values: [0, 2, 5] },
  ],
  axis: { min: 0, title: "People", wholeNumbers: true },
};

describe("chart configuration", () => {
  it("survives JSON unchanged, so the server can write it into a data attribute", () => {
    const config = chartConfig(bars);
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
  });

  it("stripes the second bar series and keeps the axis and whole-number ticks", () => {
    const config = chartConfig(bars);
    expect(config.data.datasets.map((set) => ("stripes" in set ? set.stripes : undefined))).toEqual([false, true]);
    expect(config.options.scales.y).toMatchObject({ min: 0, beginAtZero: false, title: { text: "People" }, ticks: { precision: 0 } });
    expect(config.options.animation).toBe(false);
  });

  it("gives each line its own dash and point shape", () => {
    const config = chartConfig({ ...bars, kind: "line", axis: { min: 1, max: 5, title: "Mean" } });
    const [first, second] = config.data.datasets as { borderDash: number[]; pointStyle: string }[];
    expect(first.borderDash).not.toEqual(second.borderDash);
    expect(first.pointStyle).not.toBe(second.pointStyle);
    expect(config.options.plugins.legend.labels.usePointStyle).toBe(true);
  });
});
