import { useT } from "~/i18n/context";
import type { T } from "~/i18n";

type Suppressed = { suppressed: true; k: number };
type Figure = number | null | Suppressed;
type Line = { instrument: string; invited: number; started: Figure; submitted: Figure; rate: Figure };
export type RoundRatesData = { rows: (Line & { organisationId: number; organisationName: string })[]; totals: Line[] };

function shown(t: T, figure: Figure, percent = false) {
  if (figure === null) return "–";
  if (typeof figure === "number") return percent ? `${Math.round(figure * 100)}%` : String(figure);
  // One text for every hidden figure: which ones were small must not show (docs/decisions/012).
  return t("round.rates.hidden");
}

/** Who answered, one table per instrument, with the instrument's total last. Numbers only, no chart. */
export function RoundRates({ rates }: { rates: RoundRatesData }) {
  const t = useT();
  if (rates.totals.length === 0) return <p>{t("round.rates.none")}</p>;
  return (
    <>
      {rates.totals.map((total) => (
        <div className="table-wrap" key={total.instrument}>
          <table>
            <caption>{t(`instrument.${total.instrument}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("round.rates.organisation")}</th>
                <th scope="col">{t("round.rates.invited")}</th>
                <th scope="col">{t("round.rates.started")}</th>
                <th scope="col">{t("round.rates.submitted")}</th>
                <th scope="col">{t("round.rates.rate")}</th>
              </tr>
            </thead>
            <tbody>
              {[
                ...rates.rows.filter((r) => r.instrument === total.instrument),
                { ...total, organisationId: 0, organisationName: t("round.rates.total") },
              ].map((r) => (
                <tr key={r.organisationId}>
                  <th scope="row">{r.organisationName}</th>
                  <td>{r.invited}</td>
                  <td>{shown(t, r.started)}</td>
                  <td>{shown(t, r.submitted)}</td>
                  <td>{shown(t, r.rate, true)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}
