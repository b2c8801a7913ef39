import { useDate, useT } from "~/i18n/context";
import type { StoryAnswer } from "~/models/listening/types";

/** The INGO's answers, oldest first, each text rendered as text. */
export function InboxAnswers({ answers }: { answers: StoryAnswer[] }) {
  const t = useT();
  const d = useDate();
  if (answers.length === 0) return <p>{t("ingo_answer.none")}</p>;
  return (
    <ol className="answers">
      {answers.map((a) => (
        <li key={a.id} className="card">
          <h3>{t("ingo_answer.heard")}</h3>
          <p className="story-text">{a.heard}</p>
          <h3>{t("ingo_answer.will_do")}</h3>
          <p className="story-text">{a.willDo}</p>
          <p className="muted">
            {t("ingo_answer.by", {
              name: a.authorName || a.organisationName,
              organisation: a.organisationName,
              date: d(a.createdAt),
            })}
          </p>
        </li>
      ))}
    </ol>
  );
}
