// Changes that widen who reads a community organisation's voice wait here until a coordinator of every
// affected community organisation approves them (docs/security.md 1.9, docs/decisions/027).
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt } from "./schema-columns";
import { invitations, organisations, partnerships, people } from "./schema-people";

export const accessChangeKinds = ["partnership_role", "organisation_member", "translator"] as const;
export const accessChangeStatuses = ["pending", "applied", "refused", "cancelled"] as const;

export const accessChanges = sqliteTable(
  "access_changes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: accessChangeKinds }).notNull(),
    // partnership_role: this partnership; organisation_member and translator: null.
    partnershipId: integer("partnership_id").references(() => partnerships.id, { onDelete: "cascade" }),
    // The organisation that joins or changes role (partnership_role), or the one a person is invited into.
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    role: text("role").notNull(),
    previousRole: text("previous_role"),
    invitationId: integer("invitation_id").references(() => invitations.id, { onDelete: "cascade" }),
    // translator: the member named (role "translator") or no longer named (role "member").
    subjectPersonId: integer("subject_person_id").references(() => people.id, { onDelete: "cascade" }),
    askedBy: integer("asked_by")
      .notNull()
      .references(() => people.id),
    askedAt: createdAt(),
    status: text("status", { enum: accessChangeStatuses }).notNull().default("pending"),
    // Set when an organisation's first coordinator joined with nobody to ask: shown as such, never hidden.
    exception: text("exception", { enum: ["first_coordinator"] }),
    decidedAt: text("decided_at"),
  },
  (t) => [index("access_changes_partnership").on(t.partnershipId, t.status), index("access_changes_invitation").on(t.invitationId)],
);

/** One row per community organisation that must approve; decision null while it has not answered. */
export const accessChangeApprovals = sqliteTable(
  "access_change_approvals",
  {
    changeId: integer("change_id")
      .notNull()
      .references(() => accessChanges.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id),
    decision: text("decision", { enum: ["approved", "refused"] }),
    decidedBy: integer("decided_by").references(() => people.id),
    decidedAt: text("decided_at"),
  },
  (t) => [primaryKey({ columns: [t.changeId, t.organisationId] }), index("access_change_approvals_org").on(t.organisationId)],
);
