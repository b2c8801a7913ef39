// The listening loop and the joint report: stories with their consent, read receipts, answers, felt-heard
// ratings, themes, actions and reports. Story text and signed names are stored only as ciphertext.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, publicId, publicIdIndex } from "./schema-columns";
import { organisations, partnerships, people } from "./schema-people";
import { consentScopes, rounds } from "./schema-answers";

export const storyLinks = sqliteTable("story_links", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  tokenHash: text("token_hash").notNull().unique(),
  // The token itself, encrypted, so the coordinator's page can show the link again.
  tokenEnc: text("token_enc").notNull(),
  organisationId: integer("organisation_id")
    .notNull()
    .references(() => organisations.id),
  roundId: integer("round_id")
    .notNull()
    .references(() => rounds.id),
  createdBy: integer("created_by")
    .notNull()
    .references(() => people.id),
  expiresAt: text("expires_at"),
  revokedAt: text("revoked_at"),
  createdAt: createdAt(),
});

export const stories = sqliteTable(
  "stories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    publicId: publicId(),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    // Null for stories told through an anonymous link.
    personId: integer("person_id").references(() => people.id),
    linkId: integer("link_id").references(() => storyLinks.id),
    // A story about one collaboration tie: the other organisation of the pair (the teller's organisation is
    // the first). Kept by organisation, not by tie row: a tie row is rewritten each time the instrument is
    // answered again, and an example of not managing to work together has no tie row at all (ADR 029).
    tieOrganisationId: integer("tie_organisation_id").references(() => organisations.id),
    receiptLookup: text("receipt_lookup").unique(),
    version: text("version").notNull(),
    // Null once withdrawn: the ciphertext is overwritten and, with secure_delete, gone from the file.
    textEnc: text("text_enc"),
    signedNameEnc: text("signed_name_enc"),
    language: text("language").notNull(),
    dimensions: text("dimensions", { mode: "json" }).$type<string[]>().notNull(),
    felt: integer("felt"),
    power: text("power", { enum: ["us", "them", "shared"] }),
    scope: text("scope", { enum: consentScopes }).notNull(),
    attribution: text("attribution", { enum: ["anonymous", "name", "organisation"] })
      .notNull()
      .default("anonymous"),
    putForward: integer("put_forward", { mode: "boolean" }).notNull().default(false),
    withdrawnAt: text("withdrawn_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("stories_round").on(t.roundId),
    index("stories_org").on(t.organisationId),
    index("stories_partnership").on(t.partnershipId),
    publicIdIndex("stories_public_id", t.publicId),
  ],
);

// A translation of a story into another language, added by a coordinator of the teller's organisation and
// checked by the teller. Sealed like the story; read only where the story may be read; erased with it (ADR 021).
export const storyTranslations = sqliteTable(
  "story_translations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    textEnc: text("text_enc").notNull(),
    translatedBy: integer("translated_by")
      .notNull()
      .references(() => people.id),
    // The teller's word on it: null until they say; a new text clears it.
    tellerVerdict: text("teller_verdict", { enum: ["confirmed", "disputed"] }),
    verdictAt: text("verdict_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("story_translations_language").on(t.storyId, t.language)],
);

export const themes = sqliteTable("themes", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  partnershipId: integer("partnership_id")
    .notNull()
    .references(() => partnerships.id),
  name: text("name").notNull(),
  createdAt: createdAt(),
});

export const storyThemes = sqliteTable(
  "story_themes",
  {
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    themeId: integer("theme_id")
      .notNull()
      .references(() => themes.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.storyId, t.themeId] })],
);

// The first read of a shared story by INGO staff: the read receipt the teller's organisation sees.
export const storyReads = sqliteTable("story_reads", {
  storyId: integer("story_id")
    .primaryKey()
    .references(() => stories.id, { onDelete: "cascade" }),
  personId: integer("person_id")
    .notNull()
    .references(() => people.id),
  readAt: text("read_at").notNull(),
});

export const storyAnswers = sqliteTable(
  "story_answers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    heardEnc: text("heard_enc").notNull(),
    willDoEnc: text("will_do_enc").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("story_answers_story").on(t.storyId)],
);

