// The chart.js configuration of a report chart, as plain JSON the server writes into the page: the report
// route ships no React, so public/scripts/report-charts.js hands this to chart.js after the page has
// loaded (ADR 013). Everything a chart looks like is decided here, in typed code; the script only draws.
import { SERIES_COLOURS, SERIES_DASHES, SERIES_POINTS, type ChartSpec } from "./chart-spec";

function datasets(spec: ChartSpec) {
  return spec.series.map((series, index) => {
    const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
    if (spec.kind === "bar") {
      // `stripes`: the script paints diagonal white stripes over the colour, so the second bar series
      // reads apart in greyscale too (chart.js ignores the unknown key).
      return {
        label: series.label,
        data: series.values,
        backgroundColor: colour,
        stripes: index % 2 === 1,
        borderColor: colour,
        borderWidth: 1,
      };
    }
    return {
      label: series.label,
      data: series.values,
      borderColor: colour,
      backgroundColor: colour,
      borderDash: SERIES_DASHES[index % SERIES_DASHES.length],
      pointStyle: SERIES_POINTS[index % SERIES_POINTS.length],
      pointRadius: 5,
      spanGaps: false,
    };
  });
}

export function chartConfig(spec: ChartSpec) {
  return {
    type: spec.kind,
    data: { labels: spec.labels, datasets: datasets(spec) },
    options: {
      // Drawn at once: a report is read, not watched, and print must not catch a chart mid-animation.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { position: "bottom", labels: { usePointStyle: spec.kind === "line" } } },
      scales: {
        y: {
          min: spec.axis.min,
          max: spec.axis.max,
          beginAtZero: spec.axis.min === undefined,
          title: { display: true, text: spec.axis.title },
          ticks: spec.axis.wholeNumbers ? { precision: 0 } : {},
        },
      },
    },
  };
}
