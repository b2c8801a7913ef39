import { createContext, useContext, useMemo } from "react";
import { formatDate, makeT, type Messages, type T } from "./index";

export const I18nContext = createContext<{ locale: string; messages: Messages }>({ locale: "en", messages: {} });

/** The translation function for the page's language, for any component. */
export function useT(): T {
  const { messages, locale } = useContext(I18nContext);
  return useMemo(() => makeT(messages, locale), [messages, locale]);
}

export function useLocale(): string {
  return useContext(I18nContext).locale;
}

/** Dates as the reader's language writes them ("29 Januari 2027"), for any component. */
export function useDate(): (iso: string) => string {
  const locale = useLocale();
  return useMemo(() => (iso: string) => formatDate(iso, locale), [locale]);
}
