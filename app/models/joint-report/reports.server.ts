// Joint reports: making one per round, reading one (page and exports share this one door), and the lists
// that point to them. Every read goes through readerOf (who may see the report) and the consent module
// (which voices this reader may see), then through reports/ (figures, suppression with the partnership's k).
import { desc, eq } from "drizzle-orm";
import { partnerships, reports, rounds } from "../../../db/schema";
import { buildJointReport } from "../../../reports/joint-report";
import type { JointReport } from "../../../reports/report-shape";
import { standingIn } from "../consent.server";
import { db } from "../platform/context.server";
import type { Person } from "../people/people.server";
import { readerOf, readsVoices, requireReport, type ReportReader, type ReportRow } from "./access.server";
import { loadJointReportInput } from "./data.server";
import type { QuoteAccess } from "./quotes.server";
import { notFound } from "../platform/http.server";
import { resolveFrozenQuotes } from "./frozen-quotes.server";
import { frozenOnFirstRead, latestVersion, versionById } from "./versions.server";
import { withBenchmarks } from "./benchmarks.server";

export { buildReportFor } from "./data.server";
export { reportsForHome } from "./home.server";
export type { HomeReport } from "./types";

export type CreateResult = { ok: true; reportId: number } | { ok: false; reason: "forbidden" | "not_found" | "exists" };

/** A facilitator makes the report of a round, one per round; it starts as a draft. */
export function createReport(person: Person, roundId: number): CreateResult {
  if (!person.isFacilitator) return { ok: false, reason: "forbidden" };
  const round = db().select({ id: rounds.id, partnershipId: rounds.partnershipId }).from(rounds).where(eq(rounds.id, roundId)).get();
  if (!round) return { ok: false, reason: "not_found" };
  const created = db()
    .insert(reports)
    .values({ roundId, partnershipId: round.partnershipId })
    .onConflictDoNothing()
    .returning({ id: reports.id })
    .get();
  return created ? { ok: true, reportId: created.id } : { ok: false, reason: "exists" };
}

export function quoteAccessFor(reader: ReportReader, status: ReportRow["status"]): QuoteAccess {
  return readsVoices(reader)
    ? { kind: "reader", viewer: { kind: "person", person: reader.person }, standing: reader.standing, status }
    : { kind: "none" };
}

/** The version a page or export shows: its number, and when it was frozen. */
export type ShownVersion = { id: number; number: number; createdAt: string; figureCount: number; suppressedCount: number };

export type ReadReport = { row: ReportRow; reader: ReportReader; report: JointReport; version: ShownVersion | null };

/**
 * The version review and release read: the released one once released, else the latest. A report sent to
 * review or released before versions existed is frozen once, on its first read (then never again).
 */
function shownVersion(row: ReportRow, now: Date): ShownVersion {
  if (row.status === "released" && row.releasedVersionId) return versionById(row.id, row.releasedVersionId, db())!;
  const latest = row.status === "review" ? latestVersion(row.id, db()) : null;
  return latest ?? frozenOnFirstRead(row, now);
}

/**
 * The report as this person may see it, or the 404 every refusal gets. Page, CSV and JSON all come through
 * here. A draft is a live preview; in review and once released everyone reads the frozen version, with each
 * quote asked again through the consent module (it may only disappear).
 */
export function readReport(person: Person, reportId: number, now = new Date()): ReadReport {
  const { report: row, reader } = requireReport(person, reportId);
  const access = quoteAccessFor(reader, row.status);
  if (row.status === "draft") {
    const target = { partnershipId: row.partnershipId, roundId: row.roundId, reportId: row.id, whatWeLearned: row.whatWeLearned };
    const input = loadJointReportInput(target, access, now);
    if (!input) throw notFound();
    return { row, reader, report: withBenchmarks(buildJointReport(input), row.partnershipId, now), version: null };
  }
  const { id, number, createdAt, figureCount, suppressedCount } = shownVersion(row, now);
  const frozen = versionById(row.id, id, db())!;
  const target = { partnershipId: row.partnershipId, roundId: row.roundId, status: row.status };
  // Benchmarks are read live beside the frozen figures: a partnership that withdraws stops counting at once.
  const report = withBenchmarks(resolveFrozenQuotes(frozen.content.report, frozen.content.quotes, target, access), row.partnershipId, now);
  return { row, reader, report, version: { id, number, createdAt, figureCount, suppressedCount } };
}

/** The rounds of a partnership with their report, as far as this person may see them; null when the partnership is not theirs. */
export function listPartnershipReports(person: Person, partnershipId: number) {
  const partnership = db()
    .select({ id: partnerships.id, name: partnerships.name })
    .from(partnerships)
    .where(eq(partnerships.id, partnershipId))
    .get();
  if (!partnership) return null;
  const rows = db()
    .select({
      roundId: rounds.id,
      label: rounds.label,
      state: rounds.state,
      opensAt: rounds.opensAt,
      reportId: reports.id,
      status: reports.status,
    })
    .from(rounds)
    .leftJoin(reports, eq(reports.roundId, rounds.id))
    .where(eq(rounds.partnershipId, partnershipId))
    .orderBy(desc(rounds.opensAt))
    .all();
  const standing = standingIn(person, partnershipId);
  const sees = (status: ReportRow["status"]) => readerOf(person, { partnershipId, status }, standing) !== null;
  const mayCreate = person.isFacilitator;
  // A funder sees the list with its released reports only; an outsider sees no list at all.
  if (!sees("draft") && !standing.funder) return null;
  return {
    partnership,
    mayCreate,
    rounds: rows.flatMap((r) => {
      const visible = r.reportId !== null && r.status !== null && sees(r.status);
      if (!visible && !mayCreate) return [];
      return [{ roundId: r.roundId, label: r.label, state: r.state, report: visible ? { id: r.reportId!, status: r.status! } : null }];
    }),
  };
}
