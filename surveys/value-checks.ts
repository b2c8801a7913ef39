import type {
  ItemValue,
  Question,
  QuestionCheckboxModel,
  QuestionMatrixDropdownModel,
  QuestionMatrixModel,
  QuestionMultipleTextModel,
  QuestionSelectBase,
  QuestionTextModel,
} from "survey-core";
import { MAX_TEXT_LENGTH, type ElementKind, type ValidationError } from "./types";

// Checks survey-core does not make, or makes by changing the data (docs/stack.md): each returns
// the first fault of one answer, or null. Values are compared strictly: parse-form.ts already turned
// posted strings into the choice's own value.
type Fault = Omit<ValidationError, "question">;
type CheckValue = (question: Question, value: unknown) => Fault | null;

const fault = (code: Fault["code"], params?: Fault["params"]): Fault => (params ? { code, params } : { code });

const isScalar = (value: unknown): value is string | number => typeof value === "string" || typeof value === "number";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every value the question accepts now: its visible choices (order, conditions, source question applied), "none" and "other". */
function allowedValues(question: Question): unknown[] {
  const select = question as QuestionSelectBase & { visibleRateValues?: ItemValue[] };
  const items = question.getType() === "rating" ? (select.visibleRateValues ?? []) : select.visibleChoices;
  return items.map((item) => item.value as unknown);
}

// A choice the question has, but whose condition (its visibleIf, or what choicesFromQuestion takes) the answers
// posted with it do not meet: shown on a page without a script with its condition in words, so it can be ticked.
function hiddenByCondition(question: Question, value: unknown): ItemValue | undefined {
  const select = question as QuestionSelectBase;
  const source = select.choicesFromQuestion
    ? (select.survey?.getQuestionByName(select.choicesFromQuestion) as QuestionSelectBase | null)
    : null;
  return ((source ?? select).choices ?? []).find((item: ItemValue) => item.value === value);
}

