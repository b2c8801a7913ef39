// The facts of power beside the perceptions (docs/decisions/023): "Money: community 2.20, INGO 4.20 — Tumaini
// decides 8% of the budget (confirmed)". A disputed fact shows both values; earlier rounds follow.
import { POWER_FACTS, type PowerFactLine, type PowerFactsSection } from "../../../reports/power-facts";
import { useT } from "~/i18n/context";
import { FigureText } from "./figure";

const KIND: Record<string, string> = Object.fromEntries(POWER_FACTS.map((f) => [f.fact, f.kind]));

function useValue() {
  const t = useT();
  return (fact: string, value: string | null) => {
    if (value === null) return "–";
    if (KIND[fact] === "percent") return `${value}%`;
    if (KIND[fact] === "choice") return t(`facts.drafter.${value}`);
    return value;
  };
}

function FactLine({ line }: { line: PowerFactLine }) {
  const t = useT();
  const value = useValue();
  const earlier = line.trend.slice(0, -1).filter((point) => point.value !== null);
  return (
    <li>
      {t(`facts.sentence.${line.fact}`, { organisation: line.organisation, value: value(line.fact, line.value) })}{" "}
      <strong>({t(`facts.status.${line.status}`)})</strong>
      {line.status === "disputed"
        ? ` ${t("facts.disputed_with", { organisation: line.organisation, value: value(line.fact, line.communityValue) })}`
        : null}
      {earlier.length ? (
        <span className="muted">
          {" "}
          {t("facts.earlier")}:{" "}
          {earlier
            .map(
              (point) =>
                `${point.round} ${value(line.fact, point.value)}${point.status === "disputed" ? ` / ${value(line.fact, point.communityValue)}` : ""}`,
            )
            .join("; ")}
        </span>
      ) : null}
    </li>
  );
}

export function ReportPowerFacts({ sections }: { sections: PowerFactsSection[] | undefined }) {
  const t = useT();
  if (!sections) return <p className="muted">{t("facts.not_in_version")}</p>;
  if (sections.length === 0) return <p className="muted">{t("facts.none")}</p>;
  return (
    <>
      <p>{t("facts.report_intro")}</p>
      {sections.map((section) => (
        <article key={section.dimension} id={`power-facts-${section.dimension}`} className="power-facts">
          <h3>
            <a href={`#dimension-${section.dimension}`}>{t(`dimension.${section.dimension}`)}</a>: {t("facts.perception.community")}{" "}
            <FigureText value={section.communityMean} format="mean" />, {t("facts.perception.ingo")}{" "}
            <FigureText value={section.ingoSelfMean} format="mean" />
          </h3>
          <ul>
            {section.facts.map((line) => (
              <FactLine key={`${line.fact}-${line.organisation}`} line={line} />
            ))}
          </ul>
        </article>
      ))}
    </>
  );
}
