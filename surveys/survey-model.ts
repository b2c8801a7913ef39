import "./custom-properties";
import { SurveyModel, type Question } from "survey-core";
import { NA_SUFFIX, type Instrument } from "./types";

export interface SurveyOptions {
  /** The respondent's language; the instrument's own texts in it when it has them (see pickLocale). */
  locale?: string;
  answers?: Record<string, unknown>;
  variables?: Record<string, string>;
}

// Building a survey-core model from JSON costs 10–20 ms; resetting a built one costs far less. Models are
// therefore lent per instrument JSON and come back to the pool once the current synchronous task is over.
// Every use of a model in this project is synchronous (parse, page, validate, derive), so a model is never
// seen by two uses at once; a caller must not keep one across an `await`.
const pools = new WeakMap<object, SurveyModel[]>();
const variablesSet = new WeakMap<SurveyModel, string[]>();
let lent: { pool: SurveyModel[]; survey: SurveyModel }[] = [];

function giveBack() {
  for (const { pool, survey } of lent) pool.push(survey);
  lent = [];
}

// One way to build the server-side model, so locale, variables ({INGO}, {CLO}, {ORG}) and answers are
// applied alike in paging, validation and derivation.
export function createSurvey(instrument: Instrument, options: SurveyOptions = {}): SurveyModel {
  let pool = pools.get(instrument.json);
  if (!pool) pools.set(instrument.json, (pool = []));
  const survey = pool.pop() ?? new SurveyModel(instrument.json);
  if (lent.length === 0) queueMicrotask(giveBack);
  lent.push({ pool, survey });
  const locale = pickLocale(instrument, survey, options.locale);
  if (survey.locale !== locale) survey.locale = locale;
  const variables = options.variables ?? {};
  // Each setVariable walks every element of the instrument even when the value is the same; a pooled model
  // usually comes back to the same round's people with the same names, so only a changed value is set.
  for (const name of variablesSet.get(survey) ?? [])
    if (!(name in variables) && survey.getVariable(name) !== undefined) survey.setVariable(name, undefined);
  for (const [name, value] of Object.entries(variables)) if (survey.getVariable(name) !== value) survey.setVariable(name, value);
  variablesSet.set(survey, Object.keys(variables));
  setAnswers(survey, options.answers ?? {});
  return survey;
}

const usedLocales = new WeakMap<object, { used: string[]; own: string }>();

/**
 * The locale a model shows: the respondent's when the instrument carries texts in it, else the instrument's
 * own `locale` (its authors' language), else survey-core's default texts (""). English is the default texts'
 * language unless the instrument says otherwise.
 */
function pickLocale(instrument: Instrument, survey: SurveyModel, wanted: string | undefined): string {
  let known = usedLocales.get(instrument.json);
  if (!known) {
    const own = (instrument.json as { locale?: unknown }).locale;
    known = { used: survey.getUsedLocales(), own: typeof own === "string" ? own : "" };
    usedLocales.set(instrument.json, known);
  }
  if (wanted && wanted !== "en" && known.used.includes(wanted)) return wanted;
  if (wanted === "en" && (known.used.includes("en") || known.own === "")) return known.own === "" ? "" : "en";
  return known.own;
}

/** The languages an instrument has texts in ("en" for its default texts when it names no language of its own). */
export function instrumentLocales(instrument: Instrument): string[] {
  const survey = new SurveyModel(instrument.json);
  return survey.getUsedLocales();
}

/**
 * Replaces every value a model holds. Setting data re-runs every condition of the instrument (about a
 * millisecond), so a caller that needs several views of the same answers sets them once.
 */
export function setAnswers(survey: SurveyModel, answers: Record<string, unknown>) {
  // A copy: survey-core writes into the data it is given (docs/stack.md).
  survey.data = structuredClone(answers);
}

/**
 * A lent model for reading the instrument's structure only (pages, questions, choices), whatever answers
 * it holds from its last use: for work that no answer changes, such as typing a posted form.
 */
export function surveyStructure(instrument: Instrument): SurveyModel {
  let pool = pools.get(instrument.json);
  if (!pool) pools.set(instrument.json, (pool = []));
  if (pool.length === 0) return createSurvey(instrument);
  const survey = pool.pop()!;
  if (lent.length === 0) queueMicrotask(giveBack);
  lent.push({ pool, survey });
  return survey;
}

/** Visible itself and inside a visible panel and page, given the answers the model holds. */
export function isShown(question: Question): boolean {
  return question.isVisibleInSurvey;
}

/**
 * Every question shown for the answers the model holds. Working visibility out walks each question's panels
 * and page, so a caller that needs it for several views of the same answers asks once and passes it on.
 */
export function shownQuestions(survey: SurveyModel): Question[] {
  return survey.getAllQuestions().filter(isShown);
}

/** The `<rating>_na` boolean that records "don't know / not applicable" for a rating, if any. */
export function naCompanionOf(survey: SurveyModel, question: Question): Question | null {
  if (question.getType() !== "rating") return null;
  const companion = survey.getQuestionByName(question.name + NA_SUFFIX);
  return companion && companion.getType() === "boolean" ? companion : null;
}

// Which booleans are folded is structure (names and types), the same for a model's whole life: worked out once
// per model, not on every posted page.
const foldedOf = new WeakMap<SurveyModel, ReadonlySet<string>>();

/** Names of booleans that are folded into their rating and never shown or parsed on their own. */
export function foldedCompanionNames(survey: SurveyModel): ReadonlySet<string> {
  let names = foldedOf.get(survey);
  if (!names) {
    const found = new Set<string>();
    for (const question of survey.getAllQuestions()) {
      const companion = naCompanionOf(survey, question);
      if (companion) found.add(companion.name);
    }
    foldedOf.set(survey, (names = found));
  }
  return names;
}

export function hasAnswer(value: unknown): boolean {
  return value !== undefined && value !== null;
}

const pageCounts = new WeakMap<object, number>();

/** How many pages survey-core makes of an instrument (questions written outside any page make one). */
export function pageCount(instrument: Instrument): number {
  // Structure, the same for the instrument's whole life: asked on every posted page and inside the write of a submission.
  let count = pageCounts.get(instrument.json);
  if (count === undefined) pageCounts.set(instrument.json, (count = surveyStructure(instrument).pages.length));
  return count;
}
