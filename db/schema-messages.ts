// Reaching people: the outbox every message is written to in the transaction of its cause, each person's
// quiet "do not remind me" per round, and how many days before a round closes a partnership reminds.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./schema-columns";
import { organisations, people } from "./schema-people";
import { rounds } from "./schema-answers";

export const messageKinds = ["invitation", "round_open", "round_closing", "story_answer", "action_due", "report_review", "nudge"] as const;
export type MessageKind = (typeof messageKinds)[number];
export const messageChannels = ["email", "sms"] as const;
export type MessageChannel = (typeof messageChannels)[number];

export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: messageKinds }).notNull(),
    // One message per cause: a scheduler that runs twice, or a restart, writes nothing new.
    dedupeKey: text("dedupe_key").notNull().unique(),
    // The person it is for; null only for an invitation to someone without an account yet.
    personId: integer("person_id").references(() => people.id, { onDelete: "cascade" }),
    roundId: integer("round_id").references(() => rounds.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id").references(() => organisations.id),
    // An invitation's address and link (it holds the one-time token): sealed, bound to this row.
    recipientEnc: text("recipient_enc"),
    linkEnc: text("link_enc"),
    channel: text("channel", { enum: messageChannels }),
    // The language an invitation is written in, chosen by the inviter; a person's messages use theirs.
    language: text("language"),
    state: text("state", { enum: ["queued", "sending", "sent", "failed", "cancelled"] })
      .notNull()
      .default("queued"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: text("next_attempt_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    // A claim: the worker that took the message and until when; an expired lease is taken again.
    leaseOwner: text("lease_owner"),
    leaseUntil: text("lease_until"),
    lastError: text("last_error"),
    sentAt: text("sent_at"),
    sentBy: text("sent_by", { enum: ["email", "sms", "hand"] }),
    createdAt: createdAt(),
  },
  (t) => [index("outbox_due").on(t.state, t.nextAttemptAt), index("outbox_round").on(t.roundId, t.organisationId, t.kind)],
);

export const roundQuiet = sqliteTable(
  "round_quiet",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.personId] })],
);
