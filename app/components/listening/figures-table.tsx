import { useT, useLocale } from "~/i18n/context";
import type { Figure } from "../../../reports/figure-value";
import type { ListeningFigures } from "../../../reports/listening-figures";

// The figures are the pure builder's own type: this table shows exactly what reports/ computes.
export type RoundListening = { id: number; label: string; state: string; figures: Omit<ListeningFigures, "roundId"> };

type Kind = "count" | "share" | "days" | "mean";
type Row = { key: string; kind: Kind; value: (f: RoundListening["figures"]) => Figure; n?: (f: RoundListening["figures"]) => Figure };

// Each figure with the count it rests on, in the order of the joint report's listening section.
const ROWS: Row[] = [
  { key: "shared", kind: "count", value: (f) => f.storiesShared },
  { key: "read14", kind: "share", value: (f) => f.shareReadWithin14Days, n: (f) => f.storiesPastReadWindow },
  { key: "answered", kind: "share", value: (f) => f.shareAnswered, n: (f) => f.storiesShared },
  { key: "median_days", kind: "days", value: (f) => f.medianDaysToAnswer, n: (f) => f.answered },
  { key: "linked", kind: "share", value: (f) => f.shareLinkedToAction, n: (f) => f.storiesShared },
  { key: "confirmed", kind: "share", value: (f) => f.shareDoneConfirmed, n: (f) => f.doneActions },
  { key: "felt_heard", kind: "mean", value: (f) => f.feltHeardMean, n: (f) => f.feltHeardN },
];

function useFormat() {
  const t = useT();
  const locale = useLocale();
  const number = (v: number, digits: number) => v.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return (figure: Figure, kind: Kind): string => {
    if (figure === null) return t("listening.no_data");
    if (typeof figure !== "number") return t("listening.suppressed", { k: figure.k });
    if (kind === "share") return `${number(figure * 100, 0)} %`;
    if (kind === "days") return t("listening.days", { n: number(figure, 1) });
    if (kind === "mean") return t("listening.of_five", { mean: number(figure, 1) });
    return String(figure);
  };
}

/** Figures down, rounds across (newest first): the same numbers as the joint report's table. */
export function ListeningTable({ rounds }: { rounds: RoundListening[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t("listening.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("listening.figure")}</th>
            {rounds.map((r) => (
              <th key={r.id} scope="col">
                {r.label}
                {r.state === "open" ? ` (${t("listening.open")})` : ""}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(`listening.row.${row.key}`)}</th>
              {rounds.map((r) => {
                const value = row.value(r.figures);
                // A hidden figure shows no base either: "fewer than k" once says it all.
                const shownBase = row.n && (value === null || typeof value === "number");
                return (
                  <td key={r.id}>
                    {format(value, row.kind)}
                    {shownBase ? <span className="muted"> {t("listening.n", { n: format(row.n!(r.figures), "count") })}</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
