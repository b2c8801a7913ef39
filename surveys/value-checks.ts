import type { ItemValue, Question, QuestionMatrixModel, QuestionRatingModel, QuestionSelectBase } from "survey-core";
import { MAX_TEXT_LENGTH, type ElementKind, type ValidationError } from "./types";

// Checks survey-core does not make, or makes by changing the data (docs/stack.md): each returns
// the first fault of one answer, or null. Values are compared strictly: parse-form.ts already turned
// posted strings into the choice's own value.
type Fault = Omit<ValidationError, "question">;
type CheckValue = (question: Question, value: unknown) => Fault | null;

const fault = (code: Fault["code"], params?: Fault["params"]): Fault => (params ? { code, params } : { code });

const isScalar = (value: unknown): value is string | number => typeof value === "string" || typeof value === "number";

const choiceValues = (items: ItemValue[]) => items.map((item) => item.value as unknown);

const checkText: CheckValue = (question, value) => {
  if (typeof value !== "string") return fault("type");
  const max = question.maxLength > 0 ? Math.min(question.maxLength, MAX_TEXT_LENGTH) : MAX_TEXT_LENGTH;
  return value.length > max ? fault("too_long", { max }) : null;
};

const checkChoice: CheckValue = (question, value) => {
  if (!isScalar(value)) return fault("type");
  const allowed = choiceValues((question as QuestionSelectBase).choices);
  return allowed.includes(value) ? null : fault("choice", { value: String(value) });
};

const checkChoices: CheckValue = (question, value) => {
  if (!Array.isArray(value)) return fault("type");
  const allowed = choiceValues((question as QuestionSelectBase).choices);
  if (!value.every(isScalar)) return fault("type");
  const wrong = value.find((item) => !allowed.includes(item));
  return wrong === undefined ? null : fault("choice", { value: String(wrong) });
};

const checkRating: CheckValue = (question, value) => {
  if (typeof value !== "number") return fault("type");
  const { rateMin: min, rateMax: max } = question as QuestionRatingModel;
  return Number.isInteger(value) && value >= min && value <= max ? null : fault("range", { min, max });
};

const checkBoolean: CheckValue = (_question, value) => (typeof value === "boolean" ? null : fault("type"));

const checkMatrix: CheckValue = (question, value) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fault("type");
  const matrix = question as QuestionMatrixModel;
  const rows = choiceValues(matrix.rows).map(String);
  const columns = choiceValues(matrix.columns);
  for (const [row, column] of Object.entries(value)) {
    if (!rows.includes(row)) return fault("choice", { row });
    if (!isScalar(column)) return fault("type", { row });
    if (!columns.includes(column)) return fault("choice", { row, value: String(column) });
  }
  return null;
};

// html items show text and hold no answer.
const refuseValue: CheckValue = () => fault("type");

export const VALUE_CHECKS: Record<Exclude<ElementKind, "panel">, CheckValue> = {
  text: checkText,
  comment: checkText,
  rating: checkRating,
  radiogroup: checkChoice,
  dropdown: checkChoice,
  checkbox: checkChoices,
  boolean: checkBoolean,
  matrix: checkMatrix,
  html: refuseValue,
};
