// Who decides what (docs/decisions/022): per topic, each organisation's actual and desired, where the INGO's
// and a community organisation's actual differ, and how far actual and desired lie apart over the rounds.
// Organisations' positions, not people's ratings: shown at any n, like the network.
import type { DecisionMap, DecisionTopicSection } from "../../../reports/decision-map";
import { useT } from "~/i18n/context";
import { FigureText } from "./figure";
import { ScrollRegion } from "./section";

function Topic({ section }: { section: DecisionTopicSection }) {
  const t = useT();
  const position = (value: string | null) => (value ? t(`decisions.position.${value}`) : t("decisions.not_answered"));
  const title = t(`decisions.topic.${section.topic}`);
  return (
    <article className="decision-topic" id={`decisions-${section.topic}`} aria-labelledby={`decisions-${section.topic}-title`}>
      <h3 id={`decisions-${section.topic}-title`}>{title}</h3>
      <p className="muted">
        <a href={`#dimension-${section.dimension}`}>{t(`dimension.${section.dimension}`)}</a> ·{" "}
        <a href={`#power-facts-${section.dimension}`}>{t("decisions.to_facts")}</a>
      </p>
      {section.views.length === 0 ? (
        <p className="muted">{t("decisions.none")}</p>
      ) : (
        <ScrollRegion label={title}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("decisions.col.organisation")}</th>
                <th scope="col">{t("decisions.col.actual")}</th>
                <th scope="col">{t("decisions.col.desired")}</th>
                <th scope="col">{t("decisions.col.distance")}</th>
              </tr>
            </thead>
            <tbody>
              {section.views.map((view) => (
                <tr key={view.organisation}>
                  <th scope="row">{view.organisation}</th>
                  <td>{position(view.actual)}</td>
                  <td>{position(view.desired)}</td>
                  <td>
                    <FigureText value={view.distance} format="count" missing="–" />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <ul className="decision-gaps">
        {section.gaps
          .filter((gap) => gap.differs)
          .map((gap) => (
            <li key={gap.organisation}>
              {t("decisions.gap", {
                organisation: gap.organisation,
                ingo: position(gap.ingoActual),
                community: position(gap.communityActual),
                steps: gap.gap === null ? "–" : String(Math.abs(gap.gap)),
              })}
            </li>
          ))}
      </ul>
    </article>
  );
}

function Trend({ map }: { map: DecisionMap }) {
  const t = useT();
  const rounds = map.topics[0]?.trend.map((point) => point.round) ?? [];
  if (rounds.length < 2) return null;
  return (
    <ScrollRegion label={t("decisions.trend.title")}>
      <table>
        <caption>{t("decisions.trend.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("decisions.col.topic")}</th>
            {rounds.map((round) => (
              <th scope="col" key={round}>
                {round}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.topics.map((topic) => (
            <tr key={topic.topic}>
              <th scope="row">{t(`decisions.topic.${topic.topic}`)}</th>
              {topic.trend.map((point) => (
                <td key={point.round}>
                  <FigureText value={point.gap} format="days" missing="–" /> /{" "}
                  <FigureText value={point.distance} format="days" missing="–" />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t("decisions.trend.note")}</p>
    </ScrollRegion>
  );
}

export function ReportDecisions({ decisions }: { decisions: DecisionMap | undefined }) {
  const t = useT();
  if (!decisions) return <p className="muted">{t("decisions.not_in_version")}</p>;
  return (
    <>
      <p>{t("decisions.intro")}</p>
      <p className="muted">
        {decisions.answered.length ? t("decisions.answered", { organisations: decisions.answered.join(", ") }) : t("decisions.nobody")}
      </p>
      {decisions.topics.map((section) => (
        <Topic key={section.topic} section={section} />
      ))}
      <Trend map={decisions} />
    </>
  );
}
