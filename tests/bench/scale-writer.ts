// Writes the generated rows: prepared better-sqlite3 statements in large IMMEDIATE transactions, the same
// row shapes the app writes. Ids are given explicitly (the database is new), so a text can be sealed with
// its row id before the insert instead of the app's insert-then-update: the stored row is the same.
import type Database from "better-sqlite3";

const COLUMNS = {
  organisations: "id, name, kind, country, populations, leadership, level",
  partnerships: "id, name, k",
  partnership_members: "partnership_id, organisation_id, role",
  people: "id, email_lookup, email_enc, name_enc, language, password_hash, is_facilitator",
  memberships: "person_id, organisation_id, role",
  rounds: "id, partnership_id, label, opens_at, closes_at, state, schedule, next_round_id, created_at",
  round_instruments: "round_id, instrument, version",
  round_invitees: "round_id, person_id, organisation_id, instrument",
  responses:
    "id, round_id, instrument, version, organisation_id, person_id, answers_enc, page_index, status, submitted_at, updated_at, created_at",
  submission_keys: "client_id, kind, target_id, content_hash, created_at",
  metric_values: "response_id, round_id, organisation_id, person_id, dimension, perspective, value",
  narratives: "id, response_id, round_id, organisation_id, question, dimension, text_enc, language, scope, put_forward, created_at",
  network_ties: "response_id, round_id, from_organisation_id, to_organisation_id, worked_on, how_often",
  story_links: "id, token_hash, token_enc, organisation_id, round_id, created_by, expires_at, created_at",
  stories:
    "id, round_id, partnership_id, organisation_id, person_id, link_id, receipt_lookup, version, text_enc, signed_name_enc, language, dimensions, felt, power, scope, attribution, put_forward, withdrawn_at, created_at",
  themes: "id, partnership_id, name",
  story_themes: "story_id, theme_id",
  story_reads: "story_id, person_id, read_at",
  story_answers: "id, story_id, person_id, organisation_id, heard_enc, will_do_enc, created_at",
  felt_heard: "story_id, rating, comment_enc, rated_by, created_at",
  actions:
    "id, partnership_id, round_id, title, owner_organisation_id, due_on, status, community_confirmation, confirmation_comment, confirmed_by, created_by, created_at",
  action_stories: "action_id, story_id",
  action_dimensions: "action_id, dimension",
  reports: "id, round_id, partnership_id, status, what_we_learned, released_at, released_by",
  report_reviews: "report_id, organisation_id, our_reading, decision, comment, decided_by, decided_at",
  benchmark_agreements: "partnership_id, organisation_id, agreed_by, agreed_at",
} as const;

export type Table = keyof typeof COLUMNS;
type Value = string | number | null;

export type Writer = {
  /** Inserts one row; values in the order of COLUMNS[table]. */
  row(table: Table, values: Value[]): void;
  /** Marks the end of a unit (a response with its derived rows); commits once `perTransaction` units are in. */
  unitDone(): void;
  finish(): void;
  /** Rows written per table so far. */
  counts: Record<string, number>;
};

export function makeWriter(sqlite: Database.Database, perTransaction = 5000): Writer {
  const statements = new Map<Table, Database.Statement>();
  const counts: Record<string, number> = {};
  let open = false;
  let units = 0;
  const statement = (table: Table) => {
    let prepared = statements.get(table);
    if (!prepared) {
      const columns = COLUMNS[table];
      const marks = columns
        .split(",")
        .map(() => "?")
        .join(", ");
      statements.set(table, (prepared = sqlite.prepare(`insert into ${table} (${columns}) values (${marks})`)));
    }
    return prepared;
  };
  const commit = () => {
    if (open) sqlite.exec("COMMIT");
    open = false;
    units = 0;
  };
  return {
    counts,
    row(table, values) {
      if (!open) {
        sqlite.exec("BEGIN IMMEDIATE");
        open = true;
      }
      statement(table).run(values);
      counts[table] = (counts[table] ?? 0) + 1;
    },
    unitDone() {
      if (++units >= perTransaction) commit();
    },
    finish: commit,
  };
}
