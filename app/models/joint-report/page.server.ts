// What the report page shows one reader: the built report, where the review stands, and the forms this
// reader may use in the report's current state. Funders get figures, quotes and the two texts; nothing
// about the review (a returned comment is for the partners and the facilitator).
import { and, asc, eq } from "drizzle-orm";
import { organisations, partnershipMembers, reportReviews } from "../../../db/schema";
import type { JointReport } from "../../../reports/report-shape";
import type { QuoteShown } from "../../../reports/quotes";
import { db } from "../platform/context.server";
import type { Person } from "../people/people.server";
import { readsVoices, type ReportReader, type ReportRow } from "./access.server";
import { readReport } from "./reports.server";
import type { ReportForms, ReportPageData } from "./types";

type Review = {
  organisationId: number;
  organisationName: string;
  ourReading: string | null;
  decision: "approved" | "returned" | null;
  comment: string | null;
};

function reviewsOf(row: ReportRow): Review[] {
  return db()
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      ourReading: reportReviews.ourReading,
      decision: reportReviews.decision,
      comment: reportReviews.comment,
    })
    .from(partnershipMembers)
    .innerJoin(organisations, eq(organisations.id, partnershipMembers.organisationId))
    .leftJoin(reportReviews, and(eq(reportReviews.reportId, row.id), eq(reportReviews.organisationId, organisations.id)))
    .where(and(eq(partnershipMembers.partnershipId, row.partnershipId), eq(partnershipMembers.role, "community_partner")))
    .orderBy(asc(organisations.name))
    .all();
}

function formsFor(reader: ReportReader, row: ReportRow, reviews: Review[]): ReportForms {
  const open = row.status !== "released";
  const pending = reviews.filter((r) => r.decision !== "approved").map((r) => r.organisationName);
  return {
    readings: open
      ? reviews
          .filter((r) => reader.standing.coordinatorOf.has(r.organisationId))
          .map((r) => ({
            organisationId: r.organisationId,
            organisationName: r.organisationName,
            text: r.ourReading ?? "",
            approved: r.decision === "approved",
          }))
      : [],
    mayApprove: row.status === "review",
    whatWeLearned: open && reader.standing.ingoStaff ? (row.whatWeLearned ?? "") : null,
    mayToReview: reader.facilitator && row.status === "draft",
    mayRelease: reader.facilitator && row.status === "review",
    pendingApprovals: pending,
  };
}

/**
 * Quote ids name story and narrative rows ("story:12"); the page needs them only as keys, so it gets
 * stand-ins that say nothing about the rows behind them (docs/security.md 1.3).
 */
function withOpaqueQuoteIds(report: JointReport): JointReport {
  const stand = new Map<string, string>();
  const opaque = (quote: QuoteShown): QuoteShown => {
    if (!stand.has(quote.id)) stand.set(quote.id, `q${stand.size + 1}`);
    return { ...quote, id: stand.get(quote.id)! };
  };
  return {
    ...report,
    headline: report.headline.map((entry) => ("none" in entry.quote ? entry : { ...entry, quote: opaque(entry.quote) })),
    perDimension: report.perDimension.map((section) =>
      section.quotes.none ? section : { ...section, quotes: { none: false, quotes: section.quotes.quotes.map(opaque) } },
    ),
  };
}

export function reportPageFor(person: Person, reportId: number, now = new Date()): ReportPageData {
  const { row, reader, report } = readReport(person, reportId, now);
  const reviews = reader.partner || reader.facilitator ? reviewsOf(row) : null;
  return {
    meta: { id: row.id, status: row.status, releasedAt: row.releasedAt },
    report: withOpaqueQuoteIds(report),
    /** A facilitator by role reads no voice: the page says so instead of "no quote for this dimension". */
    quotesWithheld: !readsVoices(reader),
    review: reviews ? reviews.map(({ organisationName, decision, comment }) => ({ organisationName, decision, comment })) : null,
    forms: reviews ? formsFor(reader, row, reviews) : null,
  };
}
