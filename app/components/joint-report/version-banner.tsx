// Which version of the report this page shows: the frozen version under review or released, or a live draft
// preview — and, for the partners, whether the report changed since the version under review.
import { useDate, useT } from "~/i18n/context";
import type { ReportPageData } from "~/models/joint-report/types";

export function VersionBanner({ meta }: { meta: ReportPageData["meta"] }) {
  const t = useT();
  const d = useDate();
  const { version } = meta;
  if (!version)
    return (
      <p className="version-banner muted">
        {t("report.version.preview")} {meta.lastVersion ? t("report.version.sent_back", { number: String(meta.lastVersion) }) : null}
      </p>
    );
  return (
    <>
      <p className="version-banner">{t("report.version.frozen", { number: String(version.number), date: d(version.frozenAt) })}</p>
      {version.changedSince ? (
        <p className="warning" role="status">
          {t("report.version.changed", { number: String(version.number), next: String(version.number + 1) })}
        </p>
      ) : null}
    </>
  );
}
