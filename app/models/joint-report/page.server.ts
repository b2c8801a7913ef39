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
import { mostlySuppressed, roundClosed } from "./release.server";
import { changedSince, latestVersion } from "./versions.server";
import { pendingApprovals } from "./workflow.server";
import type { ReportForms, ReportPageData } from "./types";

type Review = {
  organisationId: number;
  organisationName: string;
  ourReading: string | null;
  decision: "approved" | "returned" | null;
  comment: string | null;
  versionId: number | null;
};

function reviewsOf(row: ReportRow): Review[] {
  return db()
    .select({
      organisationId: organisations.id,
      organisationName: organisations.name,
      ourReading: reportReviews.ourReading,
      decision: reportReviews.decision,
      comment: reportReviews.comment,
      versionId: reportReviews.versionId,
    })
    .from(partnershipMembers)
    .innerJoin(organisations, eq(organisations.id, partnershipMembers.organisationId))
    .leftJoin(reportReviews, and(eq(reportReviews.reportId, row.id), eq(reportReviews.organisationId, organisations.id)))
    .where(and(eq(partnershipMembers.partnershipId, row.partnershipId), eq(partnershipMembers.role, "community_partner")))
    .orderBy(asc(organisations.name))
    .all();
}

/** Where the versions stand, for the forms and the banner; the live build runs only for partners and the facilitator in review. */
function versionState(row: ReportRow, now: Date) {
  const latest = latestVersion(row.id, db());
  const changed = row.status === "review" && latest !== null && changedSince(row, latest, db());
  return { latest, changed, roundClosed: roundClosed(db(), row.roundId, now) };
}

function formsFor(reader: ReportReader, row: ReportRow, reviews: Review[], state: ReturnType<typeof versionState>): ReportForms {
  const open = row.status !== "released";
  const { latest, changed } = state;
  const pending = pendingApprovals(db(), row.id, row.partnershipId);
  return {
    readings: open
      ? reviews
          .filter((r) => reader.standing.coordinatorOf.has(r.organisationId))
          .map((r) => ({
            organisationId: r.organisationId,
            organisationName: r.organisationName,
            text: r.ourReading ?? "",
            approved: r.decision === "approved" && r.versionId === latest?.id,
          }))
      : [],
    mayApprove: row.status === "review",
    whatWeLearned: open && reader.standing.ingoStaff ? (row.whatWeLearned ?? "") : null,
    mayToReview: reader.facilitator && (row.status === "draft" || changed),
    mayRelease: reader.facilitator && row.status === "review",
    pendingApprovals: reviews.filter((r) => pending.includes(r.organisationId)).map((r) => r.organisationName),
    versionId: latest?.id ?? null,
    nextVersion: (latest?.number ?? 0) + 1,
    roundClosed: state.roundClosed,
    mostlySuppressed: latest && mostlySuppressed(latest) ? { suppressed: latest.suppressedCount, figures: latest.figureCount } : null,
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
    themes: report.themes.map((theme) =>
      theme.quotes.none ? theme : { ...theme, quotes: { none: false, quotes: theme.quotes.quotes.map(opaque) } },
    ),
    ...(report.tieStories && { tieStories: report.tieStories.map((line) => ({ ...line, stories: line.stories.map(opaque) })) }),
  };
}

export function reportPageFor(person: Person, reportId: number, now = new Date()): ReportPageData {
  const { row, reader, report, version } = readReport(person, reportId, now);
  const reviews = reader.partner || reader.facilitator ? reviewsOf(row) : null;
  const state = reviews ? versionState(row, now) : null;
  return {
    meta: {
      id: row.id,
      status: row.status,
      releasedAt: row.releasedAt,
      version: version ? { number: version.number, frozenAt: version.createdAt, changedSince: state?.changed ?? false } : null,
      // A draft after a send-back: the page says which version went back.
      lastVersion: row.status === "draft" ? (state?.latest?.number ?? null) : null,
    },
    report: withOpaqueQuoteIds(report),
    /** A facilitator by role reads no voice: the page says so instead of "no quote for this dimension". */
    quotesWithheld: !readsVoices(reader),
    review: reviews ? reviews.map(({ organisationName, decision, comment }) => ({ organisationName, decision, comment })) : null,
    forms: reviews && state ? formsFor(reader, row, reviews, state) : null,
  };
}
