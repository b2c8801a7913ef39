// Section 1, who answered: invited, started and sent per organisation and instrument, with the totals.
import type { ResponseRates } from "../../../reports/response-rates";
import { useT } from "~/i18n/context";
import { ScrollRegion } from "./section";
import { FigureText } from "./figure";

export function ReportRates({ rates }: { rates: ResponseRates }) {
  const t = useT();
  if (rates.rows.length === 0) return <p>{t("report.rates.none")}</p>;
  const lines = [
    ...rates.rows.map((row) => ({ key: `${row.organisationId}-${row.instrument}`, organisation: row.organisationName, ...row })),
    ...rates.totals.map((total) => ({ key: `all-${total.instrument}`, organisation: t("report.rates.all"), ...total })),
  ];
  return (
    <ScrollRegion label={t("report.rates.caption")}>
      <table>
        <caption>{t("report.rates.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("report.rates.instrument")}</th>
            <th scope="col">{t("report.rates.organisation")}</th>
            <th scope="col">{t("report.rates.invited")}</th>
            <th scope="col">{t("report.rates.started")}</th>
            <th scope="col">{t("report.rates.submitted")}</th>
            <th scope="col">{t("report.rates.rate")}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key}>
              <td>{t(`instrument.${line.instrument}`)}</td>
              <th scope="row">{line.organisation}</th>
              <td>{line.invited}</td>
              <td>
                <FigureText value={line.started} format="count" />
              </td>
              <td>
                <FigureText value={line.submitted} format="count" />
              </td>
              <td>
                <FigureText value={line.rate} format="share" missing={t("report.rates.no_one_invited")} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
