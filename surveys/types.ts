// Plain data shared by the survey code and the HTML renderer. No runtime imports: a component may
// import these types without pulling survey-core into the browser bundle.

/** An instrument version is its content hash, so a round that pins a version pins its meaning. */
export interface Instrument {
  name: string;
  file: string;
  version: string;
  json: object;
}

/** The languages an instrument speaks; "default" in the JSON holds English. Adding one: its key in every text. */
export const INSTRUMENT_LOCALES = ["en", "sw", "nl", "fr"] as const;
export type Locale = (typeof INSTRUMENT_LOCALES)[number];

export function asInstrumentLocale(value: string): Locale {
  return (INSTRUMENT_LOCALES as readonly string[]).includes(value) ? (value as Locale) : "en";
}

/** The question types we can render as a plain HTML form; anything else is refused at load. */
export const SUPPORTED_TYPES = [
  "text",
  "comment",
  "rating",
  "radiogroup",
  "checkbox",
  "dropdown",
  "boolean",
  "matrix",
  "html",
  "panel",
] as const;

export type ElementKind = (typeof SUPPORTED_TYPES)[number];

/** Texts longer than this are refused, never cut: nothing accepted may be silently changed. */
export const MAX_TEXT_LENGTH = 10_000;

/** A rating's "don't know / not applicable" lives in a boolean question named `<rating>_na`. */
export const NA_SUFFIX = "_na";

/** The value a rating field posts for "don't know / not applicable" (see parse-form.ts). */
export const NA_FORM_VALUE = "na";

export interface ChoiceOption {
  value: string | number;
  text: string;
}

export interface PageElement {
  kind: ElementKind;
  name: string;
  title: string;
  description?: string;
  isRequired: boolean;
  choices?: ChoiceOption[];
  rateMin?: number;
  rateMax?: number;
  minText?: string;
  maxText?: string;
  /** Name of the `<rating>_na` boolean folded into this rating, and its localized label. */
  naName?: string;
  naText?: string;
  naSelected?: boolean;
  /** Boolean labels, when the instrument gives its own. */
  trueText?: string;
  falseText?: string;
  value?: unknown;
  elements?: PageElement[];
  html?: string;
  rows?: ChoiceOption[];
  columns?: ChoiceOption[];
  maxLength: number;
}

export interface PageModel {
  pageIndex: number;
  pageCount: number;
  visiblePageIndexes: number[];
  title: string;
  description?: string;
  elements: PageElement[];
}

export type ValidationCode = "required" | "choice" | "range" | "too_long" | "unknown" | "type" | "invalid";

export interface ValidationError {
  question: string;
  code: ValidationCode;
  params?: Record<string, string | number>;
}

export interface ValidationResult {
  ok: boolean;
  errors: ValidationError[];
}
