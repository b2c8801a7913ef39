import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import { requirePerson } from "~/models/people/auth.server";
import { myStories, tellingPlacesFor } from "~/models/stories/teller-view.server";

// A member's own stories and where each stands: read? answered? waiting for their rating?
export const handle = { hydrate: false };
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const links: LinksFunction = () => [{ rel: "stylesheet", href: "/styles/stories.css" }];

export function loader({ request }: LoaderFunctionArgs) {
  const person = requirePerson(request);
  const withdrawn = new URL(request.url).searchParams.get("withdrawn") === "1";
  return { stories: myStories(person), canTell: tellingPlacesFor(person).length > 0, withdrawn };
}

export default function MyStories() {
  const { stories, canTell, withdrawn } = useLoaderData<typeof loader>();
  const t = useT();
  const d = useDate();
  return (
    <section aria-labelledby="mine-title">
      <h1 id="mine-title">{t("story.mine.title")}</h1>
      {withdrawn ? (
        <p className="notice" role="status">
          {t("story.act.done.withdraw")}
        </p>
      ) : null}
      {canTell ? (
        <p>
          <Link className="button primary" to="/stories/new">
            {t("story.mine.tell")}
          </Link>
        </p>
      ) : null}
      {stories.length === 0 ? (
        <p>{t("story.mine.none")}</p>
      ) : (
        <ul className="story-list">
          {stories.map((s) => (
            <li key={s.id}>
              <p className="story-text">{s.excerpt}</p>
              <p className="muted">
                {s.organisationName} · {s.roundLabel} · {t("story.told_on", { date: d(s.toldAt) })} · {t(`story.scope.${s.scope}`)}
              </p>
              <ul className="tags" aria-label={t("story.mine.status")}>
                {s.scope !== "community" ? <li>{t(s.read ? "story.status.read" : "story.status.not_read")}</li> : null}
                {s.answered ? <li>{t("story.status.answered")}</li> : null}
                {s.toRate ? <li>{t("story.status.to_rate")}</li> : null}
              </ul>
              <p>
                <Link to={`/stories/${s.id}`}>{t("story.mine.open")}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
