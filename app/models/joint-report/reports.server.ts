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

export type ReadReport = { row: ReportRow; reader: ReportReader; report: JointReport };

/** The built report as this person may see it, or the 404 every refusal gets. Page, CSV and JSON all come through here. */
export function readReport(person: Person, reportId: number, now = new Date()): ReadReport {
  const { report: row, reader } = requireReport(person, reportId);
  const input = loadJointReportInput(
    { partnershipId: row.partnershipId, roundId: row.roundId, reportId: row.id, whatWeLearned: row.whatWeLearned },
    quoteAccessFor(reader, row.status),
    now,
  );
  if (!input) throw notFound();
  return { row, reader, report: buildJointReport(input) };
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
