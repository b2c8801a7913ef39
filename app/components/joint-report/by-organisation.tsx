// Section 3, after the dimensions: the gap per community organisation beside the pooled gap. One table
// per organisation, so a phone scrolls three columns, not nine. A dimension's row is hidden for every
// organisation at once when any of them is (reports/gaps-by-organisation.ts): the words do not say why.
import type { GapsByOrganisation } from "../../../reports/gaps-by-organisation";
import type { DimensionSection } from "../../../reports/report-shape";
import { useT } from "~/i18n/context";
import { FigureText } from "./figure";
import { ScrollRegion } from "./section";

export function ReportByOrganisation({
  byOrganisation,
  pooled,
  k,
}: {
  byOrganisation: GapsByOrganisation | undefined;
  pooled: readonly DimensionSection[];
  k: number;
}) {
  const t = useT();
  // One community organisation: its view is the pooled view, already shown above.
  if (!byOrganisation || byOrganisation.perDimension.length === 0) return null;
  const pooledGap = new Map(pooled.map((section) => [section.dimension, section.gap.gap]));
  return (
    <section className="by-organisation" id="by-organisation" aria-labelledby="by-organisation-title">
      <h3 id="by-organisation-title">{t("report.by_organisation.title")}</h3>
      <p>{t("report.by_organisation.intro", { k })}</p>
      {byOrganisation.organisations.map((organisation) => (
        <ScrollRegion key={organisation.id} label={t("report.by_organisation.caption", { organisation: organisation.name })}>
          <table>
            <caption>{t("report.by_organisation.caption", { organisation: organisation.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("report.by_organisation.dimension")}</th>
                <th scope="col">{t("report.by_organisation.community", { organisation: organisation.name })}</th>
                <th scope="col">{t("report.by_organisation.ingo_self", { organisation: organisation.name })}</th>
                <th scope="col">{t("report.by_organisation.gap")}</th>
                <th scope="col">{t("report.by_organisation.pooled_gap")}</th>
              </tr>
            </thead>
            <tbody>
              {byOrganisation.perDimension.map(({ dimension, organisations }) => {
                const row = organisations.find((entry) => entry.organisationId === organisation.id);
                if (!row) return null;
                return (
                  <tr key={dimension}>
                    <th scope="row">{t(`report.dim.${dimension}`)}</th>
                    <td>
                      <FigureText value={row.community.mean} format="mean" />
                    </td>
                    <td>
                      <FigureText value={row.ingoSelf.mean} format="mean" />
                    </td>
                    <td>
                      <FigureText value={row.gap} format="gap" />
                      {row.flagged ? <span className="flag"> ⚑ {t("report.by_organisation.flagged")}</span> : null}
                    </td>
                    <td>
                      <FigureText value={pooledGap.get(dimension) ?? null} format="gap" />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollRegion>
      ))}
    </section>
  );
}
