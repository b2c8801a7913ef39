// The partnership's actions as the plans link them: title, owner and status (who may see them is the plans'
// own rule, the same as the actions page's: the partnership's partners, never a funder).
import { and, asc, eq } from "drizzle-orm";
import { actions, organisations } from "../../../db/schema";
import type { Db } from "../../../db/client";
import { db } from "../platform/context.server";
import type { PlanAction } from "./types";

const columns = { id: actions.id, title: actions.title, owner: organisations.name, status: actions.status };

export function listPlanActions(partnershipId: number): PlanAction[] {
  return db()
    .select(columns)
    .from(actions)
    .innerJoin(organisations, eq(organisations.id, actions.ownerOrganisationId))
    .where(eq(actions.partnershipId, partnershipId))
    .orderBy(asc(actions.title), asc(actions.id))
    .all();
}

/** The action, if it is one of this partnership's; an action of another partnership reads as missing. */
export function planActionOf(partnershipId: number, actionId: number, tx: Db = db()): PlanAction | null {
  return (
    tx
      .select(columns)
      .from(actions)
      .innerJoin(organisations, eq(organisations.id, actions.ownerOrganisationId))
      .where(and(eq(actions.id, actionId), eq(actions.partnershipId, partnershipId)))
      .get() ?? null
  );
}
