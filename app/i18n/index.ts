// One translation function for every UI string. Catalogues are JSON files, one per language, in
// catalogues/ (read by catalogues.server.ts); the page receives the merged messages of its language.
// A message may hold ICU-style plurals, `{count, plural, one {# story} other {# stories}}`, chosen by
// Intl.PluralRules in the reader's language; numbers are written by Intl.NumberFormat (ADR 021).
export type Messages = Record<string, string>;
export type Params = Record<string, string | number>;
export type T = (key: string, params?: Params) => string;

export const DEFAULT_LOCALE = "en";

/** The interface languages. Adding one is a catalogue file plus the instruments' strings (ADR 021). */
export const UI_LANGUAGES = ["en", "sw", "nl", "fr"] as const;

/** The closing brace that matches the opening one at `open`. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** The branches of `one {…} other {…} =0 {…}`, by selector. */
function pluralBranches(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/.exec(body.slice(i));
    if (!selector) break;
    const open = i + selector[0].length - 1;
    const close = matchingBrace(body, open);
    if (close < 0) break;
    branches.set(selector[1], body.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

function formatPlural(value: unknown, body: string, locale: string, params: Params): string {
  const n = Number(value);
  const branches = pluralBranches(body);
  const chosen = branches.get(`=${n}`) ?? branches.get(new Intl.PluralRules(locale).select(n)) ?? branches.get("other") ?? "";
  const shown = Number.isFinite(n) ? formatNumber(n, locale) : String(value);
  return format(chosen.replace(/#/g, shown), params, locale);
}

export function format(template: string, params?: Params, locale: string = DEFAULT_LOCALE): string {
  if (!params) return template;
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) break;
    const close = matchingBrace(template, open);
    if (close < 0) break;
    out += template.slice(i, open);
    const inner = template.slice(open + 1, close);
    const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    const name = plural ? plural[1] : inner.trim();
    if (!(name in params)) out += template.slice(open, close + 1);
    else if (plural) out += formatPlural(params[name], plural[2], locale, params);
    else out += typeof params[name] === "number" ? formatNumber(params[name] as number, locale) : String(params[name]);
    i = close + 1;
  }
  return out + template.slice(i);
}

/** A missing key shows itself, so a forgotten string is visible in review and caught by the catalogue test. */
export function makeT(messages: Messages, locale: string = DEFAULT_LOCALE): T {
  return (key, params) => format(messages[key] ?? key, params, locale);
}

/** A calendar day or moment (ISO text) as the reader's language writes a date: "29 januari 2027". */
export function formatDate(iso: string, locale: string): string {
  const time = Date.parse(iso.length === 10 ? `${iso}T00:00:00.000Z` : iso);
  if (Number.isNaN(time)) return iso;
  return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(time);
}
