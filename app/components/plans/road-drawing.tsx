import { useT } from "~/i18n/context";
import type { Milestone } from "~/models/plans/types";
import { ROAD_TEXT_X, ROAD_X_AXIS, layoutRoad } from "../../../reports/plan-drawings";

/**
 * The Road to Progress drawn on the server as inline SVG: one stop per milestone, its status in words beside
 * the marker (never colour alone), the actions under it; the list beside it holds the same items.
 */
export function RoadDrawing({ milestones, labelledBy }: { milestones: Milestone[]; labelledBy: string }) {
  const t = useT();
  const layout = layoutRoad(milestones.map((m) => ({ ...m, statusLabel: t(`plans.status.${m.status}`) })));
  if (layout.stops.length === 0) return null;
  return (
    <svg
      className="plan-drawing road-drawing"
      role="img"
      aria-labelledby={labelledBy}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      xmlns="http://www.w3.org/2000/svg"
    >
      <line className="plan-road" x1={layout.road.x} y1={layout.road.y1} x2={layout.road.x} y2={layout.road.y2} />
      {layout.stops.map((stop, i) => {
        const milestone = milestones[i];
        return (
          <g key={stop.key} className={`plan-stop plan-status-${stop.status}`} data-item={stop.key}>
            <title>{`${i + 1}. ${milestone.title} — ${t(`plans.status.${stop.status}`)}`}</title>
            <circle cx={ROAD_X_AXIS} cy={stop.cy} r={10} />
            <text x={ROAD_X_AXIS} y={stop.cy + 4} textAnchor="middle" className="plan-stop-number">
              {i + 1}
            </text>
            {groupLines(stop.lines).map((group, j) =>
              group.key && group.kind === "action" ? (
                <g key={j} data-item={group.key}>
                  <title>{`${t("plans.drawing.action")}: ${group.lines.map((l) => l.text).join(" ")}`}</title>
                  <Lines lines={group.lines} indent={12} />
                </g>
              ) : (
                <Lines key={j} lines={group.lines} indent={0} />
              ),
            )}
          </g>
        );
      })}
    </svg>
  );
}

type Line = { key: string | null; text: string; kind: "title" | "status" | "action"; y: number };

/** Consecutive lines of one item belong together (a wrapped action title is one action). */
function groupLines(lines: Line[]) {
  const groups: { key: string | null; kind: Line["kind"]; lines: Line[] }[] = [];
  for (const line of lines) {
    const last = groups.at(-1);
    if (last && last.key === line.key && last.kind === line.kind) last.lines.push(line);
    else groups.push({ key: line.key, kind: line.kind, lines: [line] });
  }
  return groups;
}

function Lines({ lines, indent }: { lines: Line[]; indent: number }) {
  return (
    <>
      {lines.map((l, i) => (
        <text key={i} x={ROAD_TEXT_X + indent} y={l.y} className={`plan-line plan-line-${l.kind}`}>
          {l.kind === "action" && i === 0 ? <tspan>→ </tspan> : null}
          <tspan data-words={l.key ?? undefined}>{l.text}</tspan>
        </text>
      ))}
    </>
  );
}
