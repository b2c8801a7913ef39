// What the stories say, together (docs/decisions/029): per dimension how many stories touch it and how they
// felt, and per organisation who held the power — drawn, then the same counts as tables. Every count under k
// reads "hidden", the same word whatever hid it. Used in the report and on the coordinator's stories page.
import type { StoryPatterns } from "../../../reports/story-patterns";
import { FEELINGS, POWER_HOLDERS } from "../../../reports/story-patterns";
import { useT } from "~/i18n/context";
import { PatternPicture } from "../charts/pattern-picture";
import { FigureText } from "./figure";
import { ScrollRegion } from "./section";

export function StoryPatternsView({ patterns, idPrefix = "patterns" }: { patterns: StoryPatterns | undefined; idPrefix?: string }) {
  const t = useT();
  if (!patterns) return <p>{t("patterns.none")}</p>;
  const feelings = FEELINGS.map((feeling) => t(`patterns.felt.${feeling}`));
  const holders = POWER_HOLDERS.map((holder) => t(`patterns.power.${holder}`));
  const dimensionRows = patterns.perDimension.map((row) => ({
    label: t(`dimension.${row.dimension}`),
    cells: row.felt.map((cell) => cell.stories),
  }));
  const powerRows = patterns.powerByOrganisation.map((row) => ({
    label: row.organisationName,
    cells: row.power.map((cell) => cell.stories),
  }));
  return (
    <div className="story-patterns">
      <p>{t("patterns.intro", { k: patterns.k })}</p>
      <p>
        {t("patterns.counted")}: <FigureText value={patterns.stories} format="count" missing={t("patterns.no_stories")} />
      </p>
      <h3>{t("patterns.dimensions_title")}</h3>
      <figure className="pattern">
        <PatternPicture
          title={t("patterns.dimensions_picture")}
          columns={feelings}
          rows={dimensionRows}
          tableId={`${idPrefix}-dimensions`}
        />
        <figcaption className="muted">{t("patterns.picture_note")}</figcaption>
      </figure>
      <ScrollRegion label={t("patterns.dimensions_title")}>
        <table id={`${idPrefix}-dimensions`}>
          <caption>{t("patterns.dimensions_caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("patterns.dimension")}</th>
              <th scope="col">{t("patterns.stories")}</th>
              {feelings.map((feeling) => (
                <th scope="col" key={feeling}>
                  {feeling}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {patterns.perDimension.map((row) => (
              <tr key={row.dimension}>
                <th scope="row">{t(`dimension.${row.dimension}`)}</th>
                <td>
                  <FigureText value={row.stories} format="count" />
                </td>
                {row.felt.map((cell) => (
                  <td key={cell.feeling}>
                    <FigureText value={cell.stories} format="count" />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <h3>{t("patterns.power_title")}</h3>
      {patterns.powerByOrganisation.length === 0 ? (
        <p>{t("patterns.no_stories")}</p>
      ) : (
        <>
          <figure className="pattern">
            <PatternPicture title={t("patterns.power_picture")} columns={holders} rows={powerRows} tableId={`${idPrefix}-power`} />
          </figure>
          <ScrollRegion label={t("patterns.power_title")}>
            <table id={`${idPrefix}-power`}>
              <caption>{t("patterns.power_caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("patterns.organisation")}</th>
                  <th scope="col">{t("patterns.stories")}</th>
                  {holders.map((holder) => (
                    <th scope="col" key={holder}>
                      {holder}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {patterns.powerByOrganisation.map((row) => (
                  <tr key={row.organisationName}>
                    <th scope="row">{row.organisationName}</th>
                    <td>
                      <FigureText value={row.stories} format="count" />
                    </td>
                    {row.power.map((cell) => (
                      <td key={cell.holder}>
                        <FigureText value={cell.stories} format="count" />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
    </div>
  );
}
