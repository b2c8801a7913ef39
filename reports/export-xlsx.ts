import ExcelJS from "exceljs";

type Cell = string | number | boolean | null;

/**
 * One worksheet: the header, then one row per response. Every string is written as a text cell, never as a
 * formula, so an answer such as "=HYPERLINK(…)" stays the words a person typed (docs/security.md 4.6).
 */
export async function tableToXlsx(sheetName: string, header: readonly string[], rows: readonly (readonly Cell[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31).replace(/[\\/?*[\]:]/g, "-") || "answers");
  sheet.addRow([...header]);
  sheet.getRow(1).font = { bold: true };
  // exceljs writes a formula only for a { formula } value; a string is always a shared-string text cell.
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
