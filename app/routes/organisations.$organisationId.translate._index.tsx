import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import { requireTranslator, storiesToTranslate } from "~/models/stories/translator-desk.server";

// The translator's list: only stories the consent rule lets them read (docs/security.md 1.19).
export const meta: MetaFunction = () => [{ title: "Sikiliza" }];
export const handle = { hydrate: false };

export function loader({ request, params }: LoaderFunctionArgs) {
  const { person, desk } = requireTranslator(request, params.organisationId);
  return { organisation: { id: desk.id, name: desk.name }, stories: storiesToTranslate(person, desk) };
}

export default function TranslatorDesk() {
  const { organisation, stories } = useLoaderData<typeof loader>();
  const t = useT();
  const date = useDate();
  const language = (code: string) => t(`translation.language.${code}`);
  return (
    <section className="narrow" aria-labelledby="desk-title">
      <h1 id="desk-title">{t("desk.title")}</h1>
      <p>{t("desk.explain", { organisation: organisation.name })}</p>
      {stories.length === 0 ? <p>{t("desk.empty")}</p> : null}
      <ul className="plain-list">
        {stories.map((story) => (
          <li key={story.id} className="card">
            <p className="muted">
              {t("desk.told", { round: story.roundLabel, date: date(story.toldAt), language: language(story.language) })}
            </p>
            <p lang={story.language}>{story.excerpt}</p>
            <p>
              {story.translatedInto.length
                ? t("desk.translated_into", { languages: story.translatedInto.map(language).join(", ") })
                : t("desk.not_yet")}
            </p>
            <p>
              <Link to={`/organisations/${organisation.id}/translate/${story.id}`}>{t("desk.open")}</Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
