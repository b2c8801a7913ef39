// How one figure of the report reads: a number in its format, "no answers", or "hidden". Every hidden
// figure reads the same, whatever hid it (reports/figure-value.ts): the words must not tell a solver why.
import type { Figure } from "../../../reports/figure-value";
import { useT } from "~/i18n/context";

export type FigureFormat = "count" | "mean" | "gap" | "share" | "percent" | "days" | "ties";

/** A shown number in its format, for sentences that carry it as a value. */
export function formatted(value: number, format: FigureFormat): string {
  switch (format) {
    case "count":
      return String(value);
    case "mean":
      return value.toFixed(2);
    case "gap":
      return `${value > 0 ? "+" : value < 0 ? "−" : ""}${Math.abs(value).toFixed(2)}`;
    case "share":
      return `${Math.round(value * 100)}%`;
    case "percent":
      return `${Math.round(value)}%`;
    case "days":
      return value.toFixed(1);
    case "ties":
      return value.toFixed(1);
  }
}

/** A number for charts: shares become percentages, so chart and table read alike; hidden or missing is a gap. */
export function chartNumber(figure: Figure, format: FigureFormat): number | null {
  if (typeof figure !== "number") return null;
  return format === "share" ? Math.round(figure * 1000) / 10 : Math.round(figure * 100) / 100;
}

export function FigureText({ value, format, missing }: { value: Figure; format: FigureFormat; missing?: string }) {
  const t = useT();
  if (value === null) return <span className="muted">{missing ?? t("report.figure.no_answers")}</span>;
  if (typeof value === "number") return <>{formatted(value, format)}</>;
  return <span className="suppressed">{t("report.figure.hidden")}</span>;
}
