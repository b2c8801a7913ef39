// The columns of an answers export, KoboToolbox/ODK style: one row per response, one column per question (per
// matrix row, cell or item), a choice question's value beside its text, the "other" text in its own column.
import type {
  ItemValue,
  Question,
  QuestionMatrixDropdownModel,
  QuestionMatrixModel,
  QuestionMultipleTextModel,
  QuestionSelectBase,
} from "survey-core";
import { plainText } from "./describe-question";
import { createSurvey } from "./survey-model";
import type { Instrument } from "./types";

export type Cell = string | number | boolean | null;
export interface AnswerColumn {
  header: string;
  /** The question the value belongs to: its free text is what consent rules over. */
  question: string;
  isText: boolean;
  read: (answers: Record<string, unknown>) => Cell;
}

const scalar = (value: unknown): Cell =>
  value === undefined || value === null ? null : typeof value === "number" || typeof value === "boolean" ? value : String(value);
const list = (value: unknown): Cell => (Array.isArray(value) ? value.map(String).join("; ") : scalar(value));

function textOf(items: ItemValue[], value: unknown): string | null {
  const match = items.find((item) => String(item.value) === String(value));
  return match ? plainText(match.locText.renderedHtml) : null;
}

type Columns = (question: Question) => AnswerColumn[];
const own = (
  question: Question,
  header: string,
  isText: boolean,
  read: (answer: unknown, answers: Record<string, unknown>) => Cell,
): AnswerColumn => ({
  header,
  question: question.name,
  isText,
  read: (answers) => read(answers[question.name], answers),
});

function choiceColumns(question: Question): AnswerColumn[] {
  const select = question as QuestionSelectBase & { visibleRateValues?: ItemValue[] };
  const items = [
    ...(select.visibleRateValues ?? select.choices ?? []),
    ...(select.hasNone ? [select.noneItem] : []),
    ...(select.hasOther ? [select.otherItem] : []),
  ];
  const texts = (answer: unknown) =>
    Array.isArray(answer)
      ? answer.map((value) => textOf(items, value) ?? String(value)).join("; ")
      : answer === undefined
        ? null
        : (textOf(items, answer) ?? String(answer));
  const columns = [own(question, question.name, false, list), own(question, `${question.name} (text)`, false, texts)];
  if (select.hasOther)
    columns.push(own(question, `${question.name}-Comment`, true, (_answer, answers) => scalar(answers[`${question.name}-Comment`])));
  return columns;
}

const COLUMNS: Record<string, Columns> = {
  text: (question) => [own(question, question.name, (question as Question & { inputType?: string }).inputType !== "number", scalar)],
  comment: (question) => [own(question, question.name, true, scalar)],
  radiogroup: choiceColumns,
  dropdown: choiceColumns,
  checkbox: choiceColumns,
  tagbox: choiceColumns,
  rating: choiceColumns,
  boolean: (question) => [own(question, question.name, false, scalar)],
  ranking: (question) => [own(question, question.name, false, list)],
  expression: (question) => [own(question, question.name, false, scalar)],
  matrix: (question) =>
    (question as QuestionMatrixModel).rows.map((row) =>
      own(question, `${question.name}.${String(row.value)}`, false, (answer) =>
        scalar((answer as Record<string, unknown> | undefined)?.[String(row.value)]),
      ),
    ),
  matrixdropdown: (question) => {
    const matrix = question as QuestionMatrixDropdownModel;
    return matrix.rows.flatMap((row) =>
      matrix.columns.map((column) =>
        own(question, `${question.name}.${String(row.value)}.${column.name}`, ["text", "comment"].includes(column.cellType), (answer) =>
          list((answer as Record<string, Record<string, unknown> | undefined> | undefined)?.[String(row.value)]?.[column.name]),
        ),
      ),
    );
  },
  multipletext: (question) =>
    (question as QuestionMultipleTextModel).items.map((item) =>
      own(question, `${question.name}.${item.name}`, true, (answer) =>
        scalar((answer as Record<string, unknown> | undefined)?.[item.name]),
      ),
    ),
};

/** Every answer column of an instrument, in the order its questions are asked; choice texts in `locale`. */
export function answerColumns(instrument: Instrument, locale: string): AnswerColumn[] {
  return createSurvey(instrument, { locale })
    .getAllQuestions()
    .flatMap((question) => COLUMNS[question.getType()]?.(question) ?? []);
}
