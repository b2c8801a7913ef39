import type { ItemValue, Question, QuestionMatrixModel, QuestionSelectBase, SurveyModel } from "survey-core";
import { foldedCompanionNames, naCompanionOf, surveyStructure } from "./survey-model";
import { NA_FORM_VALUE, type ElementKind, type Instrument } from "./types";

/*
 * How a page travels as an HTML form (no JavaScript), field name → answer:
 * - every question posts under its own name; a checkbox repeats the name once per ticked choice;
 * - a rating posts "1".."5", or "na" for "don't know / not applicable", which is stored SurveyJS-style
 *   as `<rating>_na: true` (a boolean question in the instrument) with the rating left unanswered;
 * - a matrix posts one field per row, named `<matrix>.<row value>`, valued with the column value;
 * - a boolean posts "true" or "false".
 * Fields the caller adds itself (intent, CSRF token) must be removed before parsing.
 */

export interface ParsedPage {
  /** `currentAnswers` with this page's questions replaced by what was posted (absent = unanswered). */
  answers: Record<string, unknown>;
  /** Posted field names that are no question of this page; never merged. */
  unknown: string[];
}

type Parse = (question: Question, values: string[], survey: SurveyModel) => Record<string, unknown>;

// A posted string becomes the choice's own value (a number stays a number); a string that matches no
// choice is kept as it is, so validation can name it instead of it vanishing.
function toChoice(question: Question, value: string): unknown {
  const choices = (question as QuestionSelectBase).choices as ItemValue[];
  const match = choices.find((choice) => String(choice.value) === value);
  return match ? match.value : value;
}

// Several values for a one-value question are kept as a list, which validation refuses as "type".
const single = (question: Question, values: string[], read: (value: string) => unknown) => ({
  [question.name]: values.length === 1 ? read(values[0]) : values,
});

const readText: Parse = (question, values) => {
  // Browsers post textarea line breaks as CRLF; the text as typed has LF (and maxlength counts LF).
  const texts = values.map((value) => value.replace(/\r\n?/g, "\n")).filter((value) => value.trim() !== "");
  return texts.length === 0 ? {} : single(question, texts, (value) => value);
};

const readChoice: Parse = (question, values) => single(question, values, (value) => toChoice(question, value));

const PARSE: Partial<Record<ElementKind, Parse>> = {
  text: readText,
  comment: readText,
  radiogroup: readChoice,
  dropdown: readChoice,
  checkbox: (question, values) => ({ [question.name]: values.map((value) => toChoice(question, value)) }),
  boolean: (question, values) => single(question, values, (value) => (value === "true" ? true : value === "false" ? false : value)),
  rating: (question, values, survey) => {
    const companion = naCompanionOf(survey, question);
    if (companion && values.length === 1 && values[0] === NA_FORM_VALUE) return { [companion.name]: true };
    return single(question, values, (value) => (/^-?\d+$/.test(value) ? Number(value) : value));
  },
};

function parseMatrix(question: Question, cells: Map<string, string[]>): Record<string, unknown> {
  const matrix = question as QuestionMatrixModel;
  const answer: Record<string, unknown> = {};
  for (const [row, values] of cells) {
    const column = (matrix.columns as ItemValue[]).find((item) => String(item.value) === values[0]);
    answer[row] = values.length === 1 && column ? column.value : values.length === 1 ? values[0] : values;
  }
  return Object.keys(answer).length === 0 ? {} : { [question.name]: answer };
}

/** Types one posted page as SurveyJS answers and merges it into the answers given so far. */
export function parsePageForm(
  instrument: Instrument,
  pageIndex: number,
  entries: [string, string][],
  currentAnswers: Record<string, unknown>,
): ParsedPage {
  // Typing a form reads only the instrument's structure (questions, choices, rows): no answer changes it,
  // so the model's answers are not set (a costly step).
  const survey = surveyStructure(instrument);
  const page = survey.pages[pageIndex];
  if (!page) throw new RangeError(`${instrument.name} has no page ${pageIndex}`);
  const folded = foldedCompanionNames(survey);
  // html items and folded "don't know" booleans post nothing of their own.
  const answerable = page.questions.filter((question) => question.getType() !== "html" && !folded.has(question.name));
  const questions = new Map(answerable.map((question) => [question.name, question]));

  const posted = new Map<string, string[]>();
  const cells = new Map<string, Map<string, string[]>>();
  const unknown = new Set<string>();
  for (const [field, value] of entries) {
    const [name, row] = splitField(field);
    const question = questions.get(name);
    const isMatrix = question?.getType() === "matrix";
    if (!question || isMatrix !== (row !== undefined) || (isMatrix && !hasRow(question, row!))) {
      unknown.add(field);
      continue;
    }
    if (value === "") continue;
    if (isMatrix) {
      const rows = cells.get(name) ?? new Map<string, string[]>();
      rows.set(row!, [...(rows.get(row!) ?? []), value]);
      cells.set(name, rows);
    } else {
      posted.set(name, [...(posted.get(name) ?? []), value]);
    }
  }

  const answers = { ...currentAnswers };
  for (const question of questions.values()) {
    delete answers[question.name];
    const companion = naCompanionOf(survey, question);
    if (companion) delete answers[companion.name];
    const values = posted.get(question.name);
    if (question.getType() === "matrix") Object.assign(answers, parseMatrix(question, cells.get(question.name) ?? new Map()));
    else if (values) Object.assign(answers, PARSE[question.getType() as ElementKind]?.(question, values, survey) ?? {});
  }
  return { answers, unknown: [...unknown] };
}

// Question names cannot hold a dot (check-instrument.ts), so the first dot ends a matrix's name.
function splitField(field: string): [string, string | undefined] {
  const dot = field.indexOf(".");
  return dot < 0 ? [field, undefined] : [field.slice(0, dot), field.slice(dot + 1)];
}

function hasRow(question: Question, row: string): boolean {
  return ((question as QuestionMatrixModel).rows as ItemValue[]).some((item) => String(item.value) === row);
}
