// Plain data shared by the survey code and the HTML renderer. No runtime imports: a component may
// import these types without pulling survey-core into the browser bundle.

/** An instrument version is its content hash, so a round that pins a version pins its meaning. */
export interface Instrument {
  name: string;
  file: string;
  version: string;
  json: object;
}

/**
 * The languages Sikiliza's own pages speak, and every instrument of its own carries; an uploaded instrument may
 * carry any others (localized-texts.ts). Adding one: its catalogue file and its key in every instrument text.
 */
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
  "tagbox",
  "dropdown",
  "boolean",
  "matrix",
  "matrixdropdown",
  "multipletext",
  "ranking",
  "expression",
  "html",
  "panel",
] as const;

/** Text inputs with their own HTML input type; anything else is a plain text field. */
export const INPUT_TYPES = ["text", "number", "date", "email", "tel", "url"] as const;
export type InputType = (typeof INPUT_TYPES)[number];

/** Cell types of a matrixdropdown column we render (the simple ones). */
export const CELL_TYPES = ["dropdown", "text", "comment", "radiogroup", "checkbox", "boolean", "rating"] as const;

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
  /** Listed whatever the answers on this page, because its condition reads one of them (page-model.ts). */
  condition?: SamePageCondition;
}

/**
 * A condition as the page's script evaluates it (surveys/conditions.ts): ["and"|"or", a, b], ["not", a],
 * [comparison, left, right], ["empty"|"notempty", term]; a term is ["field", posted field name] or ["value", constant].
 */
export type ConditionTree = [string, ...unknown[]];

/** A condition in words, translated by the page: comparisons name the question's title and the value's text. */
export type ConditionWords =
  { op: "and" | "or"; parts: ConditionWords[] } | { op: string; question?: string; value?: string } | { op: "unknown" };

/** A question shown whatever the answers on its own page, because its condition reads one of them. */
export interface SamePageCondition {
  /** What shows or enables it, for the script; null when the script cannot judge it (then it stays shown). */
  tree: ConditionTree | null;
  words: ConditionWords;
  /** "visible": shown only when it holds; "enable": answerable only when it holds. */
  kind: "visible" | "enable";
}

/** A cell of a matrixdropdown column, or an item of a multipletext. */
export interface CellSpec {
  name: string;
  title: string;
  cellType: string;
  inputType?: InputType;
  choices?: ChoiceOption[];
  isRequired: boolean;
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
  /** The field this question posts under (surveys/field-names.ts). */
  field: string;
  inputType?: InputType;
  min?: string | number;
  max?: string | number;
  step?: number;
  placeholder?: string;
  readOnly?: boolean;
  /** "other" item: its value, its label, and the text typed for it. */
  otherValue?: string;
  otherText?: string;
  otherComment?: string;
  /** "none" item: its value; it is one of `choices`. */
  noneValue?: string;
  minSelected?: number;
  maxSelected?: number;
  /** matrixdropdown columns, multipletext items. */
  cells?: CellSpec[];
  condition?: SamePageCondition;
}

export interface PageModel {
  pageIndex: number;
  pageCount: number;
  visiblePageIndexes: number[];
  title: string;
  description?: string;
  elements: PageElement[];
}

export type ValidationCode =
  | "required"
  | "choice"
  | "range"
  | "too_long"
  | "unknown"
  | "type"
  | "invalid"
  | "date"
  | "number"
  | "min_selected"
  | "max_selected"
  | "other_text"
  | "ranking";

export interface ValidationError {
  question: string;
  code: ValidationCode;
  params?: Record<string, string | number>;
}

export interface ValidationResult {
  ok: boolean;
  errors: ValidationError[];
}
