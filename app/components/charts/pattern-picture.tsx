// The pattern view drawn on the server (docs/decisions/029): a grid of rows (dimensions, or organisations)
// by columns (feelings, or who held the power), each shown count a circle whose area grows with it. A hidden
// count is drawn as the same small dashed ring whatever it hides, and never sized: the picture must say no
// more than the table beside it (ADR 012).
import type { Count } from "../../../reports/story-patterns";
import { SERIES_COLOURS } from "./chart-spec";

const ROW = 30;
const COLUMN = 56;
const LABEL = 150;
const HEAD = 34;
const MAX_RADIUS = 13;

export type PatternRow = { label: string; cells: Count[] };

export function PatternPicture({
  title,
  columns,
  rows,
  tableId,
}: {
  title: string;
  columns: string[];
  rows: PatternRow[];
  tableId: string;
}) {
  const width = LABEL + COLUMN * columns.length;
  const height = HEAD + ROW * rows.length;
  const largest = Math.max(1, ...rows.flatMap((row) => row.cells.map((cell) => (typeof cell === "number" ? cell : 0))));
  return (
    <svg
      className="pattern-picture"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${tableId}-picture`}
      aria-describedby={tableId}
    >
      <title id={`${tableId}-picture`}>{title}</title>
      {columns.map((column, c) => (
        <text key={column} x={LABEL + COLUMN * c + COLUMN / 2} y={HEAD - 12} textAnchor="middle" className="pattern-head">
          {column}
        </text>
      ))}
      {rows.map((row, r) => {
        const y = HEAD + ROW * r + ROW / 2;
        return (
          <g key={row.label}>
            <text x={LABEL - 8} y={y + 4} textAnchor="end" className="pattern-label">
              {row.label}
            </text>
            {row.cells.map((cell, c) => {
              const x = LABEL + COLUMN * c + COLUMN / 2;
              if (typeof cell !== "number") return <circle key={c} cx={x} cy={y} r={4} fill="none" stroke="#555" strokeDasharray="2 2" />;
              if (cell === 0) return <circle key={c} cx={x} cy={y} r={1.5} fill="#999" />;
              return <circle key={c} cx={x} cy={y} r={Math.max(3, MAX_RADIUS * Math.sqrt(cell / largest))} fill={SERIES_COLOURS[0]} />;
            })}
          </g>
        );
      })}
    </svg>
  );
}
