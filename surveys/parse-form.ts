import type {
  ItemValue,
  MatrixDropdownColumn,
  Question,
  QuestionBooleanModel,
  QuestionMatrixDropdownModel,
  QuestionMatrixModel,
  QuestionMultipleTextModel,
  QuestionSelectBase,
  SurveyModel,
} from "survey-core";
import { splitFieldName } from "./field-names";
import { foldedCompanionNames, naCompanionOf, surveyStructure } from "./survey-model";
import { NA_FORM_VALUE, type ElementKind, type Instrument } from "./types";

/*
 * How a page travels as an HTML form (no JavaScript), field name → answer (field names: field-names.ts):
 * - every question posts under its own name; a checkbox repeats the name once per ticked choice;
 * - an "other" item's text posts as `<name>~comment` and is stored SurveyJS-style as `<name>-Comment`;
 * - a rating posts its value, or "na" for "don't know / not applicable", which is stored SurveyJS-style
 *   as `<rating>_na: true` (a boolean question in the instrument) with the rating left unanswered;
 * - a matrix posts `<matrix>.<row>` = column; a matrixdropdown `<matrix>.<row>.<column>` = cell;
 *   a multipletext `<name>.<item>`; a ranking `<name>.<choice>` = its rank (1 is first);
 * - a boolean posts "true" or "false"; a number field's text becomes a number when it reads as one.
 * Fields the caller adds itself (intent, CSRF token) must be removed before parsing.
 */

export interface ParsedPage {
  /** `currentAnswers` with this page's questions replaced by what was posted (absent = unanswered). */
  answers: Record<string, unknown>;
  /** Posted field names that are no question of this page; never merged. */
  unknown: string[];
}

type Posted = { values: string[]; cells: Map<string, string[]>; comment: string[] };
type Parse = (question: Question, posted: Posted, survey: SurveyModel) => Record<string, unknown>;

