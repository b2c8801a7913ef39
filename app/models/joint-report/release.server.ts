// The last step of a report's way to funders: the release of one frozen version (docs/decisions/015).
// Every check runs inside the write transaction, so two clicks cannot release a version that just moved on.
import { eq } from "drizzle-orm";
import { reports, rounds } from "../../../db/schema";
import type { Db } from "../../../db/client";
import { getReportRow, type ReportReader } from "./access.server";
import { changedSince, latestVersion } from "./versions.server";
import { FORBIDDEN, STALE, pendingApprovals, refused, step, type StepResult } from "./workflow.server";

/** Whether the report's round has closed: by its dates, or closed early. Only then may it be released. */
export function roundClosed(tx: Db, roundId: number, now = new Date()): boolean {
  const round = tx.select({ state: rounds.state, closesAt: rounds.closesAt }).from(rounds).where(eq(rounds.id, roundId)).get();
  return !!round && (round.state === "closed" || Date.parse(round.closesAt) <= now.getTime());
}

/** More than half the figures hidden: releasing such a version takes a second, explicit confirmation. */
export const mostlySuppressed = (v: { figureCount: number; suppressedCount: number }) => v.suppressedCount > v.figureCount / 2;

export type ReleaseRequest = { versionId: number; confirmSuppressed: boolean };

/**
 * Only a facilitator, only from review, only the latest version, only once the round has closed, only when
 * every community partner approved that very version, and only while the live report still equals it.
 */
export function releaseReport(reader: ReportReader, reportId: number, request: ReleaseRequest, now = new Date()): StepResult {
  if (!reader.facilitator) return FORBIDDEN;
  return step(reportId, ["review"], (tx) => {
    const row = getReportRow(reportId)!;
    const latest = latestVersion(reportId, tx);
    if (!latest || latest.id !== request.versionId) return STALE;
    if (!roundClosed(tx, row.roundId, now)) return refused("report.error.round_open");
    if (pendingApprovals(tx, reportId, row.partnershipId).length > 0) return refused("report.error.not_approved");
    if (changedSince(row, latest, tx)) return refused("report.error.changed");
    if (mostlySuppressed(latest) && !request.confirmSuppressed)
      return { ok: false, reason: "invalid", errors: { confirmSuppressed: "report.error.confirm_suppressed" } };
    tx.update(reports)
      .set({ status: "released", releasedAt: now.toISOString(), releasedBy: reader.person.id, releasedVersionId: latest.id })
      .where(eq(reports.id, reportId))
      .run();
  });
}
