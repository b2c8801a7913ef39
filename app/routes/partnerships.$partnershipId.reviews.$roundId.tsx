import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { AgendaDraftView, useAgendaText } from "~/components/reviews/agenda-draft";
import { DecisionForm } from "~/components/reviews/decision-form";
import { MinutesForm } from "~/components/reviews/minutes-form";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import {
  AGENDA_MAX,
  decisionEcho,
  decisionValues,
  minutesEcho,
  minutesValues,
  parseDecision,
  parseMinutes,
} from "~/models/reviews/review-form.server";
import { addDecision, reviewPageFor, saveMinutes } from "~/models/reviews/reviews.server";
import { formText, invalid, notFound } from "~/models/platform/http.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };
// The review prints on one page: print.css hides the forms and the site's header.
export const links: LinksFunction = () => [{ rel: "stylesheet", href: "/styles/print.css" }];

// The partnership's own meeting: its INGO staff, community people and the facilitator; never a funder.
export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const page = reviewPageFor(person, idParam(params.partnershipId), idParam(params.roundId));
  if (!page) throw notFound();
  return { ...page, agendaMax: AGENDA_MAX };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const partnershipId = idParam(params.partnershipId);
  const roundId = idParam(params.roundId);
  const page = reviewPageFor(person, partnershipId, roundId);
  if (!page?.mayEdit) throw notFound();
  const form = await request.formData();
  const back = `/partnerships/${partnershipId}/reviews/${roundId}`;
  if (formText(form, "intent") === "decision") {
    const values = decisionValues(form);
    const parsed = parseDecision(values);
    const errors = parsed.ok ? addDecision(person, partnershipId, roundId, parsed.input) : parsed.errors;
    return errors ? invalid(errors, { decision: decisionEcho(values) }) : redirect(back);
  }
  const values = minutesValues(form);
  const parsed = parseMinutes(values);
  const errors = parsed.ok ? saveMinutes(person, partnershipId, roundId, parsed.input) : parsed.errors;
  return errors ? invalid(errors, { minutes: minutesEcho(values) }) : redirect(back);
}

export default function QuarterlyReview() {
  const page = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  const draftText = useAgendaText(page.draft);
  const values = refused?.values;
  const refusedMinutes = refused && values && "minutes" in values ? { errors: refused.errors, values: values.minutes } : null;
  const refusedDecision = refused && values && "decision" in values ? { errors: refused.errors, values: values.decision } : null;
  const attended = page.organisations.filter((o) => o.attended);
  return (
    <div className="review">
      <p>
        <Link to={`/partnerships/${page.partnership.id}/reviews`}>{t("review.list.title")}</Link> · {page.partnership.name}
      </p>
      <h1>{t("review.title", { round: page.round.label })}</h1>
      <p className="muted">
        {page.heldOn ? t("review.held_on", { date: page.heldOn }) : t("review.not_held")} ·{" "}
        {attended.length ? t("review.attended", { organisations: attended.map((o) => o.name).join(", ") }) : t("review.no_attendance")}
      </p>
      {page.agenda ? (
        <section aria-labelledby="agenda-title">
          <h2 id="agenda-title">{t("review.agenda.written")}</h2>
          <div className="agenda-text">
            {page.agenda.split("\n").map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        </section>
      ) : null}
      <section aria-labelledby="draft-title">
        <h2 id="draft-title">{t("review.agenda.drafted")}</h2>
        <AgendaDraftView draft={page.draft} />
      </section>
      <section aria-labelledby="decisions-title">
        <h2 id="decisions-title">{t("review.decisions")}</h2>
        {page.decisions.length === 0 ? <p className="muted">{t("review.no_decisions")}</p> : null}
        <ol>
          {page.decisions.map((d) => (
            <li key={d.id}>
              {d.text}
              {d.action ? (
                <>
                  {" "}
                  →{" "}
                  <a href={`/actions/${d.action.id}`}>
                    {t("review.decision.action", { owner: d.action.owner, due: d.action.dueOn ?? "—" })}
                  </a>
                </>
              ) : null}
            </li>
          ))}
        </ol>
        {page.mayEdit ? <DecisionForm page={page} refused={refusedDecision} /> : null}
      </section>
      {page.mayEdit ? (
        <section aria-labelledby="minutes-title" className="card">
          <h2 id="minutes-title">{t("review.minutes.title")}</h2>
          <p className="muted">{t("review.print_hint")}</p>
          <MinutesForm page={page} draftText={draftText} refused={refusedMinutes} max={page.agendaMax} />
        </section>
      ) : null}
    </div>
  );
}
