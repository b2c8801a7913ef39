import { useT } from "~/i18n/context";
import type { FactCell } from "~/models/power/types";
import { useFactValue } from "./fact-value";

/** One organisation's facts for a round: the INGO's value, the verdict, and the community's own value and comment. */
export function FactsTable({ facts }: { facts: FactCell[] }) {
  const t = useT();
  const show = useFactValue();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t("facts.col.fact")}</th>
          <th scope="col">{t("facts.col.dimension")}</th>
          <th scope="col">{t("facts.col.ingo_value")}</th>
          <th scope="col">{t("facts.col.verdict")}</th>
          <th scope="col">{t("facts.col.community_value")}</th>
        </tr>
      </thead>
      <tbody>
        {facts.map((f) => (
          <tr key={f.fact}>
            <th scope="row">{t(`facts.fact.${f.fact}`)}</th>
            <td>{t(`dimension.${f.dimension}`)}</td>
            <td>{show(f.kind, f.value)}</td>
            <td>{f.value === null ? "" : t(`facts.status.${f.verdict ?? "awaiting"}`)}</td>
            <td>
              {f.verdict === "disputed" ? show(f.kind, f.communityValue) : ""}
              {f.comment ? <p className="muted">{f.comment}</p> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