export const feltHeard = sqliteTable("felt_heard", {
  storyId: integer("story_id")
    .primaryKey()
    .references(() => stories.id, { onDelete: "cascade" }),
  rating: integer("rating").notNull(),
  commentEnc: text("comment_enc"),
  ratedBy: text("rated_by", { enum: ["teller", "coordinator"] }).notNull(),
  createdAt: createdAt(),
});

export const actions = sqliteTable("actions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  partnershipId: integer("partnership_id")
    .notNull()
    .references(() => partnerships.id),
  roundId: integer("round_id")
    .notNull()
    .references(() => rounds.id),
  title: text("title").notNull(),
  ownerOrganisationId: integer("owner_organisation_id")
    .notNull()
    .references(() => organisations.id),
  dueOn: text("due_on"),
  status: text("status", { enum: ["proposed", "started", "done", "dropped"] })
    .notNull()
    .default("proposed"),
  communityConfirmation: text("community_confirmation", { enum: ["confirmed", "disputed"] }),
  confirmationComment: text("confirmation_comment"),
  confirmedBy: integer("confirmed_by").references(() => people.id),
  // Set when the title, owner or due date changed after the community's verdict: the verdict was reset.
  changedAfterVerdictAt: text("changed_after_verdict_at"),
  createdBy: integer("created_by")
    .notNull()
    .references(() => people.id),
  createdAt: createdAt(),
});

export const actionStories = sqliteTable(
  "action_stories",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    storyId: integer("story_id")
      .notNull()
      .references(() => stories.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.storyId] }), index("action_stories_story").on(t.storyId)],
);

export const actionDimensions = sqliteTable(
  "action_dimensions",
  {
    actionId: integer("action_id")
      .notNull()
      .references(() => actions.id, { onDelete: "cascade" }),
    dimension: text("dimension").notNull(),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.dimension] })],
);

export const reports = sqliteTable("reports", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  roundId: integer("round_id")
    .notNull()
    .unique()
    .references(() => rounds.id),
  partnershipId: integer("partnership_id")
    .notNull()
    .references(() => partnerships.id),
  status: text("status", { enum: ["draft", "review", "released"] })
    .notNull()
    .default("draft"),
  whatWeLearned: text("what_we_learned"),
  releasedAt: text("released_at"),
  releasedBy: integer("released_by").references(() => people.id),
  // The frozen version funders read once released; it never changes (consent may only remove quotes).
  releasedVersionId: integer("released_version_id"),
  createdAt: createdAt(),
});

// A report frozen when it goes to community review: every figure, the chosen quotes as references (never
// their text), actions with their community verdict, "our reading" and "what we learned". Approvals and the
// release name a version; anything that would change the content makes a new version.
export const reportVersions = sqliteTable(
  "report_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    content: text("content").notNull(),
    contentHash: text("content_hash").notNull(),
    figureCount: integer("figure_count").notNull().default(0),
    suppressedCount: integer("suppressed_count").notNull().default(0),
    createdBy: integer("created_by").references(() => people.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("report_versions_number").on(t.reportId, t.number)],
);

// The quotes a coordinator of the teller's own organisation chose for a round's joint report, per dimension
// or theme, in order. Only these are quoted; taking one back deletes its row.
export const quoteChoices = sqliteTable(
  "quote_choices",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roundId: integer("round_id")
      .notNull()
      .references(() => rounds.id),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    section: text("section", { enum: ["dimension", "theme"] }).notNull(),
    sectionKey: text("section_key").notNull(),
    storyId: integer("story_id").references(() => stories.id, { onDelete: "cascade" }),
    narrativeId: integer("narrative_id"),
    position: integer("position").notNull().default(0),
    chosenBy: integer("chosen_by").references(() => people.id),
    chosenAt: createdAt(),
  },
  (t) => [index("quote_choices_round").on(t.roundId, t.section, t.sectionKey)],
);

export const reportReviews = sqliteTable(
  "report_reviews",
  {
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    ourReading: text("our_reading"),
    decision: text("decision", { enum: ["approved", "returned"] }),
    comment: text("comment"),
    decidedBy: integer("decided_by").references(() => people.id),
    decidedAt: text("decided_at"),
    // The version this decision was given to: an approval of an older version does not count.
    versionId: integer("version_id"),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.organisationId] })],
);
