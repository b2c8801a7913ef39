// The sentences that compare the two sides of a dimension. A hidden number is never put inside a
// sentence ("predicted … fewer than 5 answers (n = fewer than 5 answers)"): each case has its own
// sentence, and a comparison that cannot be made says which side's number is hidden.
import type { DimensionAccuracy } from "../../../reports/listening-accuracy";
import type { PerceptionGap } from "../../../reports/perception-gap";
import { GAP_FLAG_THRESHOLD } from "../../../reports/perception-gap";
import { isSuppressed, type Figure } from "../../../reports/figure-value";
import { useLocale, useT } from "~/i18n/context";
import type { T } from "~/i18n";
import { formatted } from "./figure";

/** "Gap, the INGO's mean minus the community's: +1.50", or why there is none. */
export function GapSentence({ gap }: { gap: PerceptionGap }) {
  const t = useT();
  const locale = useLocale();
  if (typeof gap.gap === "number")
    return (
      <p>
        {t("report.dimension.gap_is")} <strong>{formatted(gap.gap, "gap", locale)}</strong>
        {gap.flagged ? <span className="flag"> ⚑ {t("report.dimension.flagged", { threshold: GAP_FLAG_THRESHOLD })}</span> : null}
      </p>
    );
  const communityHidden = isSuppressed(gap.community.mean);
  const ingoHidden = isSuppressed(gap.ingoSelf.mean);
  const key =
    communityHidden && ingoHidden
      ? "report.dimension.gap_hidden_both"
      : communityHidden
        ? "report.dimension.gap_hidden_community"
        : ingoHidden
          ? "report.dimension.gap_hidden_ingo"
          : isSuppressed(gap.gap)
            ? "report.dimension.gap_hidden"
            : "report.dimension.gap_missing";
  return <p className="muted">{t(key)}</p>;
}

/** One side's mean as a whole sentence: shown with its n, hidden (with n when n is shown), or absent. */
function sideSentence(t: T, locale: string, side: "predicted" | "actual", mean: Figure, n: Figure): string {
  if (typeof mean === "number" && typeof n === "number")
    return t(`report.accuracy.${side}_mean`, { mean: formatted(mean, "mean", locale), n: formatted(n, "count", locale) });
  if (mean === null) return t(`report.accuracy.${side}_none`);
  return typeof n === "number"
    ? t(`report.accuracy.${side}_hidden_n`, { n: formatted(n, "count", locale) })
    : t(`report.accuracy.${side}_hidden`);
}

/** The INGO's prediction against what the community said, and how far off it was, or why that cannot be said. */
export function AccuracySentences({ accuracy }: { accuracy: DimensionAccuracy }) {
  const t = useT();
  const locale = useLocale();
  const { predictionMean, nPrediction, communityMean, nCommunity, error } = accuracy;
  const offBy =
    typeof error === "number"
      ? t("report.accuracy.off_by_value", { error: formatted(error, "mean", locale) })
      : isSuppressed(predictionMean) || isSuppressed(communityMean) || isSuppressed(error)
        ? t("report.accuracy.off_by_hidden")
        : null;
  return (
    <p>
      {sideSentence(t, locale, "predicted", predictionMean, nPrediction)} {sideSentence(t, locale, "actual", communityMean, nCommunity)}
      {offBy ? <> {offBy}</> : null}
    </p>
  );
}