const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Every value a choice question can hold: its choices (or its source question's), "none" and "other". */
function allChoices(question: Question, survey: SurveyModel): ItemValue[] {
  const select = question as QuestionSelectBase & { visibleRateValues?: ItemValue[] };
  if (question.getType() === "rating") return select.visibleRateValues ?? [];
  const source = select.choicesFromQuestion ? (survey.getQuestionByName(select.choicesFromQuestion) as QuestionSelectBase | null) : null;
  const items = [...(source?.choices ?? select.choices ?? [])];
  if (select.hasNone) items.push(select.noneItem);
  if (select.hasOther) items.push(select.otherItem);
  return items;
}

// A posted string becomes the choice's own value (a number stays a number); a string that matches no
// choice is kept as it is, so validation can name it instead of it vanishing.
function toChoice(items: ItemValue[], value: string): unknown {
  const match = items.find((choice) => String(choice.value) === value);
  return match ? match.value : value;
}

const cleanText = (values: string[]) => values.map((value) => value.replace(/\r\n?/g, "\n")).filter((value) => value.trim() !== "");

// Several values for a one-value question are kept as a list, which validation refuses as "type".
const single = (question: Question, values: string[], read: (value: string) => unknown) =>
  values.length === 0 ? {} : { [question.name]: values.length === 1 ? read(values[0]) : values };

function withComment(question: Question, posted: Posted): Record<string, unknown> {
  const text = cleanText(posted.comment);
  return text.length ? { [`${question.name}-Comment`]: text[0] } : {};
}

const readText: Parse = (question, posted) => {
  // Browsers post textarea line breaks as CRLF; the text as typed has LF (and maxlength counts LF).
  const number = (question as Question & { inputType?: string }).inputType === "number";
  return single(question, cleanText(posted.values), (value) => (number && NUMBER.test(value.trim()) ? Number(value.trim()) : value));
};

const readChoice: Parse = (question, posted, survey) => ({
  ...single(question, posted.values, (value) => toChoice(allChoices(question, survey), value)),
  ...withComment(question, posted),
});

const readChoices: Parse = (question, posted, survey) => ({
  ...(posted.values.length ? { [question.name]: posted.values.map((value) => toChoice(allChoices(question, survey), value)) } : {}),
  ...withComment(question, posted),
});

function typedCell(column: MatrixDropdownColumn, matrix: QuestionMatrixDropdownModel, values: string[]): unknown {
  const template = column.templateQuestion as Question & { choices?: ItemValue[]; inputType?: string; visibleRateValues?: ItemValue[] };
  const cellType = column.cellType === "default" ? matrix.cellType : column.cellType;
  const items = template.visibleRateValues ?? template.choices ?? [];
  if (cellType === "checkbox") return values.map((value) => toChoice(items, value));
  if (values.length !== 1) return values;
  const [value] = values;
  if (cellType === "boolean") return value === "true" ? true : value === "false" ? false : value;
  if (cellType === "text" || cellType === "comment")
    return template.inputType === "number" && NUMBER.test(value.trim()) ? Number(value) : value;
  return toChoice(items, value);
}

const PARSE: Partial<Record<ElementKind, Parse>> = {
  text: readText,
  comment: readText,
  radiogroup: readChoice,
  dropdown: readChoice,
  checkbox: readChoices,
  tagbox: readChoices,
  boolean: (question, posted) => {
    const boolean = question as QuestionBooleanModel;
    return single(question, posted.values, (value) =>
      value === "true" ? boolean.getValueTrue() : value === "false" ? boolean.getValueFalse() : value,
    );
  },
  rating: (question, posted, survey) => {
    const companion = naCompanionOf(survey, question);
    if (companion && posted.values.length === 1 && posted.values[0] === NA_FORM_VALUE) return { [companion.name]: true };
    // A number outside the scale stays a number, so validation says "from min to max" rather than "not readable".
    return single(question, posted.values, (value) => {
      const choice = toChoice(allChoices(question, survey), value);
      return typeof choice === "string" && /^-?\d+$/.test(choice) ? Number(choice) : choice;
    });
  },
  matrix: (question, posted) => {
    const columns = (question as QuestionMatrixModel).columns as ItemValue[];
    const answer: Record<string, unknown> = {};
    for (const [row, values] of posted.cells) answer[row] = values.length === 1 ? toChoice(columns, values[0]) : values;
    return Object.keys(answer).length ? { [question.name]: answer } : {};
  },
  matrixdropdown: (question, posted) => {
    const matrix = question as QuestionMatrixDropdownModel;
    const answer: Record<string, Record<string, unknown>> = {};
    for (const [cell, values] of posted.cells) {
      const [row, columnName] = JSON.parse(cell) as [string, string];
      const column = matrix.columns.find((item) => item.name === columnName)!;
      const kept = column.cellType === "comment" || column.cellType === "text" ? cleanText(values) : values;
      if (kept.length === 0) continue;
      (answer[row] ??= {})[columnName] = typedCell(column, matrix, kept);
    }
    return Object.keys(answer).length ? { [question.name]: answer } : {};
  },
  multipletext: (question, posted) => {
    const items = (question as QuestionMultipleTextModel).items;
    const answer: Record<string, unknown> = {};
    for (const [name, values] of posted.cells) {
      const kept = cleanText(values);
      const number = items.find((item) => item.name === name)?.inputType === "number";
      if (kept.length) answer[name] = kept.length === 1 ? (number && NUMBER.test(kept[0].trim()) ? Number(kept[0]) : kept[0]) : kept;
    }
    return Object.keys(answer).length ? { [question.name]: answer } : {};
  },
  // Ranks 1..n, each once, give the choices in that order; anything else is kept as posted for validation to name.
  ranking: (question, posted, survey) => {
    if (posted.cells.size === 0) return {};
    const items = allChoices(question, survey);
    const ranks = [...posted.cells].map(([choice, values]) => ({
      choice: toChoice(items, choice),
      rank: values.length === 1 ? Number(values[0]) : NaN,
    }));
    const ordered = [...ranks].sort((a, b) => a.rank - b.rank);
    const complete = ordered.length === items.length && ordered.every((item, index) => item.rank === index + 1);
    return {
      [question.name]: complete
        ? ordered.map((item) => item.choice)
        : Object.fromEntries(ranks.map((item) => [String(item.choice), item.rank])),
    };
  },
};

/** Which cell path a question accepts: none, one part (row, item, choice) or two (row, column). */
function acceptsPath(question: Question, path: string[], survey: SurveyModel): string | null {
  const type = question.getType();
  const has = (items: { value?: unknown; name?: string }[], key: string) => items.some((item) => String(item.value ?? item.name) === key);
  if (path.length === 0) return ["matrix", "matrixdropdown", "multipletext", "ranking"].includes(type) ? null : "";
  if (type === "matrix" && path.length === 1) return has((question as QuestionMatrixModel).rows, path[0]) ? path[0] : null;
  if (type === "multipletext" && path.length === 1) return has((question as QuestionMultipleTextModel).items, path[0]) ? path[0] : null;
  if (type === "ranking" && path.length === 1) return has(allChoices(question, survey), path[0]) ? path[0] : null;
  if (type === "matrixdropdown" && path.length === 2) {
    const matrix = question as QuestionMatrixDropdownModel;
    return has(matrix.rows, path[0]) && matrix.columns.some((column) => column.name === path[1]) ? JSON.stringify(path) : null;
  }
  return null;
}

function answerableQuestions(survey: SurveyModel, pageIndex: number, instrument: Instrument): Map<string, Question> {
  const page = survey.pages[pageIndex];
  if (!page) throw new RangeError(`${instrument.name} has no page ${pageIndex}`);
  const folded = foldedCompanionNames(survey);
  // html items, expressions and folded "don't know" booleans post nothing of their own; read-only questions neither.
  const answerable = page.questions.filter(
    (question) => !["html", "expression"].includes(question.getType()) && !folded.has(question.name) && !question.readOnly,
  );
  return new Map(answerable.map((question) => [question.name, question]));
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
  const questions = answerableQuestions(survey, pageIndex, instrument);
  const posted = new Map<string, Posted>();
  const unknown = new Set<string>();
  for (const [field, value] of entries) {
    const split = splitFieldName(field);
    const question = split && questions.get(split.name);
    const cell = question && !split.other ? acceptsPath(question, split.path, survey) : split?.other && split.path.length === 0 ? "" : null;
    if (!question || cell === null || (split.other && !(question as QuestionSelectBase).hasOther)) {
      unknown.add(field);
      continue;
    }
    const into: Posted = posted.get(question.name) ?? { values: [], cells: new Map(), comment: [] };
    posted.set(question.name, into);
    if (value === "") continue;
    if (split.other) into.comment.push(value);
    else if (cell === "") into.values.push(value);
    else into.cells.set(cell, [...(into.cells.get(cell) ?? []), value]);
  }

  const answers = { ...currentAnswers };
  for (const question of questions.values()) {
    delete answers[question.name];
    delete answers[`${question.name}-Comment`];
    const companion = naCompanionOf(survey, question);
    if (companion) delete answers[companion.name];
    const given = posted.get(question.name);
    if (given) Object.assign(answers, PARSE[question.getType() as ElementKind]?.(question, given, survey) ?? {});
  }
  return { answers, unknown: [...unknown] };
}
