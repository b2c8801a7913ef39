// The collaboration network as an SVG drawn on the server: it needs no JavaScript, prints as vectors, and
// shows exactly the nodes and ties of the table beside it. Kind is told by shape as well as colour (the
// legend names each shape); each organisation is named.
import type { NetworkEdge, NetworkNode } from "../../../reports/network";
import { SERIES_COLOURS } from "./chart-spec";

const WIDTH = 640;
const HEIGHT = 320;
const RADIUS_X = 170;
const RADIUS_Y = 105;
const NODE = 11;
/** Viewbox units: 26 of 640 is about 12.5 px when the picture is 310 px wide on a 360 px phone. */
const NUMBER_SIZE = 26;

const KIND_COLOUR: Record<NetworkNode["kind"], string> = {
  community_led: SERIES_COLOURS[0],
  ingo: SERIES_COLOURS[1],
  funder: SERIES_COLOURS[2],
  other: SERIES_COLOURS[3],
};

export function Shape({ kind, x, y }: { kind: NetworkNode["kind"]; x: number; y: number }) {
  const colour = KIND_COLOUR[kind];
  if (kind === "community_led") return <circle cx={x} cy={y} r={NODE} fill={colour} stroke="#1b1b1b" />;
  if (kind === "ingo") return <rect x={x - NODE} y={y - NODE} width={NODE * 2} height={NODE * 2} fill={colour} stroke="#1b1b1b" />;
  if (kind === "funder")
    return (
      <polygon
        points={`${x},${y - NODE - 2} ${x + NODE + 2},${y} ${x},${y + NODE + 2} ${x - NODE - 2},${y}`}
        fill={colour}
        stroke="#1b1b1b"
      />
    );
  return <polygon points={`${x},${y - NODE - 2} ${x + NODE + 2},${y + NODE} ${x - NODE - 2},${y + NODE}`} fill={colour} stroke="#1b1b1b" />;
}

/** Organisations around an ellipse, in the table's order, so picture and table read the same way round. */
export function layout(nodes: readonly NetworkNode[]) {
  return new Map(
    nodes.map((node, index) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(nodes.length, 1);
      return [node.id, { x: WIDTH / 2 + RADIUS_X * Math.cos(angle), y: HEIGHT / 2 + RADIUS_Y * Math.sin(angle), angle }];
    }),
  );
}

export function NetworkPicture({
  nodes,
  edges,
  title,
  tableId,
}: {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  title: string;
  tableId: string;
}) {
  const at = layout(nodes);
  return (
    <svg
      className="network-picture"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="network-picture-title"
      aria-describedby={tableId}
    >
      <title id="network-picture-title">{title}</title>
      {edges.map((edge) => {
        const from = at.get(edge.fromOrgId);
        const to = at.get(edge.toOrgId);
        return from && to ? (
          <line key={`${edge.fromOrgId}-${edge.toOrgId}`} x1={from.x} y1={from.y} x2={to.x} y2={to.y} stroke="#555" strokeWidth={2} />
        ) : null;
      })}
      {nodes.map((node, index) => {
        const place = at.get(node.id)!;
        // Labels go above the upper half and below the lower half, centred, so they stay inside the frame.
        const above = Math.sin(place.angle) < -0.01;
        return (
          <g key={node.id}>
            <Shape kind={node.kind} x={place.x} y={place.y} />
            {/* The number is big enough to read on a 360 px phone, where the picture is drawn at half size;
                the list under the picture names each number. Names join it where the picture is wide. */}
            <text
              x={place.x}
              y={above ? place.y - NODE - 8 : place.y + NODE + 26}
              textAnchor="middle"
              fontSize={NUMBER_SIZE}
              fontWeight={700}
              fill="#1b1b1b"
              stroke="#fff"
              strokeWidth={5}
              paintOrder="stroke"
            >
              {index + 1}
              <tspan className="network-name" fontSize={14} fontWeight={400}>
                {` ${node.name} (${node.ties})`}
              </tspan>
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** One shape per organisation kind, named in the page's language by the caller. */
export function KindIcon({ kind }: { kind: NetworkNode["kind"] }) {
  return (
    <svg className="kind-icon" viewBox="-14 -14 28 28" width="18" height="18" aria-hidden="true">
      <Shape kind={kind} x={0} y={0} />
    </svg>
  );
}
