import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { StoryFilterChoices, StoryFilters as StoryFilterValues } from "~/models/stories/types";

// Filters travel in the address (a GET form): they change nothing, and a filtered list can be bookmarked.

function Select({
  id,
  name,
  label,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  options: { value: string; text: string }[];
}) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{t("story.filter.all")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function StoryFilters({ choices, values }: { choices: StoryFilterChoices; values: StoryFilterValues }) {
  const t = useT();
  return (
    <Form method="get" className="filters card" aria-label={t("story.filter.title")}>
      <Select
        id="filter-round"
        name="round"
        label={t("story.filter.round")}
        value={String(values.roundId ?? "")}
        options={choices.rounds.map((r) => ({ value: String(r.id), text: r.label }))}
      />
      <Select
        id="filter-dimension"
        name="dimension"
        label={t("story.filter.dimension")}
        value={values.dimension ?? ""}
        options={choices.dimensions.map((d) => ({ value: d, text: t(`dimension.${d}`) }))}
      />
      <Select
        id="filter-theme"
        name="theme"
        label={t("story.filter.theme")}
        value={String(values.themeId ?? "")}
        options={choices.themes.map((th) => ({ value: String(th.id), text: th.name }))}
      />
      <Select
        id="filter-scope"
        name="scope"
        label={t("story.filter.scope")}
        value={values.scope ?? ""}
        options={choices.scopes.map((s) => ({ value: s, text: t(`story.scope.${s}`) }))}
      />
      <button type="submit">{t("story.filter.apply")}</button>
    </Form>
  );
}
