// The only module that imports chart.js. Loaded lazily from ChartCanvas after hydration, so its weight is
// paid on report pages alone; only the parts the report uses are registered.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from "chart.js";
import { SERIES_COLOURS, SERIES_DASHES, SERIES_POINTS, type ChartSpec } from "./chart-spec";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

/** Diagonal white stripes over the series colour: the second bar series reads apart in greyscale too. */
function stripes(colour: string): CanvasPattern | string {
  const tile = document.createElement("canvas");
  tile.width = tile.height = 8;
  const ctx = tile.getContext("2d");
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = "rgba(255,255,255,0.85)";
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(0, 8);
  ctx.lineTo(8, 0);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  return ctx.createPattern(tile, "repeat") ?? colour;
}

function datasets(spec: ChartSpec) {
  return spec.series.map((series, index) => {
    const colour = SERIES_COLOURS[index % SERIES_COLOURS.length];
    if (spec.kind === "bar") {
      return {
        label: series.label,
        data: series.values,
        backgroundColor: index % 2 === 1 ? stripes(colour) : colour,
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

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart {
  const config = {
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
  } as ChartConfiguration;
  return new Chart(canvas, config);
}
