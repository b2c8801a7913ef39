import { Form } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import type { BenchmarkConsentSide } from "~/models/joint-report/types";

/** Each organisation that must agree, whether it did (who, when), and its own agree or withdraw button. */
export function BenchmarkConsentList({ sides }: { sides: BenchmarkConsentSide[] }) {
  const t = useT();
  const d = useDate();
  return (
    <table>
      <caption>{t("benchmark.consent.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("benchmark.consent.col.organisation")}</th>
          <th scope="col">{t("benchmark.consent.col.state")}</th>
          <th scope="col">{t("benchmark.consent.col.answer")}</th>
        </tr>
      </thead>
      <tbody>
        {sides.map((side) => (
          <tr key={side.organisationId}>
            <th scope="row">
              {side.organisationName} ({t(`partnership.role.${side.role}`)})
            </th>
            <td>
              {side.agreedBy !== null && side.agreedAt !== null
                ? t("benchmark.consent.agreed", { person: side.agreedBy, date: d(side.agreedAt) })
                : t("benchmark.consent.not_agreed")}
            </td>
            <td>
              {side.mayAnswer ? (
                <Form method="post">
                  <input type="hidden" name="organisationId" value={side.organisationId} />
                  <button type="submit" name="intent" value={side.agreedAt ? "withdraw" : "agree"}>
                    {t(side.agreedAt ? "benchmark.consent.withdraw" : "benchmark.consent.agree", { organisation: side.organisationName })}
                  </button>
                </Form>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
