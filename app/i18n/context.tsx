import { createContext, useContext, useMemo } from "react";
import { makeT, type Messages, type T } from "./index";

export const I18nContext = createContext<{ locale: string; messages: Messages }>({ locale: "en", messages: {} });

/** The translation function for the page's language, for any component. */
export function useT(): T {
  const { messages } = useContext(I18nContext);
  return useMemo(() => makeT(messages), [messages]);
}

export function useLocale(): string {
  return useContext(I18nContext).locale;
}
