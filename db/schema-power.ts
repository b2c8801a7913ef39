// Who decides what, the facts of power beside the perceptions (docs/decisions/022, 023) and the quarterly
// review that takes them up. All describe organisations, which the partnership names openly; none holds a
// person's words about themselves (the review lists stories by their metadata, read through consent).
import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt } from "./schema-columns";
import { organisations, partnerships, people } from "./schema-people";
import { responses, rounds } from "./schema-answers";
import { actions } from "./schema-listening";

// Derived from a submitted decision-map response, one row per topic answered (like metric_values).
export const decisionAnswers = sqliteTable(
  "decision_answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    topic: text("topic").notNull(),
    actual: text("actual"),
    desired: text("desired"),
  },
  (t) => [index("decision_answers_round").on(t.roundId), index("decision_answers_response").on(t.responseId)],
);

export const powerFactVerdicts = ["confirmed", "disputed"] as const;

// One fact per round, community organisation and kind: the INGO enters the value, the community
// organisation's coordinator confirms it or disputes it with its own value. A new value asks again.
export const powerFacts = sqliteTable(
  "power_facts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    aboutOrganisationId: integer("about_organisation_id")
      .notNull()
      .references(() => organisations.id),
    fact: text("fact").notNull(),
    value: text("value").notNull(),
    enteredBy: integer("entered_by")
      .notNull()
      .references(() => people.id),
    enteredAt: text("entered_at").notNull(),
    verdict: text("verdict", { enum: powerFactVerdicts }),
    communityValue: text("community_value"),
    communityComment: text("community_comment"),
    verdictBy: integer("verdict_by").references(() => people.id),
    verdictAt: text("verdict_at"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("power_facts_one_per_kind").on(t.roundId, t.aboutOrganisationId, t.fact),
    index("power_facts_partnership").on(t.partnershipId, t.roundId),
    check("power_fact_dispute_has_value", sql`${t.verdict} is not 'disputed' or ${t.communityValue} is not null`),
  ],
);

// The partnership's quarterly meeting for a round: the agenda as edited (null: the drafted one), who
// attended (organisation ids), and when. Past reviews stay readable as minutes.
export const quarterlyReviews = sqliteTable("quarterly_reviews", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  partnershipId: integer("partnership_id")
    .notNull()
    .references(() => partnerships.id),
  roundId: integer("round_id")
    .notNull()
    .unique()
    .references(() => rounds.id),
  agenda: text("agenda"),
  heldOn: text("held_on"),
  attendance: text("attendance", { mode: "json" }).$type<number[]>().notNull().default([]),
  updatedBy: integer("updated_by").references(() => people.id),
  updatedAt: text("updated_at"),
  createdAt: createdAt(),
});

// A decision of a review, and the action it became (one step: the action is made with the decision).
export const reviewDecisions = sqliteTable("review_decisions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  reviewId: integer("review_id")
    .notNull()
    .references(() => quarterlyReviews.id, { onDelete: "cascade" }),
  text: text("text").notNull(),
  actionId: integer("action_id").references(() => actions.id),
  createdBy: integer("created_by")
    .notNull()
    .references(() => people.id),
  createdAt: createdAt(),
});
