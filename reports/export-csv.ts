import { stringify } from "csv-stringify/sync";
import type { FigureRow } from "./export-row";

const COLUMNS = ["section", "figure", "dimension", "organisation", "round", "value", "n", "suppressed", "note"] as const;

/** A spreadsheet would run a cell starting with one of these as a formula (docs/security.md 4.6). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text that could be read as a formula gets a leading `'`. Numbers are written as numbers and left
 * alone: a gap of -0.5 is a figure, and "-0.5" is read as a number by every spreadsheet; prefixing it
 * would turn negative gaps into text that charts and sums skip. Only strings carry formulas.
 */
export function formulaSafe(value: string | number | boolean): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** CSV with a header, a UTF-8 byte-order mark (so spreadsheets read Swahili and emoji right) and CRLF lines (RFC 4180). */
export function toCsv(rows: readonly FigureRow[]): string {
  return stringify([COLUMNS as readonly string[], ...rows.map((row) => COLUMNS.map((column) => formulaSafe(row[column])))], {
    bom: true,
    record_delimiter: "windows",
  });
}
