// /reports/:id.json — the same figures as the CSV for funders' own systems, through the same door as the page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { readReport } from "~/models/joint-report/reports.server";
import { exportHeaders, reportJson } from "~/models/joint-report/export.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const reportId = idParam(params.reportId);
  const read = readReport(requirePerson(request), reportId);
  return new Response(reportJson(read), { headers: exportHeaders("application/json; charset=utf-8", `sikiliza-report-${reportId}.json`) });
}
