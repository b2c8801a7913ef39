// /reports/:id.csv — every figure of the report, one row each, formula-safe (docs/security.md 4.6), through the
// same door as the page: the same reader rules, consent and suppression, the same 404 for anyone else.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { readReport } from "~/models/joint-report/reports.server";
import { exportHeaders, reportCsv } from "~/models/joint-report/export.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const reportId = idParam(params.reportId);
  const read = readReport(requirePerson(request), reportId);
  return new Response(reportCsv(read), { headers: exportHeaders("text/csv; charset=utf-8", `sikiliza-report-${reportId}.csv`) });
}
