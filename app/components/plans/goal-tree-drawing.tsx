import { useT } from "~/i18n/context";
import type { GoalNode } from "~/models/plans/types";
import { LINE_HEIGHT, layoutGoalTree } from "../../../reports/plan-drawings";

/**
 * The goal tree drawn on the server as inline SVG: one box per item, with its kind, its words and a <title>;
 * the list beside it holds the same items (what the drawing shows, a reader without sight or script reads there).
 */
export function GoalTreeDrawing({ problems, labelledBy }: { problems: GoalNode[]; labelledBy: string }) {
  const t = useT();
  const layout = layoutGoalTree(problems);
  if (layout.boxes.length === 0) return null;
  return (
    <svg
      className="plan-drawing goal-tree-drawing"
      role="img"
      aria-labelledby={labelledBy}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      xmlns="http://www.w3.org/2000/svg"
    >
      {layout.links.map((l) => (
        <path key={`${l.from}>${l.to}`} className="plan-link" d={l.d} fill="none" />
      ))}
      {layout.boxes.map((b) => (
        <g key={b.key} className={`plan-box plan-${b.kind}`} data-item={b.key}>
          <title>{`${t(`plans.kind.${b.kind}`)}: ${b.text}`}</title>
          <rect x={b.x} y={b.y} width={b.w} height={b.h} rx={6} />
          <text x={b.x + 8} y={b.y + 8}>
            <tspan className="plan-kind" x={b.x + 8} dy={LINE_HEIGHT - 4}>
              {t(`plans.kind.${b.kind}`)}
            </tspan>
            {b.lines.map((line, i) => (
              <tspan key={i} className="plan-words" data-words={b.key} x={b.x + 8} dy={LINE_HEIGHT}>
                {line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
    </svg>
  );
}
