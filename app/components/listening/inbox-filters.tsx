import { Form } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { InboxFilterChoices, InboxFilters as InboxFilterValues } from "~/models/listening/types";

type Props = InboxFilterChoices & { chosen: InboxFilterValues };

/** A plain GET form: filtering works without JavaScript and a filtered inbox can be bookmarked. */
export function InboxFilters({ dimensions, themes, chosen }: Props) {
  const t = useT();
  return (
    <Form method="get" className="card inbox-filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t("inbox.filter.title")}</h2>
      <div className="field">
        <label htmlFor="filter-dimension">{t("inbox.filter.dimension")}</label>
        <select id="filter-dimension" name="dimension" defaultValue={chosen.dimension ?? ""}>
          <option value="">{t("inbox.filter.all")}</option>
          {dimensions.map((d) => (
            <option key={d} value={d}>
              {t(`dimension.${d}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-theme">{t("inbox.filter.theme")}</label>
        <select id="filter-theme" name="theme" defaultValue={chosen.themeId ? String(chosen.themeId) : ""}>
          <option value="">{t("inbox.filter.all")}</option>
          {themes.map((theme) => (
            <option key={theme.id} value={String(theme.id)}>
              {theme.name}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit">{t("inbox.filter.apply")}</button>
      </div>
    </Form>
  );
}
