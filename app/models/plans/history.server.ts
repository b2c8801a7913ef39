// The history of a plan: every edit writes one row, in the edit's own transaction, saying who, for which
// organisation, what and when. A person's name is shown only to people of their own organisation and the
// facilitator; everyone else reads the organisation (docs/security.md 1.16, as member lists in 1.x).
import { and, desc, eq, isNull } from "drizzle-orm";
import { organisations, planChanges } from "../../../db/schema";
import type { Db } from "../../../db/client";
import { db } from "../platform/context.server";
import { canSeeOrganisationMembers } from "../access.server";
import { personNames, type Person } from "../people/people.server";
import type { PlanChange } from "./types";

export type PlanTool = "goal_tree" | "road";
type Change = (typeof planChanges.$inferInsert)["change"];

export type ChangeRecord = {
  partnershipId: number;
  tool: PlanTool;
  themeId: number | null;
  personId: number;
  organisationId: number;
  change: Change;
  subject: string;
  item?: string | null;
  before?: string | null;
  after?: string | null;
};

export function recordChange(tx: Db, record: ChangeRecord) {
  tx.insert(planChanges)
    .values({ ...record, item: record.item ?? null, before: record.before ?? null, after: record.after ?? null })
    .run();
}

const HISTORY_SHOWN = 200;

/** The newest changes first, as this reader may see them. */
export function planHistory(reader: Person, partnershipId: number, tool: PlanTool, themeId: number | null): PlanChange[] {
  const rows = db()
    .select({
      id: planChanges.id,
      at: planChanges.createdAt,
      personId: planChanges.personId,
      organisationId: planChanges.organisationId,
      organisation: organisations.name,
      change: planChanges.change,
      subject: planChanges.subject,
      item: planChanges.item,
      before: planChanges.before,
      after: planChanges.after,
    })
    .from(planChanges)
    .innerJoin(organisations, eq(organisations.id, planChanges.organisationId))
    .where(
      and(
        eq(planChanges.partnershipId, partnershipId),
        eq(planChanges.tool, tool),
        themeId === null ? isNull(planChanges.themeId) : eq(planChanges.themeId, themeId),
      ),
    )
    .orderBy(desc(planChanges.id))
    .limit(HISTORY_SHOWN)
    .all();
  const named = rows.filter((r) => canSeeOrganisationMembers(reader, r.organisationId));
  const names = personNames([...new Set(named.map((r) => r.personId))]);
  return rows.map(({ personId, organisationId, ...row }) => ({
    ...row,
    person: canSeeOrganisationMembers(reader, organisationId) ? (names.get(personId) ?? null) : null,
  }));
}
