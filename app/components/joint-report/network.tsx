// Section 6, the collaboration network: its figures, a picture drawn on the server, and the same ties as tables.
import type { NetworkFigures } from "../../../reports/network";
import { useT } from "~/i18n/context";
import { ScrollRegion } from "./section";
import { KindIcon, NetworkPicture } from "../charts/network-picture";
import { FigureText } from "./figure";

export function ReportNetwork({ network }: { network: NetworkFigures }) {
  const t = useT();
  const names = new Map(network.nodes.map((node) => [node.id, node.name]));
  const kinds = [...new Set(network.nodes.map((node) => node.kind))];
  return (
    <>
      <ul className="figure-list">
        <li>
          {t("report.network.ties")}: <strong>{network.ties}</strong>
        </li>
        <li>
          {t("report.network.density")}:{" "}
          <strong>
            <FigureText value={network.density} format="share" missing={t("report.network.too_few")} />
          </strong>
        </li>
        <li>
          {t("report.network.cross_population")}:{" "}
          <strong>
            <FigureText value={network.crossPopulationShare} format="share" missing={t("report.network.no_comparable")} />
          </strong>{" "}
          <span className="muted">{t("report.network.over_ties", { n: network.tiesComparedForCrossing })}</span>
        </li>
      </ul>
      <figure className="network">
        <NetworkPicture nodes={network.nodes} edges={network.edges} title={t("report.network.picture")} tableId="network-nodes" />
        <figcaption>
          <ol className="network-numbers" aria-label={t("report.network.numbered")}>
            {network.nodes.map((node) => (
              <li key={node.id}>
                {node.name} ({node.ties})
              </li>
            ))}
          </ol>
          <ul className="kind-legend">
            {kinds.map((kind) => (
              <li key={kind}>
                <KindIcon kind={kind} /> {t(`org.kind.${kind}`)}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <ScrollRegion label={t("report.section.network")}>
        <table id="network-nodes">
          <caption>{t("report.network.nodes_caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.network.organisation")}</th>
              <th scope="col">{t("report.network.kind")}</th>
              <th scope="col">{t("report.network.populations")}</th>
              <th scope="col">{t("report.network.ties")}</th>
            </tr>
          </thead>
          <tbody>
            {network.nodes.map((node) => (
              <tr key={node.id}>
                <th scope="row">{node.name}</th>
                <td>{t(`org.kind.${node.kind}`)}</td>
                <td>{node.populations.map((p) => t(`org.population.${p}`)).join(", ")}</td>
                <td>{node.ties}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>{t("report.network.edges_caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.network.between")}</th>
              <th scope="col">{t("report.network.worked_on")}</th>
              <th scope="col">{t("report.network.how_often")}</th>
            </tr>
          </thead>
          <tbody>
            {network.edges.length === 0 ? (
              <tr>
                <td colSpan={3}>{t("report.network.no_ties")}</td>
              </tr>
            ) : (
              network.edges.map((edge) => (
                <tr key={`${edge.fromOrgId}-${edge.toOrgId}`}>
                  <th scope="row">
                    {names.get(edge.fromOrgId)} — {names.get(edge.toOrgId)}
                  </th>
                  <td>{edge.workedOn.map((w) => t(`report.network.topic.${w}`)).join(", ")}</td>
                  <td>{edge.howOften.map((h) => t(`report.network.often.${h}`)).join(" / ")}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
        <table>
          <caption>{t("report.network.averages_caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.network.group")}</th>
              <th scope="col">{t("report.network.organisations")}</th>
              <th scope="col">{t("report.network.average_ties")}</th>
            </tr>
          </thead>
          <tbody>
            {network.averageTiesPerKind.map((group) => (
              <tr key={`kind-${group.group}`}>
                <th scope="row">{t(`org.kind.${group.group}`)}</th>
                <td>{group.organisations}</td>
                <td>
                  <FigureText value={group.averageTies} format="ties" missing={t("report.network.none_of_kind")} />
                </td>
              </tr>
            ))}
            {network.averageTiesPerPopulation.map((group) => (
              <tr key={`population-${group.group}`}>
                <th scope="row">{t(`org.population.${group.group}`)}</th>
                <td>{group.organisations}</td>
                <td>
                  <FigureText value={group.averageTies} format="ties" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
