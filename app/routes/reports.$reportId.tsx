import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ReportPage } from "~/components/joint-report/page";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { requireReport } from "~/models/joint-report/access.server";
import { reportFormEcho, reportFormValues, takeReportStep } from "~/models/joint-report/forms.server";
import { reportPageFor } from "~/models/joint-report/page.server";
import { invalid } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

// The report and print stylesheets load on report pages only; chart.js is fetched by the charts themselves.
export const links: LinksFunction = () => [
  { rel: "stylesheet", href: "/styles/report.css" },
  { rel: "stylesheet", href: "/styles/print.css" },
];

export function loader({ request, params }: LoaderFunctionArgs) {
  return reportPageFor(requirePerson(request), idParam(params.reportId));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const reportId = idParam(params.reportId);
  const { reader } = requireReport(person, reportId);
  const values = reportFormValues(await request.formData());
  const outcome = takeReportStep(reader, reportId, values);
  if (outcome.ok) return redirect(`/reports/${reportId}#readings`);
  if (outcome.reason === "invalid") return invalid(outcome.errors, reportFormEcho(values));
  if (outcome.reason === "forbidden") throw new Response("Forbidden", { status: 403, statusText: "Forbidden" });
  throw new Response("Conflict", { status: 409, statusText: "Conflict" });
}

export default function ReportRoute() {
  const data = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  return <ReportPage data={data} refused={refused} />;
}
