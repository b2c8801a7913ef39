// The partnership's own plans, the two tools of participatory action research: a goal tree per theme
// (problem → causes → goals → the actions that serve them) and a Road to Progress (milestones in order, each
// with its status and the actions under it). Both are edited by the community partners and the INGO
// together; every edit leaves a row in plan_changes (docs/decisions/028). They describe the partnership's
// work, never a person: no story's words belong here, so nothing is sealed.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { createdAt } from "./schema-columns";
import { organisations, partnerships, people } from "./schema-people";
import { actions, themes } from "./schema-listening";

export const goalItemKinds = ["problem", "cause", "goal", "action"] as const;

// One node of a theme's goal tree. A problem has no parent, a cause hangs under a problem, a goal under a
// cause, an action under a goal; an action node is a link to a real action and has no words of its own.
export const goalTreeItems = sqliteTable(
  "goal_tree_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: goalItemKinds }).notNull(),
    parentId: integer("parent_id").references((): AnySQLiteColumn => goalTreeItems.id, { onDelete: "cascade" }),
    text: text("text"),
    actionId: integer("action_id").references(() => actions.id, { onDelete: "cascade" }),
    createdBy: integer("created_by")
      .notNull()
      .references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("goal_tree_items_theme").on(t.themeId),
    check("goal_tree_item_words_or_action", sql`(${t.kind} = 'action') = (${t.actionId} is not null and ${t.text} is null)`),
  ],
);

export const milestoneStatuses = ["planned", "under_way", "reached", "stuck"] as const;

// A milestone of the partnership's Road to Progress; position orders the road (1 is the first step).
export const roadMilestones = sqliteTable(
  "road_milestones",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    status: text("status", { enum: milestoneStatuses }).notNull().default("planned"),
    createdBy: integer("created_by")
      .notNull()
      .references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [index("road_milestones_partnership").on(t.partnershipId, t.position)],
);

export const roadMilestoneActions = sqliteTable(
  "road_milestone_actions",
  {
    milestoneId: integer("milestone_id")
      .notNull()
      .references(() => roadMilestones.id, { onDelete: "cascade" }),
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.milestoneId, t.actionId] })],
);

export const planTools = ["goal_tree", "road"] as const;
export const planChangeKinds = ["added", "edited", "removed", "status", "moved", "linked", "unlinked"] as const;

// Who changed what, for which organisation and when: written in the same transaction as the change itself.
// `subject` is the kind of item changed (problem, cause, goal, action, milestone); `item` names the item a
// status, place or link belongs to; before/after are the words, status or place before and after.
export const planChanges = sqliteTable(
  "plan_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    tool: text("tool", { enum: planTools }).notNull(),
    themeId: integer("theme_id").references(() => themes.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    change: text("change", { enum: planChangeKinds }).notNull(),
    subject: text("subject").notNull(),
    item: text("item"),
    before: text("before"),
    after: text("after"),
    createdAt: createdAt(),
  },
  (t) => [index("plan_changes_tool").on(t.partnershipId, t.tool, t.themeId)],
);