function refusedChoice(question: Question, value: unknown): Fault {
  const hidden = hiddenByCondition(question, value);
  return fault("choice", hidden ? { value: String(value), text: hidden.text, hidden: 1 } : { value: String(value) });
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day that exists: 2020-02-31 is refused, not rolled over into March. */
function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkTextValue(
  inputType: string | undefined,
  value: unknown,
  limits: { min?: unknown; max?: unknown; maxLength: number },
): Fault | null {
  if (inputType === "number") return typeof value === "number" && Number.isFinite(value) ? null : fault("number");
  if (typeof value !== "string") return fault("type");
  if (value.length > limits.maxLength) return fault("too_long", { max: limits.maxLength });
  if (inputType === "date") {
    if (!isRealDate(value)) return fault("date");
    if (typeof limits.min === "string" && isRealDate(limits.min) && value < limits.min)
      return fault("range", { min: limits.min, max: String(limits.max ?? "") });
    if (typeof limits.max === "string" && isRealDate(limits.max) && value > limits.max)
      return fault("range", { min: String(limits.min ?? ""), max: limits.max });
  }
  return null;
}

const textLimit = (question: Question) => (question.maxLength > 0 ? Math.min(question.maxLength, MAX_TEXT_LENGTH) : MAX_TEXT_LENGTH);

const checkText: CheckValue = (question, value) => {
  const input = question as QuestionTextModel;
  return checkTextValue(question.getType() === "text" ? input.inputType : undefined, value, {
    min: input.min,
    max: input.max,
    maxLength: textLimit(question),
  });
};

const checkChoice: CheckValue = (question, value) => {
  if (!isScalar(value) && typeof value !== "boolean") return fault("type");
  return allowedValues(question).includes(value) ? null : refusedChoice(question, value);
};

const checkChoices: CheckValue = (question, value) => {
  if (!Array.isArray(value) || !value.every(isScalar)) return fault("type");
  const allowed = allowedValues(question);
  const wrong = value.find((item) => !allowed.includes(item));
  if (wrong !== undefined) return refusedChoice(question, wrong);
  const select = question as QuestionCheckboxModel;
  // "None" excludes every other choice; without a script both can be ticked, so the server says so.
  if (select.hasNone && value.length > 1 && value.includes(select.noneItem.value as string)) return fault("invalid", { none: 1 });
  if (select.maxSelectedChoices > 0 && value.length > select.maxSelectedChoices)
    return fault("max_selected", { max: select.maxSelectedChoices });
  if (select.minSelectedChoices > 0 && value.length < select.minSelectedChoices)
    return fault("min_selected", { min: select.minSelectedChoices });
  return null;
};

const checkRating: CheckValue = (question, value) => {
  const allowed = allowedValues(question);
  // A scale of numbers takes a number; a scale of the author's own values (rateValues) takes one of them.
  if (!isScalar(value) || (typeof value === "string" && allowed.every((item) => typeof item === "number"))) return fault("type");
  if (allowed.includes(value)) return null;
  const [min, max] = [allowed[0], allowed.at(-1)];
  return fault("range", { min: typeof min === "number" ? min : String(min), max: typeof max === "number" ? max : String(max) });
};

const checkBoolean: CheckValue = (question, value) => {
  const boolean = question as Question & { getValueTrue(): unknown; getValueFalse(): unknown };
  return value === boolean.getValueTrue() || value === boolean.getValueFalse() ? null : fault("type");
};

const checkMatrix: CheckValue = (question, value) => {
  if (!isObject(value)) return fault("type");
  const matrix = question as QuestionMatrixModel;
  const rows = matrix.rows.map((row) => String(row.value));
  const columns = matrix.columns.map((column) => column.value as unknown);
  for (const [row, column] of Object.entries(value)) {
    if (!rows.includes(row)) return fault("choice", { row });
    if (!isScalar(column)) return fault("type", { row });
    if (!columns.includes(column)) return fault("choice", { row, value: String(column) });
  }
  return null;
};

function checkCell(
  cellType: string,
  template: Question & { inputType?: string; choices?: ItemValue[]; visibleRateValues?: ItemValue[] },
  value: unknown,
): Fault | null {
  const choices = (template.visibleRateValues ?? template.choices ?? []).map((item) => item.value as unknown);
  if (cellType === "text" || cellType === "comment") return checkTextValue(template.inputType, value, { maxLength: MAX_TEXT_LENGTH });
  if (cellType === "boolean") return typeof value === "boolean" ? null : fault("type");
  if (cellType === "checkbox") {
    if (!Array.isArray(value)) return fault("type");
    const wrong = value.find((item) => !choices.includes(item));
    return wrong === undefined ? null : fault("choice", { value: String(wrong) });
  }
  return isScalar(value) && choices.includes(value) ? null : fault("choice", { value: String(value) });
}

const checkMatrixDropdown: CheckValue = (question, value) => {
  if (!isObject(value)) return fault("type");
  const matrix = question as QuestionMatrixDropdownModel;
  const rows = matrix.rows.map((row) => String(row.value));
  for (const [row, cells] of Object.entries(value)) {
    if (!rows.includes(row) || !isObject(cells)) return fault("choice", { row });
    for (const [name, cell] of Object.entries(cells)) {
      const column = matrix.columns.find((item) => item.name === name);
      if (!column) return fault("choice", { row, value: name });
      const cellType = column.cellType === "default" ? matrix.cellType : column.cellType;
      const problem = checkCell(cellType, column.templateQuestion as Question, cell);
      if (problem) return { ...problem, params: { ...problem.params, row, column: name } };
    }
  }
  return null;
};

const checkMultipleText: CheckValue = (question, value) => {
  if (!isObject(value)) return fault("type");
  const items = (question as QuestionMultipleTextModel).items;
  for (const [name, item] of Object.entries(value)) {
    const spec = items.find((candidate) => candidate.name === name);
    if (!spec) return fault("choice", { value: name });
    const problem = checkTextValue(spec.inputType, item, { maxLength: MAX_TEXT_LENGTH });
    if (problem) return { ...problem, params: { ...problem.params, item: name } };
  }
  return null;
};

// A ranking is every choice once, in the person's order; incomplete or repeated ranks arrive as an object.
const checkRanking: CheckValue = (question, value) => {
  if (!Array.isArray(value)) return fault("ranking");
  const allowed = allowedValues(question);
  const complete = value.length === allowed.length && allowed.every((item) => value.includes(item));
  return complete ? null : fault("ranking");
};

// html items and expressions show text and hold no answer a person gives.
const refuseValue: CheckValue = () => fault("type");

export const VALUE_CHECKS: Record<Exclude<ElementKind, "panel">, CheckValue> = {
  text: checkText,
  comment: checkText,
  rating: checkRating,
  radiogroup: checkChoice,
  dropdown: checkChoice,
  checkbox: checkChoices,
  tagbox: checkChoices,
  boolean: checkBoolean,
  matrix: checkMatrix,
  matrixdropdown: checkMatrixDropdown,
  multipletext: checkMultipleText,
  ranking: checkRanking,
  html: refuseValue,
  expression: refuseValue,
};
