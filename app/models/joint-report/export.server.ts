import { toCsv } from "../../../reports/export-csv";
import { reportFigures } from "../../../reports/export-flatten";
import { toJson } from "../../../reports/export-json";
import { textRow, type FigureRow } from "../../../reports/export-row";
import type { ReadReport } from "./reports.server";

// Headers of a report export: a download, never cached, never sniffed into something else.
export function exportHeaders(contentType: string, filename: string): Headers {
  return new Headers({
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${filename}"`,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
  });
}

/**
 * Which version an export holds, as rows of section "version" after every figure (the fixed columns stay as
 * they are): the number, when it was frozen and, once released, the release date. A draft is a live preview
 * and says so.
 */
export function versionRows({ report, row, version }: ReadReport): FigureRow[] {
  const context = { section: "version", round: report.round.label };
  if (!version) return [textRow(context, "version", "draft", "live preview: not yet frozen for review")];
  return [
    textRow(context, "version", String(version.number)),
    textRow(context, "frozen_on", version.createdAt.slice(0, 10)),
    textRow(
      context,
      "released_on",
      row.status === "released" ? (row.releasedAt ?? "").slice(0, 10) : "",
      row.status === "released" ? "" : "not released",
    ),
  ];
}

/** The JSON export: the report's figures, and which version they come from. */
export function reportJson(read: ReadReport): string {
  const body = JSON.parse(toJson(read.report)) as Record<string, unknown>;
  const version = read.version
    ? {
        number: read.version.number,
        frozenAt: read.version.createdAt,
        releasedAt: read.row.status === "released" ? read.row.releasedAt : null,
      }
    : null;
  return JSON.stringify({ ...body, status: read.row.status, version }, null, 2);
}

export function reportCsv(read: ReadReport): string {
  return toCsv([...reportFigures(read.report), ...versionRows(read)]);
}
