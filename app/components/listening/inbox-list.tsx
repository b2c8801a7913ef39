import { Link } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import type { InboxItem } from "~/models/listening/types";
import { AttributionText } from "./inbox-story-meta";

/** One card per shared story; the excerpt is text, never markup (docs/security.md 4.5). */
export function InboxList({ items }: { items: InboxItem[] }) {
  const t = useT();
  const d = useDate();
  if (items.length === 0) return <p>{t("inbox.empty")}</p>;
  return (
    <ul className="inbox-list">
      {items.map((item) => (
        <li key={item.id} className="card">
          <p className="story-text">{item.excerpt}</p>
          <p className="muted">
            {item.roundLabel} · {t("inbox.told_on", { date: d(item.toldAt) })} · <AttributionText attribution={item.attribution} />
            {item.dimensions.length ? <> · {item.dimensions.map((d) => t(`dimension.${d}`)).join(", ")}</> : null}
            {item.felt !== null ? <> · {t("inbox.felt_value", { felt: item.felt })}</> : null}
            {item.power ? <> · {t(`inbox.power.${item.power}`)}</> : null}
          </p>
          <p>
            <span className="status">{item.readAt ? t("inbox.state.read", { date: d(item.readAt) }) : t("inbox.state.unread")}</span>{" "}
            <span className="status">{item.answered ? t("inbox.state.answered") : t("inbox.state.unanswered")}</span>{" "}
            <Link to={`/inbox/${item.id}`}>
              {t("inbox.open")}
              <span className="visually-hidden"> {t("inbox.open_which", { round: item.roundLabel, date: d(item.toldAt) })}</span>
            </Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
