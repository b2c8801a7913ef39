// The one door for every edit of a plan, road or goal tree (docs/decisions/028): the person is checked as an
// editor once per request, before any form is read, and every edit then writes its change and the history
// rows naming the editor and the organisation they act for in one transaction (docs/security.md 1.16).
import { writeTransaction, type Db } from "../../../db/client";
import { db } from "../platform/context.server";
import type { Person } from "../people/people.server";
import { recordChange, type ChangeRecord, type PlanTool } from "./history.server";
import { planStandingIn } from "./standing.server";

/** A person who may edit the partnership's plans, with the organisation their edits are recorded for. */
export type PlanEditor = { person: Person; partnershipId: number; organisationId: number };

/** The person as an editor of the partnership's plans, or null (a reader only, an outsider, no such partnership). */
export function planEditorOf(person: Person, partnershipId: number): PlanEditor | null {
  const standing = planStandingIn(person, partnershipId);
  if (!standing?.mayEdit || standing.actingOrganisationId === null) return null;
  return { person, partnershipId, organisationId: standing.actingOrganisationId };
}

export type PlanChangeRecord = Pick<ChangeRecord, "change" | "subject" | "item" | "before" | "after">;

/** Runs one edit in one transaction; `record` adds a history row for it, where it happened and by whom. */
export function asPlanEditor<T>(
  editor: PlanEditor,
  where: { tool: PlanTool; themeId: number | null },
  edit: (tx: Db, record: (change: PlanChangeRecord) => void) => T,
): T {
  return writeTransaction(db(), (tx) =>
    edit(tx, (change) =>
      recordChange(tx, {
        partnershipId: editor.partnershipId,
        ...where,
        personId: editor.person.id,
        organisationId: editor.organisationId,
        ...change,
      }),
    ),
  );
}
