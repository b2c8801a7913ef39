import { Form } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import type { StoryLinkItem } from "~/models/stories/types";

// Each link as a real link (`<a href="/s/<token>">`), with the whole address to copy by hand: there is
// no e-mail server, the coordinator shares it in their own channels.

export function StoryLinkList({ origin, links }: { origin: string; links: StoryLinkItem[] }) {
  const t = useT();
  const d = useDate();
  if (links.length === 0) return <p>{t("story.links.none")}</p>;
  return (
    <ul className="story-list">
      {links.map((l) => (
        <li key={l.id} className="story-link">
          <p>
            <span className={`status status-${l.state}`}>{t(`story.links.state.${l.state}`)}</span> {l.roundLabel}
          </p>
          {l.state === "active" ? (
            <p>
              <a href={l.path} className="copy-link">{`${origin}${l.path}`}</a>
            </p>
          ) : null}
          <p className="muted">
            {t("story.links.made_on", { date: d(l.createdAt) })}
            {l.lastDay ? ` · ${t("story.links.ends_on", { date: d(l.lastDay) })}` : ""} · {t("story.links.told", { count: l.told })}
          </p>
          {l.state === "active" ? (
            <Form method="post">
              <input type="hidden" name="intent" value="revoke" />
              <input type="hidden" name="linkId" value={l.id} />
              <button type="submit" className="danger">
                {t("story.links.revoke")}
              </button>
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
