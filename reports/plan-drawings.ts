// Where each box of a goal tree and each stop of a Road to Progress goes on paper: pure layout, no I/O and no
// words of its own. The drawing components turn it into inline SVG; the list beside it holds the same items.
// Nothing is cut short: a long text wraps onto more lines and its box grows, so the drawing says all the list says.

export const LINE_HEIGHT = 16;
const PADDING = 8;

/** Words in lines of at most `width` characters; a word longer than a line is split. Never drops a character. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest.length > 0;) {
      const room = line ? width - line.length - 1 : width;
      if (rest.length <= room) {
        line = line ? `${line} ${rest}` : rest;
        rest = "";
      } else if (line) {
        lines.push(line);
        line = "";
      } else {
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
      }
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

export type TreeInput = { id: number; kind: string; text: string; children: TreeInput[] };
export type TreeBox = { key: string; id: number; kind: string; text: string; lines: string[]; x: number; y: number; w: number; h: number };
export type TreeLink = { from: string; to: string; d: string };
export type TreeLayout = { width: number; height: number; boxes: TreeBox[]; links: TreeLink[] };

const COLUMN = 200;
const COLUMN_GAP = 36;
const ROW_GAP = 12;
const TREE_CHARS = 26;

/** Columns left to right (problem, causes, goals, actions); each item level with the first of its children. */
export function layoutGoalTree(roots: TreeInput[]): TreeLayout {
  const boxes: TreeBox[] = [];
  const links: TreeLink[] = [];
  const place = (node: TreeInput, depth: number, top: number): number => {
    // The kind's name takes the first line of the box.
    const lines = wrapWords(node.text, TREE_CHARS);
    const box: TreeBox = {
      key: `${node.kind}:${node.id}`,
      id: node.id,
      kind: node.kind,
      text: node.text,
      lines,
      x: PADDING + depth * (COLUMN + COLUMN_GAP),
      y: top,
      w: COLUMN,
      h: (lines.length + 1) * LINE_HEIGHT + PADDING * 2,
    };
    boxes.push(box);
    let cursor = top;
    for (const child of node.children) {
      const childTop = cursor;
      cursor = place(child, depth + 1, cursor) + ROW_GAP;
      const x1 = box.x + box.w;
      const x2 = x1 + COLUMN_GAP;
      const mid = x1 + COLUMN_GAP / 2;
      links.push({ from: box.key, to: `${child.kind}:${child.id}`, d: `M${x1} ${top + 20}H${mid}V${childTop + 20}H${x2}` });
    }
    const childrenBottom = node.children.length ? cursor - ROW_GAP : top;
    return Math.max(top + box.h, childrenBottom);
  };
  let bottom = PADDING;
  for (const root of roots) bottom = place(root, 0, bottom) + ROW_GAP * 2;
  const depth = Math.max(0, ...boxes.map((b) => Math.round((b.x - PADDING) / (COLUMN + COLUMN_GAP))));
  return {
    width: PADDING * 2 + (depth + 1) * COLUMN + depth * COLUMN_GAP,
    height: Math.max(bottom - ROW_GAP * 2 + PADDING, 2 * PADDING),
    boxes,
    links,
  };
}

/** `statusLabel` is the status in the reader's words: the drawing never says it by colour alone. */
export type RoadInput = { id: number; title: string; status: string; statusLabel: string; actions: { id: number; title: string }[] };
export type RoadLine = { key: string | null; text: string; kind: "title" | "status" | "action"; y: number };
export type RoadStop = { key: string; id: number; status: string; y: number; cy: number; lines: RoadLine[] };
export type RoadLayout = { width: number; height: number; stops: RoadStop[]; road: { x: number; y1: number; y2: number } };

const ROAD_X = 24;
const TEXT_X = 56;
const ROAD_CHARS = 64;
const STOP_GAP = 20;

/** Milestones from top to bottom along one road; under each its title, its status and its actions. */
export function layoutRoad(milestones: RoadInput[]): RoadLayout {
  let y = PADDING;
  const stops = milestones.map((m): RoadStop => {
    const top = y;
    const lines: RoadLine[] = [];
    const add = (key: string | null, kind: RoadLine["kind"], text: string) =>
      wrapWords(text, kind === "action" ? ROAD_CHARS - 2 : ROAD_CHARS).forEach((line) => {
        y += LINE_HEIGHT;
        lines.push({ key, text: line, kind, y });
      });
    add(`milestone:${m.id}`, "title", m.title);
    add(null, "status", m.statusLabel);
    for (const a of m.actions) add(`action:${m.id}-${a.id}`, "action", a.title);
    y += STOP_GAP;
    return { key: `milestone:${m.id}`, id: m.id, status: m.status, y: top, cy: top + LINE_HEIGHT - 4, lines };
  });
  return {
    width: TEXT_X + ROAD_CHARS * 8 + PADDING,
    height: Math.max(y, 2 * PADDING),
    stops,
    road: { x: ROAD_X, y1: stops[0]?.cy ?? PADDING, y2: stops.at(-1)?.cy ?? PADDING },
  };
}

export const ROAD_TEXT_X = TEXT_X;
export const ROAD_X_AXIS = ROAD_X;
