// Who asked for what, when, and who approved: the record of access changes that coordinators and
// facilitators read. Names of the askers and approvers are shown here because answering for one's
// organisation is an act others must be able to see.
import { desc, eq, inArray, or } from "drizzle-orm";
import { accessChangeApprovals, accessChanges, organisations, partnerships } from "../../../db/schema";
import { db } from "../platform/context.server";
import { personNames } from "./people.server";
import type { AccessChangeView } from "./types";

function viewsOf(changeIds: number[], ourOrganisationId: number | null): AccessChangeView[] {
  if (changeIds.length === 0) return [];
  const rows = db()
    .select({ change: accessChanges, organisationName: organisations.name, partnershipName: partnerships.name })
    .from(accessChanges)
    .innerJoin(organisations, eq(organisations.id, accessChanges.organisationId))
    .leftJoin(partnerships, eq(partnerships.id, accessChanges.partnershipId))
    .where(inArray(accessChanges.id, changeIds))
    .orderBy(desc(accessChanges.askedAt), desc(accessChanges.id))
    .all();
  const answers = db()
    .select({ answer: accessChangeApprovals, organisationName: organisations.name })
    .from(accessChangeApprovals)
    .innerJoin(organisations, eq(organisations.id, accessChangeApprovals.organisationId))
    .where(inArray(accessChangeApprovals.changeId, changeIds))
    .all();
  const names = personNames([
    ...new Set([
      ...rows.map((r) => r.change.askedBy),
      ...rows.flatMap((r) => (r.change.subjectPersonId ? [r.change.subjectPersonId] : [])),
      ...answers.flatMap((a) => (a.answer.decidedBy ? [a.answer.decidedBy] : []))]),
  ]);
  return rows.map(({ change, organisationName, partnershipName }) => {
    const own = answers.filter((a) => a.answer.changeId === change.id);
    return {
      id: change.id,
      kind: change.kind,
      subjectName: change.subjectPersonId ? (names.get(change.subjectPersonId) ?? "") : null,
      partnershipName,
      organisationName,
      role: change.role,
      previousRole: change.previousRole,
      askedBy: names.get(change.askedBy) ?? "",
      askedAt: change.askedAt,
      status: change.status,
      exception: change.exception,
      decidedAt: change.decidedAt,
      answers: own.map((a) => ({
        organisationName: a.organisationName,
        decision: a.answer.decision,
        decidedBy: a.answer.decidedBy ? (names.get(a.answer.decidedBy) ?? "") : null,
        decidedAt: a.answer.decidedAt,
      })),
      waitsForUs:
        change.status === "pending" && own.some((a) => a.answer.organisationId === ourOrganisationId && a.answer.decision === null),
    };
  });
}

/** Every change this organisation was asked about, and every person invited into it. */
export function changesOfOrganisation(organisationId: number) {
  const asked = db()
    .select({ id: accessChangeApprovals.changeId })
    .from(accessChangeApprovals)
    .where(eq(accessChangeApprovals.organisationId, organisationId))
    .all()
    .map((r) => r.id);
  const joined = db()
    .select({ id: accessChanges.id })
    .from(accessChanges)
    .where(or(eq(accessChanges.organisationId, organisationId), inArray(accessChanges.id, asked.length ? asked : [-1])))
    .all()
    .map((r) => r.id);
  const views = viewsOf([...new Set([...asked, ...joined])], organisationId);
  return { waiting: views.filter((v) => v.status === "pending"), past: views.filter((v) => v.status !== "pending") };
}

/** The facilitator's view of one partnership's changes still waiting. */
export function pendingChangesOfPartnership(partnershipId: number): AccessChangeView[] {
  const ids = db()
    .select({ id: accessChanges.id, status: accessChanges.status })
    .from(accessChanges)
    .where(eq(accessChanges.partnershipId, partnershipId))
    .all()
    .filter((r) => r.status === "pending")
    .map((r) => r.id);
  return viewsOf(ids, null);
}
