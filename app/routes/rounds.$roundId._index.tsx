import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import { RoundCloseForm } from "~/components/rounds/close-form";
import { RoundRates } from "~/components/rounds/rates";
import { canSeeResponseRates, canViewPartnership, idParam } from "~/models/access.server";
import { requireFacilitator, requirePerson } from "~/models/people/auth.server";
import { getPartnership } from "~/models/people/partnerships.server";
import { isCoordinatorOf } from "~/models/people/people.server";
import { formText, invalid, notFound } from "~/models/platform/http.server";
import { roundResponseRates } from "~/models/rounds/rates.server";
import { closeRound, getRound, refreshRounds, waitingFor } from "~/models/rounds/rounds.server";
import { isQuiet } from "~/models/messages/relevance.server";
import { setQuiet } from "~/models/messages/preferences.server";
import { QuietForm } from "~/components/messages/quiet-form";

export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
// Community members open this page on their phones: no JavaScript, and the close form works without it.
export const handle = { hydrate: false };

export function loader({ request, params }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const id = idParam(params.roundId);
  // No cron: opening a round page moves rounds to the state their dates say and makes due quarterly rounds.
  refreshRounds();
  const round = getRound(id);
  if (!round || !canViewPartnership(person, round.partnershipId)) throw notFound();
  const partnership = getPartnership(round.partnershipId)!;
  const rates = canSeeResponseRates(person, round.partnershipId)
    ? roundResponseRates(round, { k: person.isFacilitator ? null : partnership.k })
    : null;
  return {
    round: {
      id,
      label: round.label,
      state: round.state,
      opensAt: round.opensAt,
      closesAt: round.closesAt,
      schedule: round.schedule,
      nextRoundId: round.nextRoundId,
    },
    partnership: { id: partnership.id, name: partnership.name },
    instruments: round.instruments.map((i) => ({ name: i.instrument, version: i.version })),
    mine: waitingFor(person.id)
      .filter((w) => w.roundId === id)
      .map((w) => ({ instrument: w.instrument, status: w.status ?? "not_started" })),
    rates,
    mayClose: person.isFacilitator && round.state !== "closed",
    quiet: isQuiet(id, person.id),
    // Each organisation of the partnership this person coordinates downloads its own answers (answer-export.server.ts).
    exports: partnership.members
      .filter((m) => isCoordinatorOf(person, m.organisationId))
      .map((m) => ({ organisationId: m.organisationId, name: m.name })),
    k: partnership.k,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const person = requirePerson(request);
  const id = idParam(params.roundId);
  const round = getRound(id);
  if (!round || !canViewPartnership(person, round.partnershipId)) throw notFound();
  const form = await request.formData();
  // Any invitee may ask a round not to remind them (docs/security.md 8.3); only facilitators close one.
  if (formText(form, "intent") === "quiet") {
    setQuiet(id, person.id, formText(form, "quiet") === "yes");
    return redirect(`/rounds/${id}`);
  }
  requireFacilitator(request);
  if (formText(form, "intent") !== "close" || formText(form, "confirm") !== "yes") return invalid({ confirm: "round.error.confirm" });
  // Closing twice (a double click) is the same as closing once.
  closeRound(id);
  return redirect(`/rounds/${id}`);
}

export default function RoundPage() {
  const { round, partnership, instruments, mine, rates, mayClose, quiet, exports, k } = useLoaderData<typeof loader>();
  const refused = useActionData<typeof action>();
  const t = useT();
  const d = useDate();
  return (
    <div>
      <p>
        <Link to={`/partnerships/${partnership.id}`}>{partnership.name}</Link> ·{" "}
        <Link to={`/partnerships/${partnership.id}/rounds`}>{t("partnership.rounds")}</Link>
      </p>
      <h1>{t("round.title", { label: round.label })}</h1>
      <p>
        <span className={`status status-${round.state}`}>{t(`round.state.${round.state}`)}</span>{" "}
        {t("round.dates", { opens: d(round.opensAt), closes: d(round.closesAt) })} · {t(`round.schedule.${round.schedule}`)}
      </p>
      {round.nextRoundId ? (
        <p>
          <Link to={`/rounds/${round.nextRoundId}`}>{t("round.next")}</Link>
        </p>
      ) : null}
      {mine.length ? (
        <section className="card" aria-labelledby="mine-title">
          <h2 id="mine-title">{t("home.waiting")}</h2>
          <ul className="task-list">
            {mine.map((m) => (
              <li key={m.instrument}>
                <Link to={`/rounds/${round.id}/respond/${m.instrument}`}>{t(`instrument.${m.instrument}`)}</Link>{" "}
                <span className={`status status-${m.status}`}>{t(`response.status.${m.status}`)}</span>
              </li>
            ))}
          </ul>
          {round.state === "open" ? <QuietForm quiet={quiet} /> : null}
        </section>
      ) : null}
      <section className="card" aria-labelledby="instruments-title">
        <h2 id="instruments-title">{t("round.instruments")}</h2>
        <ul>
          {instruments.map((i) => (
            <li key={i.name}>
              {t(`instrument.${i.name}`)} <span className="muted">{t("round.version", { version: i.version })}</span>
            </li>
          ))}
        </ul>
      </section>
      {exports.length ? (
        <section className="card" aria-labelledby="exports-title">
          <h2 id="exports-title">{t("answers.export.title")}</h2>
          <p className="muted">{t("answers.export.hint", { k })}</p>
          <ul>
            {exports.flatMap((org) =>
              instruments.map((i) => {
                const base = `/organisations/${org.organisationId}/answers/${round.id}/${i.name}`;
                return (
                  <li key={`${org.organisationId}-${i.name}`}>
                    {org.name}: {t(`instrument.${i.name}`)} — <a href={`${base}.csv`}>CSV</a> · <a href={`${base}.xlsx`}>XLSX</a>
                  </li>
                );
              }),
            )}
          </ul>
        </section>
      ) : null}
      {rates ? (
        <section className="card" aria-labelledby="rates-title">
          <h2 id="rates-title">{t("round.rates.title")}</h2>
          <RoundRates rates={rates} />
        </section>
      ) : null}
      {mayClose ? <RoundCloseForm error={refused?.errors?.confirm} /> : null}
    </div>
  );
}
