// What each question kind adds to a page element, one small describer per kind (a lookup table, not a switch).
import type {
  ItemValue,
  MatrixDropdownColumn,
  MultipleTextItemModel,
  Question,
  QuestionBooleanModel,
  QuestionCheckboxModel,
  QuestionMatrixDropdownModel,
  QuestionMatrixModel,
  QuestionMultipleTextModel,
  QuestionRatingModel,
  QuestionSelectBase,
  QuestionTextModel,
  SurveyModel,
} from "survey-core";
import { naCompanionOf } from "./survey-model";
import { MAX_TEXT_LENGTH, type CellSpec, type ChoiceOption, type ElementKind, type InputType, type PageElement } from "./types";

type Texts = { isEmpty: boolean; renderedHtml: string; getJson(): unknown };

// survey-core creates a localizable string per property as `loc<Property>`; not all are in its typings.
// An absent or "" text gives "", not survey-core's fallback (a title falls back to the name).
export function text(owner: object, property: string): string {
  const loc = (owner as Record<string, Texts | undefined>)[`loc${property[0].toUpperCase()}${property.slice(1)}`];
  return loc && !loc.isEmpty && loc.getJson() !== "" ? loc.renderedHtml : "";
}

/** Instrument html is shown as text: tags dropped, the common entities read, paragraphs kept. */
export function plainText(html: string): string {
  return html
    .replace(/<\s*(br|\/p|\/div|\/h\d|\/li)\s*\/?>/gi, "\n\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export const options = (items: ItemValue[]): ChoiceOption[] =>
  items.map((item) => ({ value: item.value as string | number, text: plainText(item.locText.renderedHtml) }));

export function textLimit(question: Question): number {
  return question.maxLength > 0 ? Math.min(question.maxLength, MAX_TEXT_LENGTH) : MAX_TEXT_LENGTH;
}

const inputTypeOf = (value: unknown): InputType | undefined =>
  value === "number" || value === "date" || value === "email" || value === "tel" || value === "url" ? value : undefined;

type Describe = (question: Question, survey: SurveyModel, answers: Record<string, unknown>) => Partial<PageElement>;

/** Choices as the person sees them now: order, choice conditions and choicesFromQuestion applied; "other" apart. */
const withChoices: Describe = (question, _survey, answers) => {
  const select = question as QuestionSelectBase;
  const other = select.hasOther ? String(select.otherItem.value) : undefined;
  const choices = options(select.visibleChoices.filter((item) => String(item.value) !== other));
  const comment = answers[`${question.name}-Comment`];
  return {
    choices,
    ...(other !== undefined && {
      otherValue: other,
      otherText: plainText(select.otherItem.locText.renderedHtml),
      otherComment: typeof comment === "string" ? comment : undefined,
    }),
    ...(select.hasNone && { noneValue: String(select.noneItem.value) }),
  };
};

const withSelection: Describe = (question, survey, answers) => {
  const checkbox = question as QuestionCheckboxModel;
  return {
    ...withChoices(question, survey, answers),
    ...(checkbox.minSelectedChoices > 0 && { minSelected: checkbox.minSelectedChoices }),
    ...(checkbox.maxSelectedChoices > 0 && { maxSelected: checkbox.maxSelectedChoices }),
  };
};

function cellOf(column: MatrixDropdownColumn, matrix: QuestionMatrixDropdownModel): CellSpec {
  const template = column.templateQuestion as Question & { inputType?: string; choices?: ItemValue[]; visibleRateValues?: ItemValue[] };
  const cellType = column.cellType === "default" ? matrix.cellType : column.cellType;
  const choices = template.visibleRateValues ?? template.choices;
  return {
    name: column.name,
    title: plainText(column.locTitle.renderedHtml),
    cellType,
    inputType: inputTypeOf(template.inputType),
    ...(choices && choices.length > 0 && { choices: options(choices) }),
    isRequired: column.isRequired,
  };
}

const DESCRIBE: Partial<Record<ElementKind, Describe>> = {
  text: (question) => {
    const input = question as QuestionTextModel;
    const inputType = inputTypeOf(input.inputType);
    return {
      maxLength: textLimit(question),
      ...(inputType && inputType !== "text" && { inputType }),
      ...(input.min !== undefined && input.min !== "" && { min: input.min as string | number }),
      ...(input.max !== undefined && input.max !== "" && { max: input.max as string | number }),
      ...(typeof input.step === "number" && { step: input.step }),
      placeholder: text(question, "placeholder") || undefined,
    };
  },
  comment: (question) => ({ maxLength: textLimit(question), placeholder: text(question, "placeholder") || undefined }),
  radiogroup: withChoices,
  dropdown: withChoices,
  checkbox: withSelection,
  tagbox: withSelection,
  ranking: withChoices,
  rating: (question, survey, answers) => {
    const companion = naCompanionOf(survey, question);
    const rating = question as QuestionRatingModel & { visibleRateValues: ItemValue[] };
    return {
      rateMin: rating.rateMin,
      rateMax: rating.rateMax,
      choices: options(rating.visibleRateValues),
      minText: text(question, "minRateDescription") || undefined,
      maxText: text(question, "maxRateDescription") || undefined,
      ...(companion && {
        naName: companion.name,
        naText: text(companion, "title") || undefined,
        naSelected: answers[companion.name] === true,
      }),
    };
  },
  boolean: (question) => {
    const boolean = question as QuestionBooleanModel;
    return {
      trueText: text(question, "labelTrue") || undefined,
      falseText: text(question, "labelFalse") || undefined,
      choices: [
        { value: boolean.getValueTrue() as string | number, text: "" },
        { value: boolean.getValueFalse() as string | number, text: "" },
      ],
    };
  },
  matrix: (question) => {
    const matrix = question as QuestionMatrixModel;
    return { rows: options(matrix.rows), columns: options(matrix.columns) };
  },
  matrixdropdown: (question) => {
    const matrix = question as QuestionMatrixDropdownModel;
    return {
      rows: options(matrix.rows),
      cells: matrix.columns.filter((column) => column.isVisible).map((column) => cellOf(column, matrix)),
    };
  },
  multipletext: (question) => ({
    cells: (question as QuestionMultipleTextModel).items.map((item: MultipleTextItemModel) => ({
      name: item.name,
      title: plainText(item.locTitle.renderedHtml),
      cellType: "text",
      inputType: inputTypeOf(item.inputType),
      isRequired: item.isRequired,
    })),
  }),
  html: (question) => ({ html: plainText(text(question, "html")) }),
  expression: (question) => ({ html: String(question.displayValue ?? "") }),
};

export const describeKind = (kind: ElementKind, question: Question, survey: SurveyModel, answers: Record<string, unknown>) =>
  DESCRIBE[kind]?.(question, survey, answers) ?? {};
