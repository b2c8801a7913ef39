// Who may open a joint report, and as whom (docs/design.md "The joint report", docs/security.md 1.1, 1.2, 6.3).
// Seeing the report and reading the voices in it are two questions: the first is answered here, the
// second by the consent module, quote by quote.
import { eq } from "drizzle-orm";
import { partnerships, reports, rounds } from "../../../db/schema";
import { standingIn, type ReportStatus, type Standing } from "../consent.server";
import { db } from "../platform/context.server";
import type { Person } from "../people/people.server";
import { notFound } from "../platform/http.server";

export type ReportRow = {
  id: number;
  roundId: number;
  partnershipId: number;
  status: ReportStatus;
  whatWeLearned: string | null;
  releasedAt: string | null;
  /** The frozen version funders read; set at release. */
  releasedVersionId: number | null;
  roundLabel: string;
  partnershipName: string;
};

export function getReportRow(reportId: number): ReportRow | null {
  return (
    db()
      .select({
        id: reports.id,
        roundId: reports.roundId,
        partnershipId: reports.partnershipId,
        status: reports.status,
        whatWeLearned: reports.whatWeLearned,
        releasedAt: reports.releasedAt,
        releasedVersionId: reports.releasedVersionId,
        roundLabel: rounds.label,
        partnershipName: partnerships.name,
      })
      .from(reports)
      .innerJoin(rounds, eq(rounds.id, reports.roundId))
      .innerJoin(partnerships, eq(partnerships.id, reports.partnershipId))
      .where(eq(reports.id, reportId))
      .get() ?? null
  );
}

/** How one person reads one report. */
export type ReportReader = {
  person: Person;
  standing: Standing;
  /** Runs the workflow: sees the status and the figures, reads no voice by that role (least privilege). */
  facilitator: boolean;
  /** Staff of the INGO or people of a community partner: the report is theirs from its first draft. */
  partner: boolean;
  /** A funder of the partnership, once the report is released: figures and `report`-scope quotes only. */
  funder: boolean;
};

/**
 * The reader, or null when this person may not see the report at all. A funder asking for a report that is
 * not yet released gets null, so the route answers with the same 404 as for a report that does not exist.
 */
export function readerOf(
  person: Person,
  report: Pick<ReportRow, "partnershipId" | "status">,
  standing: Standing = standingIn(person, report.partnershipId),
): ReportReader | null {
  const partner = standing.ingoStaff || standing.community;
  const funder = standing.funder && report.status === "released";
  if (!person.isFacilitator && !partner && !funder) return null;
  return { person, standing, facilitator: person.isFacilitator, partner, funder };
}

/** Only a partner or a funder of a released report reads quotes; a facilitator by role reads none. */
export const readsVoices = (reader: ReportReader) => reader.partner || reader.funder;

/** The report and its reader, or the 404 every refusal gets (docs/security.md 1.2). */
export function requireReport(person: Person, reportId: number): { report: ReportRow; reader: ReportReader } {
  const report = getReportRow(reportId);
  const reader = report ? readerOf(person, report) : null;
  if (!report || !reader) throw notFound();
  return { report, reader };
}
