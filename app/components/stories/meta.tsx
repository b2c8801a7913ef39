import { useDate, useT } from "~/i18n/context";
import type { StoryMetaView } from "~/models/stories/types";

// The teller's own signification of a story, worded for the community side (the teller and their
// coordinator): round, who it is signed by, what it touches, how it felt, who held the power, who may read it.

export function StoryMeta({ story }: { story: StoryMetaView }) {
  const t = useT();
  const d = useDate();
  return (
    <dl className="story-meta">
      <dt>{t("story.meta.round")}</dt>
      <dd>
        {story.roundLabel} · {t("story.told_on", { date: d(story.toldAt) })}
      </dd>
      {story.tieOrganisationName ? (
        <>
          <dt>{t("story.meta.tie")}</dt>
          <dd>{story.tieOrganisationName}</dd>
        </>
      ) : null}
      <dt>{t("story.meta.signed")}</dt>
      <dd>{story.attribution.kind === "anonymous" ? t("story.meta.anonymous") : story.attribution.name}</dd>
      <dt>{t("story.meta.dimensions")}</dt>
      <dd>{story.dimensions.length ? story.dimensions.map((d) => t(`dimension.${d}`)).join(", ") : t("story.meta.none")}</dd>
      {story.felt !== null ? (
        <>
          <dt>{t("story.meta.felt")}</dt>
          <dd>{t("story.meta.felt_value", { felt: story.felt })}</dd>
        </>
      ) : null}
      {story.power ? (
        <>
          <dt>{t("story.meta.power")}</dt>
          <dd>{t(`story.power.${story.power}`)}</dd>
        </>
      ) : null}
      <dt>{t("story.meta.scope")}</dt>
      <dd>{t(`story.scope.${story.scope}`)}</dd>
    </dl>
  );
}
