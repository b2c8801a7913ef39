import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { QuoteChoices } from "~/components/joint-report/quote-choices";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { quoteChoicePage } from "~/models/joint-report/quote-candidates.server";
import { chooseQuote, chooserOf, moveQuote, takeBackQuote, type ChoiceResult } from "~/models/joint-report/quote-choices.server";
import { conflict, formText, invalid, notFound } from "~/models/platform/http.server";

// The coordinator chooses and orders their organisation's quotes for the joint report (docs/decisions/016).
// Plain forms, no JavaScript needed. Who may not see the report gets 404; who sees it but coordinates no
// community partner (INGO, facilitator, funder, members) gets 403.
export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: "/styles/report.css" }];

const forbidden = () => new Response("Forbidden", { status: 403, statusText: "Forbidden" });

function chooserFor(request: Request, reportIdParam: string | undefined) {
  const person = requirePerson(request);
  const chooser = chooserOf(person, idParam(reportIdParam));
  if ("refused" in chooser) throw forbidden();
  return { person, chooser };
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const { person, chooser } = chooserFor(request, params.reportId);
  return quoteChoicePage(person, chooser);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { person, chooser } = chooserFor(request, params.reportId);
  const form = await request.formData();
  const intent = formText(form, "intent");
  const choiceId = formText(form, "choiceId");
  let result: ChoiceResult;
  if (intent === "choose") result = chooseQuote(person, chooser, { voice: formText(form, "voice"), section: formText(form, "section") });
  else if (intent === "take_back") result = takeBackQuote(chooser, choiceId);
  else if (intent === "up" || intent === "down") result = moveQuote(chooser, choiceId, intent);
  else return invalid({ intent: "quotes.error.intent" }, { voice: "" });
  if (result.ok) return redirect(`/reports/${chooser.report.id}/quotes#chosen`);
  if (result.reason === "not_found") throw notFound();
  if (result.reason === "released") throw conflict();
  return invalid(result.errors, { voice: formText(form, "voice").slice(0, 40) });
}

export default function QuotesRoute() {
  const data = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  return <QuoteChoices data={data} refused={refused && !refused.ok ? refused : undefined} />;
}
