import { Link } from "@remix-run/react";
import { useDate, useT } from "~/i18n/context";

export type RoundListItem = { id: number; label: string; state: string; opensAt: string; closesAt: string };

/** A partnership's rounds, newest first, each with its state and dates. */
export function RoundList({ rounds }: { rounds: RoundListItem[] }) {
  const t = useT();
  const d = useDate();
  if (rounds.length === 0) return <p>{t("round.list.none")}</p>;
  return (
    <ul className="task-list">
      {rounds.map((r) => (
        <li key={r.id}>
          <Link to={`/rounds/${r.id}`}>{r.label}</Link> <span className={`status status-${r.state}`}>{t(`round.state.${r.state}`)}</span>{" "}
          <span className="muted">{t("round.dates", { opens: d(r.opensAt), closes: d(r.closesAt) })}</span>
        </li>
      ))}
    </ul>
  );
}
