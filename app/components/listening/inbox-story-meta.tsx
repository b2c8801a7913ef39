import { useDate, useT } from "~/i18n/context";
import type { Attribution, StoryMetaView } from "~/models/stories/types";

/** Who told it, as the teller chose: anonymous, a signed name, or the organisation's name. */
export function AttributionText({ attribution }: { attribution: Attribution }) {
  const t = useT();
  if (attribution.kind === "anonymous") return <>{t("inbox.attribution.anonymous")}</>;
  return <>{t(`inbox.attribution.${attribution.kind}`, { name: attribution.name })}</>;
}

/** The teller's own signification of the story: round, what it touches, how it felt, who held the power. */
export function InboxStoryMeta({ story }: { story: StoryMetaView }) {
  const t = useT();
  const d = useDate();
  return (
    <dl className="story-meta">
      <dt>{t("inbox.round")}</dt>
      <dd>
        {story.roundLabel} · {t("inbox.told_on", { date: d(story.toldAt) })}
      </dd>
      {story.tieOrganisationName ? (
        <>
          <dt>{t("story.meta.tie")}</dt>
          <dd>{story.tieOrganisationName}</dd>
        </>
      ) : null}
      <dt>{t("inbox.told_by")}</dt>
      <dd>
        <AttributionText attribution={story.attribution} />
      </dd>
      <dt>{t("inbox.dimensions")}</dt>
      <dd>{story.dimensions.length ? story.dimensions.map((d) => t(`dimension.${d}`)).join(", ") : t("inbox.none")}</dd>
      {story.felt !== null ? (
        <>
          <dt>{t("inbox.felt")}</dt>
          <dd>{t("inbox.felt_value", { felt: story.felt })}</dd>
        </>
      ) : null}
      {story.power ? (
        <>
          <dt>{t("inbox.power")}</dt>
          <dd>{t(`inbox.power.${story.power}`)}</dd>
        </>
      ) : null}
      <dt>{t("inbox.scope")}</dt>
      <dd>{t(`inbox.scope.${story.scope}`)}</dd>
    </dl>
  );
}
