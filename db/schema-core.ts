// People, organisations, partnerships, rounds and answers. Columns ending in `Enc` hold AES-256-GCM
// ciphertext (app/models/platform/crypto.server.ts): names and e-mail addresses never touch the file in plain text.
import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type SQLiteColumn } from "drizzle-orm/sqlite-core";

export const createdAt = () =>
  text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

/**
 * The name a story or an example answer has in every address, form and export a person receives: 16 random
 * bytes, base64url. Row ids count up, and a row id in an address would show where unshared or withdrawn
 * stories sit between the ones a reader may open (docs/security.md 1.12).
 */
export const newPublicId = () => randomBytes(16).toString("base64url");
// The app sets it on insert (newPublicId). The '' default exists because SQLite cannot add a NOT NULL column
// without a constant one; the migration backfills old rows and its triggers fill any row inserted without an
// id. The unique index leaves '' out, so lookups say `public_id <> ''` to use it.
export const publicId = () => text("public_id").notNull().default("");
export const publicIdIndex = (name: string, column: SQLiteColumn) =>
  uniqueIndex(name)
    .on(column)
    .where(sql`${column} <> ''`);

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

export const instrumentVersions = sqliteTable("instrument_versions", {
  version: text("version").primaryKey(),
  name: text("name").notNull(),
  json: text("json").notNull(),
  createdAt: createdAt(),
});

// An instrument a facilitator uploaded for one partnership: each upload of a changed JSON is a new version
// (its content hash); a round pins the version it was opened with. Names are unique across partnerships.
export const partnershipInstruments = sqliteTable(
  "partnership_instruments",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    name: text("name").notNull(),
    version: text("version")
      .notNull()
      .references(() => instrumentVersions.version),
    uploadedBy: integer("uploaded_by")
      .notNull()
      .references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("partnership_instruments_by_partnership").on(t.partnershipId, t.name),
    uniqueIndex("partnership_instruments_version").on(t.partnershipId, t.name, t.version),
  ],
);

export const rounds = sqliteTable(
  "rounds",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    label: text("label").notNull(),
    opensAt: text("opens_at").notNull(),
    closesAt: text("closes_at").notNull(),
    state: text("state", { enum: ["scheduled", "open", "closed"] }).notNull(),
    schedule: text("schedule", { enum: ["quarterly", "none"] })
      .notNull()
      .default("quarterly"),
    // Set once the next round of a schedule was made, so a restart never makes it twice.
    nextRoundId: integer("next_round_id"),
    createdAt: createdAt(),
  },
  (t) => [index("rounds_partnership").on(t.partnershipId)],
);

export const roundInstruments = sqliteTable(
  "round_instruments",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id, { onDelete: "cascade" }),
    instrument: text("instrument").notNull(),
    version: text("version")
      .notNull()
      .references(() => instrumentVersions.version),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.instrument] })],
);

export const roundInvitees = sqliteTable(
  "round_invitees",
  {
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    instrument: text("instrument").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.personId, t.instrument] })],
);

export const responses = sqliteTable(
  "responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    instrument: text("instrument").notNull(),
    version: text("version")
      .notNull()
      .references(() => instrumentVersions.version),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    // The answers as submitted; encrypted because examples are personal narratives.
    answersEnc: text("answers_enc").notNull(),
    pageIndex: integer("page_index").notNull().default(0),
    status: text("status", { enum: ["draft", "submitted"] })
      .notNull()
      .default("draft"),
    submittedAt: text("submitted_at"),
    updatedAt: text("updated_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("responses_one_per_person").on(t.roundId, t.instrument, t.personId),
    index("responses_round").on(t.roundId, t.status),
  ],
);

// Every client-made submission id ever accepted, with a hash of its content (docs/security.md 7.3).
export const submissionKeys = sqliteTable("submission_keys", {
  clientId: text("client_id").primaryKey(),
  kind: text("kind", { enum: ["response", "story"] }).notNull(),
  targetId: integer("target_id").notNull(),
  contentHash: text("content_hash").notNull(),
  createdAt: createdAt(),
});

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

export const metricValues = sqliteTable(
  "metric_values",
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
    personId: integer("person_id").notNull(),
    dimension: text("dimension").notNull(),
    perspective: text("perspective", { enum: ["community", "ingo_self", "ingo_prediction"] }).notNull(),
    value: integer("value"),
    // The community organisation an INGO rating is about, when the self-reflection asks per partner; null otherwise.
    aboutOrganisationId: integer("about_organisation_id"),
  },
  (t) => [
    index("metric_values_round").on(t.roundId, t.dimension, t.perspective, t.value),
    index("metric_values_response").on(t.responseId),
  ],
);

export const consentScopes = ["community", "partners", "report"] as const;
export type ConsentScope = (typeof consentScopes)[number];

export const narratives = sqliteTable(
  "narratives",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    publicId: publicId(),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    question: text("question").notNull(),
    dimension: text("dimension"),
    textEnc: text("text_enc").notNull(),
    language: text("language").notNull(),
    scope: text("scope", { enum: consentScopes }).notNull().default("community"),
    putForward: integer("put_forward", { mode: "boolean" }).notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    index("narratives_round").on(t.roundId),
    index("narratives_response").on(t.responseId),
    publicIdIndex("narratives_public_id", t.publicId),
  ],
);

// Derived from collaboration-network answers: who worked with whom, on what, how often.
export const networkTies = sqliteTable(
  "network_ties",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    responseId: integer("response_id")
      .notNull()
      .references(() => responses.id, { onDelete: "cascade" }),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    fromOrganisationId: integer("from_organisation_id")
      .notNull()
      .references(() => organisations.id),
    toOrganisationId: integer("to_organisation_id")
      .notNull()
      .references(() => organisations.id),
    workedOn: text("worked_on", { mode: "json" }).$type<string[]>().notNull(),
    howOften: text("how_often").notNull(),
  },
  (t) => [index("network_ties_round").on(t.roundId)],
);
