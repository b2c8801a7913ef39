// The layout of goal trees and roads: nothing cut short, every item placed once, no box over another.
import fc from "fast-check";
import { layoutGoalTree, layoutRoad, wrapWords, type TreeInput } from "../../../reports/plan-drawings";

const bare = (s: string) => s.replace(/\s+/g, "");

describe("wrapWords", () => {
  it("keeps every character, in order, in lines no longer than asked", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 4, max: 40 }), (text, width) => {
        const lines = wrapWords(text, width);
        expect(bare(lines.join(""))).toBe(bare(text));
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      }),
    );
  });

  it("breaks between words where it can", () => {
    expect(wrapWords("Both sides plan the year together", 12)).toEqual(["Both sides", "plan the", "year", "together"]);
    expect(wrapWords("", 10)).toEqual([""]);
  });
});

const node = (id: number, kind: string, text: string, children: TreeInput[] = []): TreeInput => ({ id, kind, text, children });

const overlap = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe("layoutGoalTree", () => {
  const tree = [
    node(1, "problem", "We hear of decisions after they are made", [
      node(2, "cause", "Meetings are called at short notice, always by the INGO alone and never with the collectives", [
        node(3, "goal", "Both sides plan from the start", [
          node(4, "action", "Invite both collectives"),
          node(5, "action", "Share the agenda early"),
        ]),
      ]),
      node(6, "cause", "Only the INGO sees the whole budget", [node(7, "goal", "Every partner reads the same budget")]),
    ]),
    node(8, "problem", "Stipends come late"),
  ];

  it("places every item once, a column further right for each level, each level with its first child", () => {
    const layout = layoutGoalTree(tree);
    expect(layout.boxes.map((b) => b.key)).toEqual([
      "problem:1",
      "cause:2",
      "goal:3",
      "action:4",
      "action:5",
      "cause:6",
      "goal:7",
      "problem:8",
    ]);
    const box = (key: string) => layout.boxes.find((b) => b.key === key)!;
    expect(box("cause:2").x).toBeGreaterThan(box("problem:1").x);
    expect(box("action:4").x).toBeGreaterThan(box("goal:3").x);
    expect(box("cause:2").y).toBe(box("problem:1").y);
    expect(layout.links.map((l) => `${l.from}>${l.to}`)).toHaveLength(6);
    for (const b of layout.boxes) {
      expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
    }
  });

  it("never puts one box over another, however long the words", () => {
    const long = (id: number, kind: string, children: TreeInput[] = []) => node(id, kind, "word ".repeat(id * 7), children);
    const layout = layoutGoalTree([long(1, "problem", [long(2, "cause"), long(3, "cause", [long(4, "goal")])]), long(5, "problem")]);
    for (const a of layout.boxes) for (const b of layout.boxes) if (a !== b) expect(overlap(a, b), `${a.key} over ${b.key}`).toBe(false);
  });

  it("is empty for an empty tree", () => {
    expect(layoutGoalTree([]).boxes).toEqual([]);
  });
});

describe("layoutRoad", () => {
  it("puts the milestones in order down the road, each with its title, status in words and actions", () => {
    const layout = layoutRoad([
      { id: 1, title: "At the planning table", status: "reached", statusLabel: "reached", actions: [{ id: 9, title: "Invite both" }] },
      { id: 2, title: "The budget is open ".repeat(6), status: "under_way", statusLabel: "under way", actions: [] },
      {
        id: 3,
        title: "Trained by the community",
        status: "planned",
        statusLabel: "planned",
        actions: [
          { id: 4, title: "Training" },
          { id: 5, title: "Visit" },
        ],
      },
    ]);
    expect(layout.stops.map((s) => s.key)).toEqual(["milestone:1", "milestone:2", "milestone:3"]);
    const ys = layout.stops.flatMap((s) => s.lines.map((l) => l.y));
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(new Set(ys).size).toBe(ys.length);
    expect(layout.stops[0].lines.map((l) => [l.kind, l.text])).toEqual([
      ["title", "At the planning table"],
      ["status", "reached"],
      ["action", "Invite both"],
    ]);
    expect(layout.stops[2].lines.filter((l) => l.kind === "action").map((l) => l.key)).toEqual(["action:3-4", "action:3-5"]);
    expect(
      bare(
        layout.stops[1].lines
          .filter((l) => l.kind === "title")
          .map((l) => l.text)
          .join(""),
      ),
    ).toBe(bare("The budget is open ".repeat(6)));
    expect(layout.road.y1).toBe(layout.stops[0].cy);
    expect(layout.road.y2).toBe(layout.stops[2].cy);
    expect(Math.max(...ys)).toBeLessThanOrEqual(layout.height);
  });
});
