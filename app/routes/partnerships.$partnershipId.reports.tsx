import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n/context";
import { idParam } from "~/models/access.server";
import { requirePerson } from "~/models/people/auth.server";
import { conflict, formText, notFound } from "~/models/platform/http.server";
import { createReport, listPartnershipReports } from "~/models/joint-report/reports.server";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
// Community members find their reports here on cheap phones: a plain list and a form need no JavaScript.
export const handle = { hydrate: false };

export function loader({ request, params }: LoaderFunctionArgs) {
  const list = listPartnershipReports(requirePerson(request), idParam(params.partnershipId));
  if (!list) throw notFound();
  return list;
}

/** A facilitator makes a round's report; the round must belong to this partnership. */
export async function action({ request, params }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const partnershipId = idParam(params.partnershipId);
  const list = listPartnershipReports(person, partnershipId);
  if (!list || !list.mayCreate) throw notFound();
  // Only a round this list offers: anything else, well-formed or not, is the same 404.
  const posted = formText(await request.formData(), "roundId");
  const roundId = /^[1-9][0-9]{0,14}$/.test(posted) ? Number(posted) : null;
  const round = list.rounds.find((r) => r.roundId === roundId);
  if (roundId === null || !round) throw notFound();
  // A round has one report: "make the report" sent twice leads to the one the first made (docs/security.md 7.7).
  if (round.report) return redirect(`/reports/${round.report.id}`);
  const created = createReport(person, roundId);
  if (created.ok) return redirect(`/reports/${created.reportId}`);
  if (created.reason === "exists") throw conflict();
  throw notFound();
}

export default function PartnershipReports() {
  const { partnership, rounds, mayCreate } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section aria-labelledby="title">
      <p>
        <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link>
      </p>
      <h1 id="title">{t("report.list.title")}</h1>
      {rounds.length === 0 ? <p>{t("report.list.none")}</p> : null}
      <ul className="task-list">
        {rounds.map((round) => (
          <li key={round.roundId}>
            {round.report ? (
              <>
                <Link to={`/reports/${round.report.id}`}>{t("report.title", { round: round.label })}</Link>{" "}
                <span className={`status status-${round.report.status}`}>{t(`report.status.${round.report.status}`)}</span>
              </>
            ) : (
              <>
                {round.label} <span className="muted">{t("report.list.no_report")}</span>
                {mayCreate ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="roundId" value={round.roundId} />
                    <button type="submit">{t("report.list.create", { round: round.label })}</button>
                  </Form>
                ) : null}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
