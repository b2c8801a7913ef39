import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { FactsEnterForm } from "~/components/power/facts-enter-form";
import { FactsTable } from "~/components/power/facts-table";
import { FactVerdictForm } from "~/components/power/fact-verdict-form";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { FACT_COMMENT_MAX, VerdictSchema, enterFormValues, parseEnterForm, verdictFormValues } from "~/models/power/fact-form.server";
import { factsPageFor } from "~/models/power/facts-page.server";
import { enterFacts, judgeFact } from "~/models/power/facts.server";
import { fieldErrors, formText, invalid, notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

// Inside the partnership only (docs/decisions/023): funders read facts in released reports, never here.
export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const page = factsPageFor(person, idParam(params.partnershipId), new URL(request.url).searchParams.get("round"));
  if (!page) throw notFound();
  return { ...page, commentMax: FACT_COMMENT_MAX };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const partnershipId = idParam(params.partnershipId);
  const page = factsPageFor(person, partnershipId, new URL(request.url).searchParams.get("round"));
  if (!page?.round) throw notFound();
  const back = `/partnerships/${partnershipId}/power-facts?round=${page.round.id}`;
  const form = await request.formData();
  if (formText(form, "intent") === "judge") {
    const values = verdictFormValues(form);
    const parsed = VerdictSchema.safeParse(values);
    const echo = { judge: { ...values, comment: values.comment.slice(0, FACT_COMMENT_MAX) } };
    if (!parsed.success) return invalid(fieldErrors(parsed.error.issues), echo);
    const { communityValue, comment, ...rest } = parsed.data;
    const outcome = judgeFact(person, partnershipId, {
      ...rest,
      communityValue: communityValue.trim() || null,
      comment: comment.trim() || null,
    });
    if (outcome === "not_found") throw notFound();
    if (outcome !== "saved") return invalid({ [outcome.field]: outcome.message }, echo);
    return redirect(back);
  }
  if (!page.mayEnter) throw notFound();
  const values = enterFormValues(form);
  const parsed = parseEnterForm(values);
  if (!parsed.ok) return invalid(parsed.errors, { enter: values });
  const outcome = enterFacts(person, partnershipId, page.round.id, parsed.entered);
  if (outcome !== "saved") throw notFound();
  return redirect(back);
}

export default function PowerFacts() {
  const { partnership, rounds, round, mayEnter, organisations, commentMax } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  // Each form is refused on its own: the values sent back say which one it was.
  const values = refused?.values;
  const refusedEnter = refused && values && "enter" in values ? { errors: refused.errors, values: { enter: values.enter } } : null;
  const refusedJudge = refused && values && "judge" in values ? { errors: refused.errors, values: { judge: values.judge } } : null;
  return (
    <div>
      <p>
        <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link>
      </p>
      <h1>{t("facts.title")}</h1>
      <p>{t("facts.intro")}</p>
      {rounds.length > 1 ? (
        <nav aria-label={t("facts.rounds")} className="actions">
          {rounds.map((r) =>
            r.id === round?.id ? (
              <strong key={r.id}>{r.label}</strong>
            ) : (
              <Link key={r.id} to={`?round=${r.id}`}>
                {r.label}
              </Link>
            ),
          )}
        </nav>
      ) : null}
      {!round ? <p>{t("facts.no_rounds")}</p> : null}
      {round
        ? organisations.map((org) => (
            <section key={org.id} className="card" aria-labelledby={`org-${org.id}`}>
              <h2 id={`org-${org.id}`}>{t("facts.about", { organisation: org.name, round: round.label })}</h2>
              <FactsTable facts={org.facts} />
              {org.mayJudge
                ? org.facts
                    .filter((f) => f.id !== null)
                    .map((f) => (
                      <FactVerdictForm
                        key={f.id}
                        fact={f}
                        action={`?round=${round.id}`}
                        max={commentMax}
                        refused={refusedJudge && refusedJudge.values.judge.factId === String(f.id) ? refusedJudge : null}
                      />
                    ))
                : null}
              {mayEnter ? (
                <FactsEnterForm
                  organisationId={org.id}
                  facts={org.facts}
                  action={`?round=${round.id}`}
                  refused={refusedEnter && refusedEnter.values.enter.organisationId === String(org.id) ? refusedEnter : null}
                />
              ) : null}
            </section>
          ))
        : null}
    </div>
  );
}
