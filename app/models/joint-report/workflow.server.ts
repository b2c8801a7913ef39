// A report's way to funders: draft → community review → released. Each step checks who asks and, inside
// the write transaction, the state it starts from, so two people clicking at once cannot skip a step.
import { and, eq, isNull } from "drizzle-orm";
import { partnershipMembers, reportReviews, reports } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import type { ReportStatus } from "../consent.server";
import { db } from "../platform/context.server";
import type { ReportReader } from "./access.server";

/** forbidden: this reader may not take this step at all; conflict: not from the report's current state. */
export type StepResult = { ok: true } | { ok: false; reason: "forbidden" | "conflict" };

const OK: StepResult = { ok: true };
const FORBIDDEN: StepResult = { ok: false, reason: "forbidden" };
const CONFLICT: StepResult = { ok: false, reason: "conflict" };

function statusOf(tx: Db, reportId: number): ReportStatus | null {
  return tx.select({ status: reports.status }).from(reports).where(eq(reports.id, reportId)).get()?.status ?? null;
}

function step(reportId: number, from: readonly ReportStatus[], change: (tx: Db) => void): StepResult {
  return writeTransaction(db(), (tx) => {
    const status = statusOf(tx, reportId);
    if (status === null || !from.includes(status)) return CONFLICT;
    change(tx);
    return OK;
  });
}

function upsertReview(tx: Db, reportId: number, organisationId: number, set: Partial<typeof reportReviews.$inferInsert>) {
  tx.insert(reportReviews)
    .values({ reportId, organisationId, ...set })
    .onConflictDoUpdate({ target: [reportReviews.reportId, reportReviews.organisationId], set })
    .run();
}

/** The facilitator opens the review. Earlier approvals were given to an earlier state of the report: they start over. */
export function sendToReview(reader: ReportReader, reportId: number): StepResult {
  if (!reader.facilitator) return FORBIDDEN;
  return step(reportId, ["draft"], (tx) => {
    tx.update(reportReviews).set({ decision: null, decidedBy: null, decidedAt: null }).where(eq(reportReviews.reportId, reportId)).run();
    tx.update(reports).set({ status: "review" }).where(eq(reports.id, reportId)).run();
  });
}

/** A community coordinator writes their organisation's reading; with `approve`, they also let it go to funders. */
export function saveOurReading(
  reader: ReportReader,
  reportId: number,
  organisationId: number,
  text: string,
  approve: boolean,
  now = new Date(),
): StepResult {
  if (!reader.standing.coordinatorOf.has(organisationId)) return FORBIDDEN;
  const decision = approve ? { decision: "approved" as const, decidedBy: reader.person.id, decidedAt: now.toISOString() } : {};
  return step(reportId, approve ? ["review"] : ["draft", "review"], (tx) =>
    upsertReview(tx, reportId, organisationId, { ourReading: text, ...decision }),
  );
}

/** A community coordinator sends the report back with a comment: it returns to draft for the facilitator and the INGO. */
export function sendBack(reader: ReportReader, reportId: number, organisationId: number, comment: string, now = new Date()): StepResult {
  if (!reader.standing.coordinatorOf.has(organisationId)) return FORBIDDEN;
  return step(reportId, ["review"], (tx) => {
    upsertReview(tx, reportId, organisationId, {
      decision: "returned",
      comment,
      decidedBy: reader.person.id,
      decidedAt: now.toISOString(),
    });
    tx.update(reports).set({ status: "draft" }).where(eq(reports.id, reportId)).run();
  });
}

export function saveWhatWeLearned(reader: ReportReader, reportId: number, text: string): StepResult {
  if (!reader.standing.ingoStaff) return FORBIDDEN;
  return step(reportId, ["draft", "review"], (tx) => tx.update(reports).set({ whatWeLearned: text }).where(eq(reports.id, reportId)).run());
}

/** Community partners of the report's partnership that have not approved it (yet). */
export function pendingApprovals(tx: Db, reportId: number, partnershipId: number): number[] {
  return tx
    .select({ organisationId: partnershipMembers.organisationId })
    .from(partnershipMembers)
    .leftJoin(
      reportReviews,
      and(
        eq(reportReviews.reportId, reportId),
        eq(reportReviews.organisationId, partnershipMembers.organisationId),
        eq(reportReviews.decision, "approved"),
      ),
    )
    .where(
      and(
        eq(partnershipMembers.partnershipId, partnershipId),
        eq(partnershipMembers.role, "community_partner"),
        isNull(reportReviews.reportId),
      ),
    )
    .all()
    .map((row) => row.organisationId);
}

/** Only a facilitator, only from review, and only once every community partner approved. */
export function releaseReport(reader: ReportReader, reportId: number, now = new Date()): StepResult {
  if (!reader.facilitator) return FORBIDDEN;
  return writeTransaction(db(), (tx) => {
    const row = tx
      .select({ status: reports.status, partnershipId: reports.partnershipId })
      .from(reports)
      .where(eq(reports.id, reportId))
      .get();
    if (!row || row.status !== "review" || pendingApprovals(tx, reportId, row.partnershipId).length > 0) return CONFLICT;
    tx.update(reports)
      .set({ status: "released", releasedAt: now.toISOString(), releasedBy: reader.person.id })
      .where(eq(reports.id, reportId))
      .run();
    return OK;
  });
}
