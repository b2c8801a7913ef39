import { useT } from "~/i18n/context";

/** A fact's value as words: "8%", "14", "together". */
export function useFactValue() {
  const t = useT();
  return (kind: string, value: string | null) => {
    if (value === null) return t("facts.not_entered");
    if (kind === "percent") return `${value}%`;
    if (kind === "choice") return t(`facts.drafter.${value}`);
    return value;
  };
}
