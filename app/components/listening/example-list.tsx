import { useT } from "~/i18n/context";
import type { ExampleItem } from "~/models/listening/types";

/**
 * Examples given with ratings, for the readers their consent names: the words whole (they are short),
 * the dimension they explain, the round and who may read them. Plain text: never HTML from a teller.
 */
export function ExampleList({ examples, titleId }: { examples: ExampleItem[]; titleId: string }) {
  const t = useT();
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{t("examples.title")}</h2>
      <p>{t("examples.intro")}</p>
      {examples.length === 0 ? (
        <p>{t("examples.none")}</p>
      ) : (
        <ul className="story-list">
          {examples.map((e) => (
            <li key={e.id} className="card">
              <p className="muted">
                {e.dimension ? t(`dimension.${e.dimension}`) : t("examples.no_dimension")} · {e.roundLabel}
                {e.organisationName ? <> · {e.organisationName}</> : null} · {t(`inbox.scope.${e.scope}`)} · {e.toldAt.slice(0, 10)}
              </p>
              <p className="story-text">{e.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
