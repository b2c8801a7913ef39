// A partnership's consent to share its anonymised figures with the other partnerships of this Sikiliza
// (docs/security.md 1.18, docs/decisions/030). One row per organisation that agreed, with who and when; a
// withdrawal deletes its organisation's row, so the partnership stops counting at once.
import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { organisations, partnerships, people } from "./schema-people";

export const benchmarkAgreements = sqliteTable(
  "benchmark_agreements",
  {
    partnershipId: integer("partnership_id")
      .notNull()
      .references(() => partnerships.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    agreedBy: integer("agreed_by")
      .notNull()
      .references(() => people.id),
    agreedAt: text("agreed_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [primaryKey({ columns: [t.partnershipId, t.organisationId] }), index("benchmark_agreements_org").on(t.organisationId)],
);
