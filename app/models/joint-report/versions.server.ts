// Frozen report versions (docs/decisions/015-frozen-report-versions.md). Sending a draft to community review
// freezes the built, suppressed report as version N: every figure, the quotes as references (never their
// words), the actions with their verdicts, the readings and what the INGO learned. Review and release read
// that version, never a live build; a live build is made only to see whether the content moved since.
import { and, desc, eq } from "drizzle-orm";
import { reports, reportVersions } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import { buildJointReport } from "../../../reports/joint-report";
import { reportFigures } from "../../../reports/export-flatten";
import type { JointReport } from "../../../reports/report-shape";
import { standingIn } from "../consent.server";
import { listPartnershipMembers } from "../people/partnerships.server";
import type { Person } from "../people/people.server";
import { sha256 } from "../platform/crypto.server";
import type { ReportRow } from "./access.server";
import { db } from "../platform/context.server";
import { loadJointReportInput } from "./data.server";
import { blankQuotes, selectionOf, type FrozenQuote } from "./frozen-quotes.server";
import type { QuoteAccess } from "./quotes.server";

export type VersionContent = { report: JointReport; quotes: FrozenQuote[] };
export type VersionRow = {
  id: number;
  number: number;
  contentHash: string;
  figureCount: number;
  suppressedCount: number;
  createdAt: string;
};

const versionColumns = {
  id: reportVersions.id,
  number: reportVersions.number,
  contentHash: reportVersions.contentHash,
  figureCount: reportVersions.figureCount,
  suppressedCount: reportVersions.suppressedCount,
  createdAt: reportVersions.createdAt,
};

/**
 * The quotes a version holds are every `report`-scope voice of the round's community partners that the
 * live build would choose, as the coordinators of all of them together would see it: the widest reading the
 * consent rule gives for a report, and exactly what a funder reads once released. Each reader is narrowed
 * again, quote by quote, when the version is read (frozen-quotes.server.ts). No text is kept.
 */
function freezeAccess(partnershipId: number): QuoteAccess {
  const community = listPartnershipMembers(partnershipId).filter((m) => m.role === "community_partner");
  const person: Person = {
    id: 0,
    name: "",
    email: "",
    language: "en",
    isFacilitator: false,
    memberships: community.map((m) => ({ organisationId: m.organisationId, organisationName: m.name, kind: m.kind, role: "coordinator", translatorSince: null })),
  };
  const viewer = { kind: "person", person } as const;
  return { kind: "reader", viewer, standing: standingIn(person, partnershipId), status: "released" };
}

type Target = Pick<ReportRow, "id" | "partnershipId" | "roundId" | "whatWeLearned">;

/** What a version would hold if frozen now (or as of `now`): the report with its quotes as references. */
export function liveContent(row: Target, now: Date): VersionContent | null {
  const input = loadJointReportInput(
    { partnershipId: row.partnershipId, roundId: row.roundId, reportId: row.id, whatWeLearned: row.whatWeLearned },
    freezeAccess(row.partnershipId),
    now,
  );
  if (!input) return null;
  const { report, ids } = blankQuotes(buildJointReport(input));
  return { report, quotes: selectionOf(row, ids) };
}

/** The hash of what readers would see; the build time is left out, so only a change of content counts. */
export function contentHash(content: VersionContent): string {
  const { generatedAt: _, ...report } = content.report;
  return sha256(JSON.stringify({ report, quotes: content.quotes }));
}

// Sections never suppressed — words, organisations' decision answers, facts — do not count toward "most figures hidden".
const WORD_SECTIONS = new Set(["texts", "quotes", "actions", "decisions", "power_facts", "tie_stories"]);

export function figureCounts(report: JointReport) {
  const figures = reportFigures(report).filter((row) => !WORD_SECTIONS.has(row.section));
  return { figureCount: figures.length, suppressedCount: figures.filter((row) => row.suppressed).length };
}

export function latestVersion(reportId: number, tx: Db): VersionRow | null {
  return (
    tx
      .select(versionColumns)
      .from(reportVersions)
      .where(eq(reportVersions.reportId, reportId))
      .orderBy(desc(reportVersions.number))
      .limit(1)
      .get() ?? null
  );
}

export function versionById(reportId: number, versionId: number, tx: Db): (VersionRow & { content: VersionContent }) | null {
  const row = tx
    .select({ ...versionColumns, content: reportVersions.content })
    .from(reportVersions)
    .where(and(eq(reportVersions.reportId, reportId), eq(reportVersions.id, versionId)))
    .get();
  return row ? { ...row, content: JSON.parse(row.content) as VersionContent } : null;
}

/** Freezes the report as it stands into the next version. Call inside the write transaction of the step. */
export function freezeVersion(tx: Db, row: Target, createdBy: number | null, now: Date): VersionRow {
  const content = liveContent(row, now);
  if (!content) throw new Error(`report ${row.id}: its round is not the partnership's`);
  const number = (latestVersion(row.id, tx)?.number ?? 0) + 1;
  return tx
    .insert(reportVersions)
    .values({
      reportId: row.id,
      number,
      content: JSON.stringify(content),
      contentHash: contentHash(content),
      ...figureCounts(content.report),
      createdBy,
      createdAt: now.toISOString(),
    })
    .returning(versionColumns)
    .get();
}

/**
 * Whether the live report differs from a version: built as of the version's own build time, so the clock
 * alone (a read window passing) never counts as a change — only new answers, stories, actions, quote
 * choices or texts do.
 */
export function changedSince(row: Target, version: VersionRow, tx: Db): boolean {
  const frozen = versionById(row.id, version.id, tx);
  const live = frozen ? liveContent(row, new Date(frozen.content.report.generatedAt)) : null;
  return !live || contentHash(live) !== version.contentHash;
}

/**
 * A report sent to review or released before versions existed is frozen once, on its first read (then never
 * again); a released one then names that version as the one its readers read.
 */
export function frozenOnFirstRead(row: Target & Pick<ReportRow, "status">, now: Date): VersionRow {
  return writeTransaction(db(), (tx) => {
    const version = latestVersion(row.id, tx) ?? freezeVersion(tx, row, null, now);
    if (row.status === "released") tx.update(reports).set({ releasedVersionId: version.id }).where(eq(reports.id, row.id)).run();
    return version;
  });
}
