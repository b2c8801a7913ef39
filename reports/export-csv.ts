import { stringify } from "csv-stringify/sync";
import type { FigureRow } from "./export-row";

const COLUMNS = ["section", "figure", "dimension", "organisation", "round", "value", "n", "suppressed", "note"] as const;

/** A spreadsheet would run a cell starting with one of these as a formula (docs/security.md 4.6). */
const FORMULA_START = /^[=+\-@\t\r\n]/;
/** The same at the start of every later line inside a cell: some readers split a cell's lines into rows. */
const FORMULA_AFTER_BREAK = /([\r\n])(?=[=+\-@\t])/g;

/**
 * Text that could be read as a formula gets a `'` before it, at the start of the cell and of every line
 * inside it. Numbers are written as numbers and left alone: a gap of -0.5 is a figure, and "-0.5" is read
 * as a number by every spreadsheet; prefixing it would turn negative gaps into text that charts and sums
 * skip. Only strings carry formulas.
 */
export function formulaSafe(value: string | number | boolean): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  const lines = value.replace(FORMULA_AFTER_BREAK, "$1'");
  return FORMULA_START.test(lines) ? `'${lines}` : lines;
}

/** CSV with a header, a UTF-8 byte-order mark (so spreadsheets read Swahili and emoji right) and CRLF lines (RFC 4180). */
export function toCsv(rows: readonly FigureRow[]): string {
  return tableToCsv(
    COLUMNS,
    rows.map((row) => COLUMNS.map((column) => row[column])),
  );
}

/** Any table the same way: every cell formula-safe (a header too: question names are the author's words); empty stays empty. */
export function tableToCsv(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const safe = (cell: string | number | boolean | null) => (cell === null ? "" : formulaSafe(cell));
  return stringify([header.map(safe), ...rows.map((row) => row.map(safe))], {
    bom: true,
    record_delimiter: "windows",
    // A bare CR or LF ends a record for many readers: any cell holding one (or a comma or a quote) is quoted.
    quoted_match: /[\r\n,"]/,
  });
}
