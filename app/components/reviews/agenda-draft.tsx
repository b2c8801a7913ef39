// What Sikiliza holds for the meeting, drafted for this reader: open and overdue actions, disputed actions,
// the round's new stories shared with the INGO (metadata only, as far as this reader may read them), the
// widest and the most-widened gaps, and disputed facts.
import { useT } from "~/i18n/context";
import type { AgendaDraft } from "~/models/reviews/types";

function Part({ title, empty, children }: { title: string; empty: boolean; children: React.ReactNode }) {
  const t = useT();
  return (
    <>
      <h3>{title}</h3>
      {empty ? <p className="muted">{t("review.agenda.nothing")}</p> : <ul>{children}</ul>}
    </>
  );
}

const signed = (gap: number) => `${gap > 0 ? "+" : gap < 0 ? "−" : ""}${Math.abs(gap).toFixed(2)}`;

export function AgendaDraftView({ draft }: { draft: AgendaDraft }) {
  const t = useT();
  return (
    <div className="agenda-draft">
      <Part title={t("review.agenda.open_actions")} empty={draft.openActions.length === 0}>
        {draft.openActions.map((a) => (
          <li key={a.id}>
            <a href={`/actions/${a.id}`}>{a.title}</a> — {a.owner}, {t(`action.status.${a.status}`)}
            {a.dueOn ? `, ${t("review.agenda.due", { date: a.dueOn })}` : ""}
            {a.overdue ? <strong> ({t("review.agenda.overdue")})</strong> : null}
          </li>
        ))}
      </Part>
      <Part title={t("review.agenda.disputed_actions")} empty={draft.disputedActions.length === 0}>
        {draft.disputedActions.map((a) => (
          <li key={a.id}>
            <a href={`/actions/${a.id}`}>{a.title}</a> — {a.owner}
          </li>
        ))}
      </Part>
      <Part title={t("review.agenda.stories")} empty={draft.stories.length === 0}>
        {draft.stories.map((s, i) => (
          <li key={i}>
            {t("review.agenda.story", { organisation: s.organisation, date: s.toldOn })}
            {s.dimensions.length ? `: ${s.dimensions.map((d) => t(`dimension.${d}`)).join(", ")}` : ""}
            {s.themes.length ? ` — ${t("review.agenda.themes", { themes: s.themes.join(", ") })}` : ""}
          </li>
        ))}
      </Part>
      <Part title={t("review.agenda.gaps")} empty={draft.gaps.widest.length === 0 && draft.gaps.widened.length === 0}>
        {draft.gaps.widest.map((g) => (
          <li key={`w-${g.dimension}`}>{t("review.agenda.gap", { dimension: t(`dimension.${g.dimension}`), gap: signed(g.gap) })}</li>
        ))}
        {draft.gaps.widened.map((g) => (
          <li key={`d-${g.dimension}`}>
            {t("review.agenda.widened", { dimension: t(`dimension.${g.dimension}`), widening: g.widening.toFixed(2) })}
          </li>
        ))}
      </Part>
      <Part title={t("review.agenda.disputed_facts")} empty={draft.disputedFacts.length === 0}>
        {draft.disputedFacts.map((f, i) => (
          <li key={i}>
            {t(`facts.fact.${f.fact}`)} — {f.organisation}:{" "}
            {t("review.agenda.fact_values", { ingo: f.value, community: f.communityValue ?? "" })}
          </li>
        ))}
      </Part>
    </div>
  );
}

/**
 * The draft as plain text, for the agenda the partnership edits. Stories are left out: the written agenda is
 * read by the whole partnership, and a story may be readable by some of them only (they stay in the list above,
 * drafted for each reader).
 */
export function useAgendaText(draft: AgendaDraft): string {
  const t = useT();
  const lines: string[] = [];
  const part = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push(`${title}`, ...items.map((item) => `- ${item}`), "");
  };
  part(
    t("review.agenda.open_actions"),
    draft.openActions.map(
      (a) =>
        `${a.title} (${a.owner}${a.dueOn ? `, ${t("review.agenda.due", { date: a.dueOn })}` : ""}${a.overdue ? `, ${t("review.agenda.overdue")}` : ""})`,
    ),
  );
  part(
    t("review.agenda.disputed_actions"),
    draft.disputedActions.map((a) => `${a.title} (${a.owner})`),
  );
  part(t("review.agenda.gaps"), [
    ...draft.gaps.widest.map((g) => t("review.agenda.gap", { dimension: t(`dimension.${g.dimension}`), gap: signed(g.gap) })),
    ...draft.gaps.widened.map((g) =>
      t("review.agenda.widened", { dimension: t(`dimension.${g.dimension}`), widening: g.widening.toFixed(2) }),
    ),
  ]);
  part(
    t("review.agenda.disputed_facts"),
    draft.disputedFacts.map(
      (f) =>
        `${t(`facts.fact.${f.fact}`)} — ${f.organisation}: ${t("review.agenda.fact_values", { ingo: f.value, community: f.communityValue ?? "" })}`,
    ),
  );
  part(t("review.agenda.decisions_to_take"), [t("review.agenda.decisions_hint")]);
  return lines.join("\n").trim();
}
