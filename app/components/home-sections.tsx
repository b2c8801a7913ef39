import { Link } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";
import type { HomeView } from "~/models/people/types";
import { InboxHome } from "./listening/inbox-home";
import { ReportHome } from "./joint-report/home";
import { StoryHomeSection } from "./stories/home";

export function HomeSections({ home }: { home: HomeView }) {
  const t = useT();
  const d = useDate();
  return (
    <div className="home">
      <h1>{t("home.greeting", { name: home.name })}</h1>
      <p className="roles">{home.roles.map((r) => t(`role.${r}`)).join(" · ")}</p>
      <section aria-labelledby="waiting-title" className="card">
        <h2 id="waiting-title">{t("home.waiting")}</h2>
        {home.surveys.length === 0 ? (
          <p>{t("home.nothing_waiting")}</p>
        ) : (
          <ul className="task-list">
            {home.surveys.map((s) => (
              <li key={`${s.roundId}-${s.instrument}`}>
                <Link to={`/rounds/${s.roundId}/respond/${s.instrument}`}>{t(`instrument.${s.instrument}`)}</Link>{" "}
                <span className="muted">{t("home.round_closes", { label: s.label, date: d(s.closesAt) })}</span>{" "}
                <span className={`status status-${s.status}`}>{t(`response.status.${s.status}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <StoryHomeSection stories={home.stories} />
      <InboxHome inbox={home.inbox} actionsToConfirm={home.actionsToConfirm} />
      <ReportHome reports={home.reports} />
      {home.roles.includes("facilitator") ? (
        <section aria-labelledby="admin-title" className="card">
          <h2 id="admin-title">{t("home.facilitator")}</h2>
          <p>
            <Link to="/admin">{t("nav.admin")}</Link>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="orgs-title" className="card">
        <h2 id="orgs-title">{t("home.your_organisations")}</h2>
        <ul>
          {home.organisations.map((o) => (
            <li key={o.id}>
              <Link to={`/organisations/${o.id}`}>{o.name}</Link> <span className="muted">{t(`membership.${o.role}`)}</span>
              {o.changesWaiting !== null ? (
                <>
                  {" "}
                  <Link to={`/organisations/${o.id}/changes`}>
                    {o.changesWaiting > 0 ? t("changes.home.waiting", { n: o.changesWaiting }) : t("changes.home.link")}
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
        <h3>{t("home.your_partnerships")}</h3>
        <ul>
          {home.partnerships.map((p) => (
            <li key={p.id}>
              <Link to={`/partnerships/${p.id}`}>{p.name}</Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
