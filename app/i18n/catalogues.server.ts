// Adding a language is adding one file: catalogues/<code>.json with a "language.name" entry.
import fs from "node:fs";
import path from "node:path";
import { DEFAULT_LOCALE, makeT, type Messages, type T } from "./index";

const dir = () => path.resolve(process.env.SIKILIZA_CATALOGUES ?? path.join(process.cwd(), "app", "i18n", "catalogues"));

let cache: Map<string, Messages> | null = null;

function load(): Map<string, Messages> {
  if (cache) return cache;
  const entries = fs
    .readdirSync(dir())
    .filter((f) => f.endsWith(".json"))
    .map((f) => [path.basename(f, ".json"), JSON.parse(fs.readFileSync(path.join(dir(), f), "utf8")) as Messages] as const);
  const base = Object.fromEntries(entries).en ?? {};
  // Each language is merged over English so a half-translated language still reads.
  cache = new Map(entries.map(([code, messages]) => [code, { ...base, ...messages }]));
  return cache;
}

export function locales(): { code: string; name: string }[] {
  return [...load()].map(([code, m]) => ({ code, name: m["language.name"] ?? code }));
}

export function isLocale(value: unknown): value is string {
  return typeof value === "string" && load().has(value);
}

type Provider = (locale: string) => Messages;
const providers: Provider[] = [];
const merged = new Map<string, Messages>();

/**
 * Messages that come from data rather than a catalogue (an instrument's label from its own title). The
 * catalogue wins where it has the key, so a translated label is never replaced.
 */
export function provideMessages(provider: Provider) {
  providers.push(provider);
  merged.clear();
}

/** A provider's data changed (an instrument was uploaded): the merged messages are made again on next use. */
export function messagesChanged() {
  merged.clear();
}

export function messagesFor(locale: string): Messages {
  const catalogue = load().get(locale) ?? load().get(DEFAULT_LOCALE)!;
  if (providers.length === 0) return catalogue;
  let messages = merged.get(locale);
  if (!messages) {
    messages = Object.assign({}, ...providers.map((provider) => provider(locale)), catalogue) as Messages;
    merged.set(locale, messages);
  }
  return messages;
}

export function translatorFor(locale: string): T {
  return makeT(messagesFor(locale), isLocale(locale) ? locale : DEFAULT_LOCALE);
}
