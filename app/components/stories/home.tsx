import { Link } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { StoryHome } from "~/models/stories/types";

// The stories card of the home page (data from storiesForHome in app/models/stories/home.server.ts).

export function StoryHomeSection({ stories }: { stories: StoryHome }) {
  const t = useT();
  if (!stories.show) return null;
  return (
    <section aria-labelledby="stories-home-title" className="card">
      <h2 id="stories-home-title">{t("story.home.title")}</h2>
      <ul className="task-list">
        {stories.canTell ? (
          <li>
            <Link to="/stories/new">{t("story.home.tell")}</Link>
          </li>
        ) : null}
        {stories.mine > 0 ? (
          <li>
            <Link to="/stories/mine">{t("story.home.mine", { count: stories.mine })}</Link>
            {stories.toRate > 0 ? <span className="status"> {t("story.home.to_rate", { count: stories.toRate })}</span> : null}
          </li>
        ) : null}
        {stories.coordinating.map((c) => (
          <li key={c.organisationId}>
            <Link to={`/organisations/${c.organisationId}/stories`}>{t("story.home.organisation", { name: c.organisationName })}</Link>{" "}
            <span className="muted">{t("story.home.to_code", { count: c.toCode })}</span> ·{" "}
            <Link to={`/organisations/${c.organisationId}/story-links`}>{t("story.home.links", { count: c.activeLinks })}</Link> ·{" "}
            <Link to={`/organisations/${c.organisationId}/themes`}>{t("theme.title_short")}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
