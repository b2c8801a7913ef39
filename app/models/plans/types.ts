// View types of the goal tree and Road to Progress pages; components and the drawings import them type-only.
export type GoalItemKind = "problem" | "cause" | "goal" | "action";
export type MilestoneStatus = "planned" | "under_way" | "reached" | "stuck";

/** An action of the partnership as the plans show it: its title, owner and status, linked to its page. */
export interface PlanAction {
  id: number;
  title: string;
  owner: string;
  status: string;
}

/** One node of a goal tree; an action node carries the action it links to instead of words of its own. */
export interface GoalNode {
  id: number;
  kind: GoalItemKind;
  text: string;
  action: PlanAction | null;
  children: GoalNode[];
}

export interface Milestone {
  id: number;
  position: number;
  title: string;
  status: MilestoneStatus;
  actions: PlanAction[];
}

/** One line of a plan's history: who (a name only where the reader may see that organisation's people). */
export interface PlanChange {
  id: number;
  at: string;
  person: string | null;
  organisation: string;
  change: string;
  subject: string;
  item: string | null;
  before: string | null;
  after: string | null;
}

export interface PlanPageBase {
  partnership: { id: number; name: string };
  /** Community partners' people and INGO staff edit; the facilitator reads. */
  mayEdit: boolean;
  /** The partnership's actions, for linking. */
  actions: PlanAction[];
  history: PlanChange[];
  formToken: string;
}

export interface GoalTreePageData extends PlanPageBase {
  theme: { id: number; name: string };
  problems: GoalNode[];
}

export interface GoalTreeListData {
  partnership: { id: number; name: string };
  themes: { id: number; name: string; items: number }[];
}

export interface RoadPageData extends PlanPageBase {
  milestones: Milestone[];
}
