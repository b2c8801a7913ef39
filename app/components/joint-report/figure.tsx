// How one figure of the report reads: a number in its format, "no answers", or "hidden". Every hidden
// figure reads the same, whatever hid it (reports/figure-value.ts): the words must not tell a solver why.
import type { Figure } from "../../../reports/figure-value";
import { useLocale, useT } from "~/i18n/context";

export type FigureFormat = "count" | "mean" | "gap" | "share" | "percent" | "days" | "ties";

const digits = (locale: string, value: number, fraction: number) =>
  new Intl.NumberFormat(locale, { minimumFractionDigits: fraction, maximumFractionDigits: fraction }).format(value);

/** A shown number in its format, written the reader's way ("3,40" in Dutch), for sentences that carry it as a value. */
export function formatted(value: number, format: FigureFormat, locale = "en"): string {
  switch (format) {
    case "count":
      return digits(locale, value, 0);
    case "mean":
      return digits(locale, value, 2);
    case "gap":
      return `${value > 0 ? "+" : value < 0 ? "−" : ""}${digits(locale, Math.abs(value), 2)}`;
    case "share":
      return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
    case "percent":
      return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value / 100);
    case "days":
    case "ties":
      return digits(locale, value, 1);
  }
}

/** A number for charts: shares become percentages, so chart and table read alike; hidden or missing is a gap. */
export function chartNumber(figure: Figure, format: FigureFormat): number | null {
  if (typeof figure !== "number") return null;
  return format === "share" ? Math.round(figure * 1000) / 10 : Math.round(figure * 100) / 100;
}

export function FigureText({ value, format, missing }: { value: Figure; format: FigureFormat; missing?: string }) {
  const t = useT();
  const locale = useLocale();
  if (value === null) return <span className="muted">{missing ?? t("report.figure.no_answers")}</span>;
  if (typeof value === "number") return <>{formatted(value, format, locale)}</>;
  return <span className="suppressed">{t("report.figure.hidden")}</span>;
}
