// The partnership's plans in the demo, drawn by both sides through the models (so the history shows both):
// a goal tree for the theme "Working together", its actions the demo's own, and a Road to Progress of four
// milestones, the first reached, the second under way, the last two ahead.
import { and, eq } from "drizzle-orm";
import { actions, themes } from "../../db/schema";
import { db } from "../models/platform/context.server";
import { getPerson, type Person } from "../models/people/people.server";
import { addGoalItem, editGoalItem, goalTreeEditorOf } from "../models/plans/goal-tree.server";
import { planEditorOf } from "../models/plans/plan-editor.server";
import { addMilestone, editMilestone, linkMilestoneAction } from "../models/plans/road.server";
import type { GoalItemKind, MilestoneStatus } from "../models/plans/types";
import type { DemoContext } from "./context";

export const DEMO_TREE_THEME = "Working together";

type Branch = { cause: string; goal: string; action: string };

const PROBLEM = "The collectives hear of the programme's decisions after they are made";
const BRANCHES: Branch[] = [
  {
    cause: "Planning meetings are called at short notice",
    goal: "Both collectives help plan from the start",
    action: "Invite both community partners",
  },
  { cause: "Only GHP sees the whole budget", goal: "Every partner reads the same budget", action: "Share the whole programme budget" },
  { cause: "Late stipends make peer educators leave", goal: "Peer educators are paid on time", action: "Pay peer educators' stipends" },
];

const ROAD: { title: string; status: MilestoneStatus; action: string }[] = [
  { title: "Both collectives sit at the planning table", status: "reached", action: "Invite both community partners" },
  { title: "The whole budget is open to every partner", status: "under_way", action: "Share the whole programme budget" },
  { title: "Clinic staff trained by the community", status: "planned", action: "Community-led training for clinic staff" },
  {
    title: "The county health office meets the collectives directly",
    status: "planned",
    action: "Joint visit to the county health office",
  },
];

function demoActionId(demo: DemoContext, titleStart: string): number {
  const all = db()
    .select({ id: actions.id, title: actions.title })
    .from(actions)
    .where(eq(actions.partnershipId, demo.partnershipId))
    .all();
  const found = all.find((a) => a.title.startsWith(titleStart));
  if (!found) throw new Error(`demo action "${titleStart}" missing`);
  return found.id;
}

/** Every author edits as the plans' own check lets them: the demo's people are all its editors. */
function editor<T>(found: T | null): T {
  if (!found) throw new Error("demo plan editor refused");
  return found;
}

function added(outcome: ReturnType<typeof addGoalItem>): number {
  if (outcome === "not_found" || !outcome.ok) throw new Error(`demo plan refused: ${JSON.stringify(outcome)}`);
  return outcome.id;
}

export function seedDemoPlans(demo: DemoContext) {
  const as = (email: string): Person => getPerson(demo.people[email])!;
  const otieno = as("otieno@tumaini.example");
  const sanne = as("sanne@ghp.example");
  const wanjiru = as("wanjiru@pamoja.example");
  const theme = db()
    .select({ id: themes.id })
    .from(themes)
    .where(and(eq(themes.partnershipId, demo.partnershipId), eq(themes.name, DEMO_TREE_THEME)))
    .get();
  if (!theme) throw new Error(`demo theme "${DEMO_TREE_THEME}" missing`);
  const inTree = (person: Person) => editor(goalTreeEditorOf(person, demo.partnershipId, theme.id));
  const onRoad = (person: Person) => editor(planEditorOf(person, demo.partnershipId));
  const add = (person: Person, kind: GoalItemKind, parentId: number | null, text: string | null, actionId: number | null = null) =>
    added(addGoalItem(inTree(person), { kind, parentId, text, actionId }));

  const problem = add(otieno, "problem", null, PROBLEM);
  const causes = BRANCHES.map((b, i) => {
    const author = i === 1 ? sanne : i === 2 ? wanjiru : otieno;
    const cause = add(author, "cause", problem, b.cause);
    const goal = add(author, "goal", cause, b.goal);
    add(i === 0 ? sanne : author, "action", goal, null, demoActionId(demo, b.action));
    return cause;
  });
  // The INGO sharpened a cause the community wrote: the history shows both words and both sides.
  editGoalItem(inTree(sanne), {
    itemId: causes[0],
    text: "Planning meetings are called at short notice, by GHP alone",
    was: BRANCHES[0].cause,
  });

  ROAD.forEach((m, i) => {
    const author = i % 2 === 0 ? sanne : otieno;
    const made = addMilestone(onRoad(author), { title: m.title, status: "planned" });
    if (made === "not_found" || !made.ok) throw new Error("demo milestone refused");
    linkMilestoneAction(onRoad(author), made.id, demoActionId(demo, m.action));
    if (m.status !== "planned") {
      editMilestone(onRoad(i === 0 ? wanjiru : otieno), {
        milestoneId: made.id,
        title: m.title,
        was: m.title,
        status: m.status,
      });
    }
  });
}
