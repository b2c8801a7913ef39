// One translation function for every UI string. Catalogues are JSON files, one per language, in
// catalogues/ (read by catalogues.server.ts); the page receives the merged messages of its language.
export type Messages = Record<string, string>;
export type Params = Record<string, string | number>;
export type T = (key: string, params?: Params) => string;

export const DEFAULT_LOCALE = "en";

export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A missing key shows itself, so a forgotten string is visible in review and caught by the catalogue test. */
export function makeT(messages: Messages): T {
  return (key, params) => format(messages[key] ?? key, params);
}
