// The home page's list of joint reports that wait for this person: to review, to add what was learned,
// to release, or (for funders) to read.
import { Link } from "@remix-run/react";
import { useT } from "~/i18n/context";
import type { HomeReport } from "~/models/joint-report/types";

export function ReportHome({ reports }: { reports: HomeReport[] }) {
  const t = useT();
  if (reports.length === 0) return null;
  return (
    <section aria-labelledby="home-reports-title" className="card">
      <h2 id="home-reports-title">{t("report.home.title")}</h2>
      <ul className="task-list">
        {reports.map((report) => (
          <li key={`${report.id}-${report.waiting}`}>
            <Link to={`/reports/${report.id}`}>{t("report.title", { round: report.label })}</Link>{" "}
            <span className="muted">{report.partnershipName}</span> · {t(`report.home.waiting.${report.waiting}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
