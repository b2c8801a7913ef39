import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { RoundResponders } from "~/models/messages/types";

/** One open round: per instrument, each invited person of the organisation and how far they are. */
export function RespondersRound({ round }: { round: RoundResponders }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby={`round-${round.roundId}`}>
      <h2 id={`round-${round.roundId}`}>{t("round.title", { label: round.label })}</h2>
      <p className="muted">{t("responders.closes", { date: round.closesAt.slice(0, 10) })}</p>
      {round.instruments.map((i) => (
        <table key={i.instrument}>
          <caption>{t(`instrument.${i.instrument}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("responders.col.person")}</th>
              <th scope="col">{t("responders.col.status")}</th>
            </tr>
          </thead>
          <tbody>
            {i.people.map((p, n) => (
              <tr key={n}>
                <td>{p.name}</td>
                <td>
                  <span className={`status status-${p.status}`}>{t(`responders.status.${p.status}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {round.waiting === 0 ? (
        <p>{t("responders.all_sent")}</p>
      ) : round.mayRemind ? (
        <Form method="post">
          <input type="hidden" name="roundId" value={round.roundId} />
          <button type="submit" className="primary">
            {t("responders.remind", { count: round.waiting })}
          </button>
        </Form>
      ) : (
        <p className="muted">{t("responders.reminded_today")}</p>
      )}
    </section>
  );
}
