// The download itself: CSV or XLSX of exportAnswers(), or a plain refusal when the small-number rule withholds it.
import { tableToCsv } from "../../../reports/export-csv";
import { tableToXlsx } from "../../../reports/export-xlsx";
import { exportHeaders } from "../joint-report/export.server";
import { translatorFor } from "~/i18n/catalogues.server";
import { localeFor } from "../people/locale.server";
import { requirePerson } from "../people/auth.server";
import { exportAnswers } from "./answer-export.server";

export async function answersDownload(
  request: Request,
  params: Record<string, string | undefined>,
  format: "csv" | "xlsx",
): Promise<Response> {
  const locale = localeFor(request, requirePerson(request));
  const result = exportAnswers(request, params, locale);
  if (!result.ok) {
    const t = translatorFor(locale);
    return new Response(t("answers.export.too_few", result.tooFew), {
      status: 409,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  const { filename, header, rows } = result.table;
  if (format === "csv")
    return new Response(tableToCsv(header, rows), { headers: exportHeaders("text/csv; charset=utf-8", `${filename}.csv`) });
  const body = await tableToXlsx("answers", header, rows);
  return new Response(new Uint8Array(body), {
    headers: exportHeaders("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `${filename}.xlsx`),
  });
}
