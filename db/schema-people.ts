// Who is who: organisations, partnerships and who is in them, people, their memberships, invitations, sessions
// and the one-time tokens of their create forms. Columns ending in `Enc` hold AES-256-GCM ciphertext
// (app/models/platform/crypto.server.ts): names, e-mail addresses and phone numbers never touch the file in plain text.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./schema-columns";

export const organisations = sqliteTable("organisations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  name: text("name").notNull(),
  kind: text("kind", { enum: ["community_led", "ingo", "funder", "other"] }).notNull(),
  country: text("country").notNull(),
  populations: text("populations", { mode: "json" }).$type<string[]>().notNull(),
  leadership: text("leadership", { enum: ["community_led", "provider_led"] }).notNull(),
  level: text("level", { enum: ["local", "national", "global"] }).notNull(),
  createdAt: createdAt(),
});

export const partnerships = sqliteTable(
  "partnerships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    // Small-number threshold for reports; a figure from fewer respondents is never shown.
    k: integer("k").notNull().default(5),
    // Days before a round closes that its invitees who have not answered are reminded (ADR 020).
    reminderDays: text("reminder_days", { mode: "json" }).$type<number[]>().notNull().default([7, 2]),
    createdAt: createdAt(),
  },
  (t) => [check("k_at_least_3", sql`${t.k} >= 3`)],
);

export const partnershipMembers = sqliteTable(
  "partnership_members",
  {
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    role: text("role", { enum: ["community_partner", "ingo_partner", "funder"] }).notNull(),
    // When this role took effect. A teller's `partners` consent names the INGO organisations present when
    // the story was told: an organisation that joins (or is re-roled) later reads only what is told after
    // this moment (docs/security.md 1.10). Rows from before the rule existed count as present from the start.
    since: text("since").notNull().default("1970-01-01T00:00:00.000Z"),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.organisationId] })],
);

export const people = sqliteTable("people", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // Keyed HMAC of the normalised address: lets us find a person without storing the address in clear. A person
  // who signs in with a phone number and gave no address holds a keyed hash of a random token here (never
  // found by any address) and a sealed empty address.
  emailLookup: text("email_lookup").notNull().unique(),
  emailEnc: text("email_enc").notNull(),
  nameEnc: text("name_enc").notNull(),
  language: text("language").notNull().default("en"),
  // A phone number for SMS, sealed like the address; how the person wants to be reached (none: never).
  phoneEnc: text("phone_enc"),
  // Keyed HMAC of the normalised phone number, to sign in with it; null when the number belongs to someone
  // who signed in with it first (docs/security.md 3.4).
  phoneLookup: text("phone_lookup").unique(),
  channel: text("channel", { enum: ["email", "sms", "none"] })
    .notNull()
    .default("email"),
  passwordHash: text("password_hash").notNull(),
  isFacilitator: integer("is_facilitator", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
});

export const memberships = sqliteTable(
  "memberships",
  {
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    role: text("role", { enum: ["member", "coordinator"] }).notNull(),
    // Set when a coordinator names this member the organisation's translator: from then on they read the
    // organisation's shared stories told since, to translate them (docs/security.md 1.19).
    translatorSince: text("translator_since"),
  },
  (t) => [primaryKey({ columns: [t.personId, t.organisationId] }), index("memberships_org").on(t.organisationId)],
);

export const invitations = sqliteTable("invitations", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  // Only a hash of the token is kept: a copy of the database cannot be used to accept an invitation.
  tokenHash: text("token_hash").notNull().unique(),
  organisationId: integer("organisation_id").references(() => organisations.id),
  role: text("role", { enum: ["member", "coordinator"] }),
  isFacilitator: integer("is_facilitator", { mode: "boolean" }).notNull().default(false),
  createdBy: integer("created_by")
    .notNull()
    .references(() => people.id),
  expiresAt: text("expires_at").notNull(),
  usedAt: text("used_at"),
  usedBy: integer("used_by").references(() => people.id),
  createdAt: createdAt(),
});

export const sessions = sqliteTable(
  "sessions",
  {
    // SHA-256 of the cookie's random id, so a database copy holds no usable session.
    idHash: text("id_hash").primaryKey(),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    lastSeenAt: text("last_seen_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sessions_person").on(t.personId)],
);

// Every create form carries a one-time token; it is kept with the address of what that form created, so the
// same form sent again leads there instead of creating a twin (docs/security.md 7.7).
export const formSubmissions = sqliteTable("form_submissions", {
  token: text("token").primaryKey(),
  personId: integer("person_id")
    .notNull()
    .references(() => people.id, { onDelete: "cascade" }),
  path: text("path").notNull(),
  createdAt: createdAt(),
});
