import { Link } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import type { CoordinatorStory } from "~/models/stories/types";
import { StoryMeta } from "./meta";

// One story as the teller's coordinator sees it: the text, the teller's signification, its themes and
// where it stands in the listening loop — including the read receipt (who at the INGO first read it).

export function ReadReceipt({ story }: { story: CoordinatorStory }) {
  const t = useT();
  const d = useDate();
  if (story.scope === "community") return <p className="muted">{t("story.receipt.community")}</p>;
  return (
    <p className="read-receipt">
      {story.firstRead
        ? t("story.receipt.read", { name: story.firstRead.readerName, date: d(story.firstRead.readAt) })
        : t("story.receipt.unread")}
      {" · "}
      {t(story.answered ? "story.status.answered" : "story.status.not_answered")}
    </p>
  );
}

export function StoryThemesList({ themes }: { themes: { id: number; name: string }[] }) {
  const t = useT();
  if (themes.length === 0) return <p className="muted">{t("story.themes.none")}</p>;
  return (
    <ul className="tags" aria-label={t("story.themes.title")}>
      {themes.map((th) => (
        <li key={th.id}>{th.name}</li>
      ))}
    </ul>
  );
}

/** `number` is the card's place in the list: a reader hears "Story 3", never the story's id. */
export function CoordinatorStoryCard({ story, number, href }: { story: CoordinatorStory; number: number; href: string }) {
  const t = useT();
  return (
    <article aria-labelledby={`story-${story.id}-title`}>
      <h2 id={`story-${story.id}-title`} className="visually-hidden">
        {t("story.card.title", { number })}
      </h2>
      <blockquote className="story-text" lang={story.language}>
        {story.text}
      </blockquote>
      <StoryMeta story={story} />
      <StoryThemesList themes={story.themes} />
      <ReadReceipt story={story} />
      {story.putForward ? <p className="status">{t("story.put_forward.badge")}</p> : null}
      <p>
        <Link to={href}>{t("story.card.code")}</Link>
      </p>
    </article>
  );
}
