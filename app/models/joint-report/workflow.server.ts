// A report's way to funders: draft → community review → released. Each step checks who asks and, inside
// the write transaction, the state it starts from, so two people clicking at once cannot skip a step.
import { and, eq, isNull } from "drizzle-orm";
import { partnershipMembers, reportReviews, reports } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import type { ReportStatus } from "../consent.server";
import { db } from "../platform/context.server";
import { getReportRow, type ReportReader } from "./access.server";
import { changedSince, freezeVersion, latestVersion } from "./versions.server";
import { reportAwaitsReview } from "../messages/notices.server";

/**
 * forbidden: this reader may not take this step at all; conflict: not from the report's current state, with
 * the catalogue key of the reason; invalid: a field of the form must change (the key names it).
 */
export type StepResult =
  | { ok: true }
  | { ok: false; reason: "forbidden" }
  | { ok: false; reason: "conflict"; message: string }
  | { ok: false; reason: "invalid"; errors: Record<string, string> };

const OK: StepResult = { ok: true };
export const FORBIDDEN: StepResult = { ok: false, reason: "forbidden" };
export const refused = (message: string): StepResult => ({ ok: false, reason: "conflict", message });
const CONFLICT = refused("report.error.not_now");
export const STALE = refused("report.error.version_stale");

function statusOf(tx: Db, reportId: number): ReportStatus | null {
  return tx.select({ status: reports.status }).from(reports).where(eq(reports.id, reportId)).get()?.status ?? null;
}

export function step(reportId: number, from: readonly ReportStatus[], change: (tx: Db) => StepResult | void): StepResult {
  return writeTransaction(db(), (tx) => {
    const status = statusOf(tx, reportId);
    if (status === null || !from.includes(status)) return CONFLICT;
    return change(tx) ?? OK;
  });
}

/** A decision names a version; only one given to the latest version counts. */
const isLatest = (tx: Db, reportId: number, versionId: number) => latestVersion(reportId, tx)?.id === versionId;

function upsertReview(tx: Db, reportId: number, organisationId: number, set: Partial<typeof reportReviews.$inferInsert>) {
  tx.insert(reportReviews)
    .values({ reportId, organisationId, ...set })
    .onConflictDoUpdate({ target: [reportReviews.reportId, reportReviews.organisationId], set })
    .run();
}

/**
 * The facilitator freezes the report as it stands into version N+1 and opens (or reopens) the review with it.
 * Earlier approvals were given to an earlier version: they start over.
 */
export function sendToReview(reader: ReportReader, reportId: number, now = new Date()): StepResult {
  if (!reader.facilitator) return FORBIDDEN;
  return step(reportId, ["draft", "review"], (tx) => {
    const row = getReportRow(reportId)!;
    // Sent again while in review with nothing changed (a double click, a resend): no twin version, and the
    // approvals already given stand (docs/security.md 7.7).
    const latest = latestVersion(reportId, tx);
    if (statusOf(tx, reportId) === "review" && latest && !changedSince(row, latest, tx)) return;
    freezeVersion(tx, row, reader.person.id, now);
    tx.update(reportReviews)
      .set({ decision: null, decidedBy: null, decidedAt: null, versionId: null })
      .where(eq(reportReviews.reportId, reportId))
      .run();
    tx.update(reports).set({ status: "review" }).where(eq(reports.id, reportId)).run();
    reportAwaitsReview(tx, reportId, row.partnershipId, latestVersion(reportId, tx)!.number, now);
  });
}

/**
 * A community coordinator writes their organisation's reading; with `approval`, they also let the named
 * version go to funders. A reading that differs from the one frozen changes the report: the release then
 * waits for the next version.
 */
export function saveOurReading(
  reader: ReportReader,
  reportId: number,
  organisationId: number,
  text: string,
  approval: { versionId: number } | null,
  now = new Date(),
): StepResult {
  if (!reader.standing.coordinatorOf.has(organisationId)) return FORBIDDEN;
  return step(reportId, approval ? ["review"] : ["draft", "review"], (tx) => {
    if (approval && !isLatest(tx, reportId, approval.versionId)) return STALE;
    const decision = approval
      ? { decision: "approved" as const, decidedBy: reader.person.id, decidedAt: now.toISOString(), versionId: approval.versionId }
      : {};
    upsertReview(tx, reportId, organisationId, { ourReading: text, ...decision });
  });
}

/** A community coordinator sends the named version back with a comment: the report returns to draft. */
export function sendBack(
  reader: ReportReader,
  reportId: number,
  organisationId: number,
  comment: string,
  versionId: number,
  now = new Date(),
): StepResult {
  if (!reader.standing.coordinatorOf.has(organisationId)) return FORBIDDEN;
  return step(reportId, ["review"], (tx) => {
    if (!isLatest(tx, reportId, versionId)) return STALE;
    upsertReview(tx, reportId, organisationId, {
      decision: "returned",
      comment,
      decidedBy: reader.person.id,
      decidedAt: now.toISOString(),
      versionId,
    });
    tx.update(reports).set({ status: "draft" }).where(eq(reports.id, reportId)).run();
  });
}

export function saveWhatWeLearned(reader: ReportReader, reportId: number, text: string): StepResult {
  if (!reader.standing.ingoStaff) return FORBIDDEN;
  return step(reportId, ["draft", "review"], (tx) => {
    tx.update(reports).set({ whatWeLearned: text }).where(eq(reports.id, reportId)).run();
  });
}

/** Community partners of the report's partnership that have not approved its latest version (yet). */
export function pendingApprovals(tx: Db, reportId: number, partnershipId: number): number[] {
  const latest = latestVersion(reportId, tx);
  return tx
    .select({ organisationId: partnershipMembers.organisationId })
    .from(partnershipMembers)
    .leftJoin(
      reportReviews,
      and(
        eq(reportReviews.reportId, reportId),
        eq(reportReviews.organisationId, partnershipMembers.organisationId),
        eq(reportReviews.decision, "approved"),
        eq(reportReviews.versionId, latest?.id ?? -1),
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
