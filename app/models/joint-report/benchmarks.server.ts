// Loading a benchmark (docs/decisions/030): the other opted-in partnerships' figures as their own released
// reports showed them, for reports/benchmarks.ts to place this report among. Read on every report read, so a
// withdrawal counts at once; what changes only with a new released version is cached by that version's content
// hash (an id could name other content after a restore from an older backup; the hash cannot).
import { and, desc, eq, inArray } from "drizzle-orm";
import { reports, reportVersions, rounds } from "../../../db/schema";
import { benchmarkFiguresOf, buildBenchmarks, type BenchmarkFigures } from "../../../reports/benchmarks";
import type { JointReport } from "../../../reports/report-shape";
import { db } from "../platform/context.server";
import { optedInPartnershipIds } from "./benchmark-consent.server";
import { frozenOnFirstRead, versionById } from "./versions.server";

// A released version never changes, so its figures can be kept by its content hash for the life of the process.
const figuresByContent = new Map<string, BenchmarkFigures>();
const CACHE_LIMIT = 10_000;

type Released = {
  id: number;
  partnershipId: number;
  roundId: number;
  status: "released";
  whatWeLearned: string | null;
  releasedVersionId: number | null;
  contentHash: string | null;
};

/** Each partnership's latest released report (by its round's opening), one query for all of them. */
function latestReleased(partnershipIds: number[]): Released[] {
  if (partnershipIds.length === 0) return [];
  const rows = db()
    .select({
      id: reports.id,
      partnershipId: reports.partnershipId,
      roundId: reports.roundId,
      whatWeLearned: reports.whatWeLearned,
      releasedVersionId: reports.releasedVersionId,
      contentHash: reportVersions.contentHash,
    })
    .from(reports)
    .innerJoin(rounds, eq(rounds.id, reports.roundId))
    .leftJoin(reportVersions, eq(reportVersions.id, reports.releasedVersionId))
    .where(and(inArray(reports.partnershipId, partnershipIds), eq(reports.status, "released")))
    .orderBy(desc(rounds.opensAt), desc(rounds.id))
    .all();
  const seen = new Set<number>();
  return rows.flatMap((row) => {
    if (seen.has(row.partnershipId)) return [];
    seen.add(row.partnershipId);
    return [{ ...row, status: "released" as const }];
  });
}

function figuresOf(report: Released, now: Date): BenchmarkFigures | null {
  const frozen = report.releasedVersionId && report.contentHash ? null : frozenOnFirstRead(report, now);
  const versionId = frozen?.id ?? report.releasedVersionId!;
  const hash = frozen?.contentHash ?? report.contentHash!;
  const cached = figuresByContent.get(hash);
  if (cached) return cached;
  const version = versionById(report.id, versionId, db());
  if (!version) return null;
  const figures = benchmarkFiguresOf(version.content.report);
  if (figuresByContent.size >= CACHE_LIMIT) figuresByContent.clear();
  figuresByContent.set(hash, figures);
  return figures;
}

/**
 * The report with its benchmark when this partnership opted in; unchanged otherwise. Only the OTHER opted-in
 * partnerships are read, each through the version its own readers read.
 */
export function withBenchmarks(report: JointReport, partnershipId: number, now: Date): JointReport {
  const optedIn = optedInPartnershipIds();
  if (!optedIn.has(partnershipId)) return report;
  const others = latestReleased([...optedIn].filter((id) => id !== partnershipId)).flatMap((r) => figuresOf(r, now) ?? []);
  return { ...report, benchmarks: buildBenchmarks(benchmarkFiguresOf(report), others, report.k) };
}
