// A report chart: the server writes an empty canvas carrying its chart.js configuration; the report page's
// plain script draws it once the page has loaded (ADR 013). The numbers are always in the table the canvas
// names, so the page reads the same before, without and after the drawing.
import { chartConfig } from "./chart-config";
import type { ChartSpec } from "./chart-spec";

type Props = { spec: ChartSpec; label: string; tableId: string; fallback: string };

export function ChartCanvas({ spec, label, tableId, fallback }: Props) {
  return (
    <div className="chart-box">
      <canvas
        role="img"
        aria-label={label}
        aria-describedby={tableId}
        data-chart={spec.kind}
        data-chart-config={JSON.stringify(chartConfig(spec))}
      >
        {fallback}
      </canvas>
    </div>
  );
}
