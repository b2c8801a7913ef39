// Rounds and answers: instruments and their versions, rounds and who is invited, responses with the metrics
// and narratives derived from them, and the collaboration ties of the network instrument.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, publicId, publicIdIndex } from "./schema-columns";
import { organisations, partnerships, people } from "./schema-people";

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
