import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ReportPage } from "~/components/joint-report/page";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { requireReport } from "~/models/joint-report/access.server";
import { reportFormEcho, reportFormValues, takeReportStep } from "~/models/joint-report/forms.server";
import { reportPageFor } from "~/models/joint-report/page.server";
import { invalid } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];

// No React in the browser: the report is all in the HTML and its forms are plain posts; a small script
// draws the charts after the page has loaded (ADR 013).
export const handle = { hydrate: false };

// The report and print stylesheets load on report pages only.
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
  // A step the report's state does not allow at all gets the 409 page; a decision on an older version, a
  // release of an open round or of a changed report gets the report again, saying why (docs/decisions/015).
  if (outcome.message === "report.error.not_now") throw new Response("Conflict", { status: 409, statusText: "Conflict" });
  return data({ ok: false as const, errors: { form: outcome.message }, values: reportFormEcho(values) }, { status: 409 });
}

export default function ReportRoute() {
  const data = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  return <ReportPage data={data} refused={refused} />;
}
