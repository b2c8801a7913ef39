// A chart drawn in the browser after hydration. The server sends an empty canvas; chart.js is fetched
// only here, on the first report chart of a page. The numbers are always in the table the canvas names.
import { useEffect, useRef } from "react";
import type { ChartSpec } from "./chart-spec";

type Props = { spec: ChartSpec; label: string; tableId: string; fallback: string };

export function ChartCanvas({ spec, label, tableId, fallback }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify(spec);
  useEffect(() => {
    let chart: { destroy(): void } | null = null;
    let cancelled = false;
    import("./draw-chart").then(({ drawChart }) => {
      if (!cancelled && canvas.current) chart = drawChart(canvas.current, JSON.parse(key) as ChartSpec);
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [key]);
  return (
    <div className="chart-box">
      <canvas ref={canvas} role="img" aria-label={label} aria-describedby={tableId} data-chart={spec.kind}>
        {fallback}
      </canvas>
    </div>
  );
}
