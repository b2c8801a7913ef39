import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { BenchmarkConsentList } from "~/components/benchmarks/consent-list";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import {
  agreeToBenchmarks,
  benchmarkConsentFor,
  mayOpenBenchmarkConsent,
  withdrawFromBenchmarks,
} from "~/models/joint-report/benchmark-consent.server";
import { formText, invalid, notFound } from "~/models/platform/http.server";
import { FieldError } from "~/components/field-error";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

// Inside the partnership only (docs/decisions/030): whether its figures join the benchmark, and who agreed.
export function loader({ request, params }: LoaderFunctionArgs) {
  const page = benchmarkConsentFor(requirePerson(request), idParam(params.partnershipId));
  if (!page) throw notFound();
  return page;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const partnershipId = idParam(params.partnershipId);
  if (!mayOpenBenchmarkConsent(person, partnershipId)) throw notFound();
  const form = await request.formData();
  const intent = formText(form, "intent");
  const organisation = formText(form, "organisationId");
  if (intent !== "agree" && intent !== "withdraw") return invalid({ intent: "benchmark.error.intent" });
  if (!/^[1-9][0-9]{0,14}$/.test(organisation)) return invalid({ organisationId: "benchmark.error.organisation" });
  const answer = intent === "agree" ? agreeToBenchmarks : withdrawFromBenchmarks;
  if (answer(person, partnershipId, Number(organisation)) !== "saved") throw notFound();
  return redirect(`/partnerships/${partnershipId}/benchmarks`);
}

export default function Benchmarks() {
  const { partnership, optedIn, sides } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  return (
    <div>
      <p>
        <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link>
      </p>
      <h1>{t("benchmark.consent.title")}</h1>
      <p>{t("benchmark.consent.intro")}</p>
      <p role="status">
        <strong>{t(optedIn ? "benchmark.consent.state.in" : "benchmark.consent.state.out")}</strong>
      </p>
      {/* The buttons carry both fields, so a refusal is shown once, above them, in words that name the field. */}
      <FieldError id="benchmark-error" message={refused?.errors.intent ?? refused?.errors.organisationId} />
      <BenchmarkConsentList sides={sides} />
    </div>
  );
}
