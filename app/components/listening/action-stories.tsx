import { Link } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { LinkedStory } from "~/models/listening/types";

/** The stories behind an action that this reader may read; the rest are only counted. */
export function ActionStories({ stories, linkToInbox }: { stories: LinkedStory[]; linkToInbox: boolean }) {
  const t = useT();
  return (
    <>
      {stories.length === 0 ? <p>{t("action.stories.none")}</p> : null}
      <ul>
        {stories.map((s) => (
          <li key={s.id}>
            <span className="muted">{s.roundLabel}:</span> <span className="story-text">{s.excerpt}</span>{" "}
            {linkToInbox ? <Link to={`/inbox/${s.id}`}>{t("action.stories.open")}</Link> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
