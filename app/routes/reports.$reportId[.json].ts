// /reports/:id.json — the same figures as the CSV for funders' own systems, through the same door as the page.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { toJson } from "../../reports/export-json";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { exportHeaders } from "~/models/joint-report/export.server";
import { readReport } from "~/models/joint-report/reports.server";

export function loader({ request, params }: LoaderFunctionArgs) {
  const reportId = idParam(params.reportId);
  const { report } = readReport(requirePerson(request), reportId);
  return new Response(toJson(report), { headers: exportHeaders("application/json; charset=utf-8", `sikiliza-report-${reportId}.json`) });
}
