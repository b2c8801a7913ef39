// What the stories say, together (docs/decisions/029): per dimension how many stories touch it and how they
// felt, and per organisation who held the power — drawn, then the same counts as tables. Every count under k
// reads "hidden", the same word whatever hid it. Used in the report and on the coordinator's stories page.
import type { Count, StoryPatterns } from "../../../reports/story-patterns";
import { FEELINGS, POWER_HOLDERS } from "../../../reports/story-patterns";
import { useT } from "~/i18n/context";
import { PatternPicture } from "../charts/pattern-picture";
import { FigureText } from "./figure";
import { ScrollRegion } from "./section";

type PatternRow = { label: string; stories: Count; cells: Count[] };

/** One pattern as a picture and as the table that says the same in words (the picture names the table). */
function Pattern(props: {
  title: string;
  picture: string;
  caption: string;
  rowHead: string;
  columns: string[];
  rows: PatternRow[];
  id: string;
  note?: string;
}) {
  const t = useT();
  return (
    <>
      <figure className="pattern">
        <PatternPicture title={props.picture} columns={props.columns} rows={props.rows} tableId={props.id} />
        {props.note ? <figcaption className="muted">{props.note}</figcaption> : null}
      </figure>
      <ScrollRegion label={props.title}>
        <table id={props.id}>
          <caption>{props.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{props.rowHead}</th>
              <th scope="col">{t("patterns.stories")}</th>
              {props.columns.map((column) => (
                <th scope="col" key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>
                  <FigureText value={row.stories} format="count" />
                </td>
                {row.cells.map((cell, index) => (
                  <td key={props.columns[index]}>
                    <FigureText value={cell} format="count" />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

export function StoryPatternsView({ patterns, idPrefix = "patterns" }: { patterns: StoryPatterns | undefined; idPrefix?: string }) {
  const t = useT();
  if (!patterns) return <p>{t("patterns.none")}</p>;
  const dimensionRows = patterns.perDimension.map((row) => ({
    label: t(`dimension.${row.dimension}`),
    stories: row.stories,
    cells: row.felt.map((cell) => cell.stories),
  }));
  const powerRows = patterns.powerByOrganisation.map((row) => ({
    label: row.organisationName,
    stories: row.stories,
    cells: row.power.map((cell) => cell.stories),
  }));
  return (
    <div className="story-patterns">
      <p>{t("patterns.intro", { k: patterns.k })}</p>
      <p>
        {t("patterns.counted")}: <FigureText value={patterns.stories} format="count" missing={t("patterns.no_stories")} />
      </p>
      <h3>{t("patterns.dimensions_title")}</h3>
      <Pattern
        title={t("patterns.dimensions_title")}
        picture={t("patterns.dimensions_picture")}
        caption={t("patterns.dimensions_caption")}
        note={t("patterns.picture_note")}
        rowHead={t("patterns.dimension")}
        columns={FEELINGS.map((feeling) => t(`patterns.felt.${feeling}`))}
        rows={dimensionRows}
        id={`${idPrefix}-dimensions`}
      />
      <h3>{t("patterns.power_title")}</h3>
      {powerRows.length === 0 ? (
        <p>{t("patterns.no_stories")}</p>
      ) : (
        <Pattern
          title={t("patterns.power_title")}
          picture={t("patterns.power_picture")}
          caption={t("patterns.power_caption")}
          rowHead={t("patterns.organisation")}
          columns={POWER_HOLDERS.map((holder) => t(`patterns.power.${holder}`))}
          rows={powerRows}
          id={`${idPrefix}-power`}
        />
      )}
    </div>
  );
}
