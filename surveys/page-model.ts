import type {
  ItemValue,
  PanelModel,
  Question,
  QuestionMatrixModel,
  QuestionRatingModel,
  QuestionSelectBase,
  SurveyModel,
} from "survey-core";
import { createSurvey, foldedCompanionNames, naCompanionOf } from "./survey-model";
import {
  MAX_TEXT_LENGTH,
  type ChoiceOption,
  type ElementKind,
  type Instrument,
  type Locale,
  type PageElement,
  type PageModel,
} from "./types";

export interface PageModelOptions {
  locale: Locale;
  answers: Record<string, unknown>;
  pageIndex: number;
  variables: Record<string, string>;
}

type Texts = { isEmpty: boolean; renderedHtml: string; getJson(): unknown };

// survey-core creates a localizable string per property as `loc<Property>`; not all are in its typings.
// An absent or "" text gives "", not survey-core's fallback (a title falls back to the name).
function text(owner: object, property: string): string {
  const loc = (owner as Record<string, Texts | undefined>)[`loc${property[0].toUpperCase()}${property.slice(1)}`];
  return loc && !loc.isEmpty && loc.getJson() !== "" ? loc.renderedHtml : "";
}

function options(items: ItemValue[]): ChoiceOption[] {
  return items.map((item) => ({ value: item.value as string | number, text: item.locText.renderedHtml }));
}

type Describe = (question: Question, survey: SurveyModel, answers: Record<string, unknown>) => Partial<PageElement>;

const withChoices: Describe = (question) => ({ choices: options((question as QuestionSelectBase).choices) });

// What each kind adds to the common fields; one small describer per kind instead of one long switch.
const DESCRIBE: Partial<Record<ElementKind, Describe>> = {
  text: (question) => ({ maxLength: textLimit(question) }),
  comment: (question) => ({ maxLength: textLimit(question) }),
  radiogroup: withChoices,
  dropdown: withChoices,
  checkbox: withChoices,
  rating: (question, survey, answers) => {
    const companion = naCompanionOf(survey, question);
    const rating = question as QuestionRatingModel;
    return {
      rateMin: rating.rateMin,
      rateMax: rating.rateMax,
      minText: text(question, "minRateDescription") || undefined,
      maxText: text(question, "maxRateDescription") || undefined,
      ...(companion && {
        naName: companion.name,
        naText: text(companion, "title") || undefined,
        naSelected: answers[companion.name] === true,
      }),
    };
  },
  boolean: (question) => ({ trueText: text(question, "labelTrue") || undefined, falseText: text(question, "labelFalse") || undefined }),
  matrix: (question) => {
    const matrix = question as QuestionMatrixModel;
    return { rows: options(matrix.rows), columns: options(matrix.columns) };
  },
  html: (question) => ({ html: text(question, "html") }),
};

function textLimit(question: Question): number {
  return question.maxLength > 0 ? Math.min(question.maxLength, MAX_TEXT_LENGTH) : MAX_TEXT_LENGTH;
}

function describeQuestion(question: Question, survey: SurveyModel, answers: Record<string, unknown>): PageElement {
  const kind = question.getType() as ElementKind;
  const answer = answers[question.name];
  // A default is shown as chosen so that it is posted, and so stored, only when the person keeps it.
  const value = answer ?? (question.defaultValue as unknown) ?? undefined;
  return {
    kind,
    name: question.name,
    title: kind === "html" ? "" : question.locTitle.renderedHtml,
    description: text(question, "description") || undefined,
    isRequired: question.isRequired,
    ...(value !== undefined && kind !== "html" && { value }),
    maxLength: MAX_TEXT_LENGTH,
    ...DESCRIBE[kind]?.(question, survey, answers),
  };
}

function describePanel(panel: PanelModel, survey: SurveyModel, answers: Record<string, unknown>): PageElement {
  return {
    kind: "panel",
    name: panel.name,
    title: panel.locTitle.renderedHtml,
    description: text(panel, "description") || undefined,
    isRequired: false,
    maxLength: MAX_TEXT_LENGTH,
    elements: describeElements(panel.elements as unknown as (Question | PanelModel)[], survey, answers),
  };
}

function describeElements(elements: (Question | PanelModel)[], survey: SurveyModel, answers: Record<string, unknown>): PageElement[] {
  const folded = foldedCompanionNames(survey);
  return elements
    .filter((element) => element.isVisible && !folded.has(element.name))
    .map((element) =>
      element.isPanel ? describePanel(element as PanelModel, survey, answers) : describeQuestion(element as Question, survey, answers),
    );
}

function visibleIndexes(survey: SurveyModel): number[] {
  return survey.pages.flatMap((page, index) => (page.isVisible ? [index] : []));
}

/**
 * One page of an instrument as plain data for the HTML renderer: texts in the locale with {INGO},
 * {CLO} and {ORG} filled, and only what `visibleIf` shows for the current answers. A page that the
 * answers hide is replaced by the next visible one (or the last visible one before it).
 */
export function buildPageModel(instrument: Instrument, options: PageModelOptions): PageModel {
  const survey = createSurvey(instrument, options);
  if (!Number.isInteger(options.pageIndex) || options.pageIndex < 0 || options.pageIndex >= survey.pages.length) {
    throw new RangeError(`${instrument.name} has no page ${options.pageIndex}`);
  }
  const visible = visibleIndexes(survey);
  const pageIndex =
    visible.find((index) => index >= options.pageIndex) ?? [...visible].reverse().find((index) => index < options.pageIndex);
  if (pageIndex === undefined) throw new RangeError(`${instrument.name} has no visible page`);
  const page = survey.pages[pageIndex];
  return {
    pageIndex,
    pageCount: survey.pages.length,
    visiblePageIndexes: visible,
    title: page.locTitle.renderedHtml || survey.locTitle.renderedHtml,
    description: text(page, "description") || undefined,
    elements: describeElements(page.elements as unknown as (Question | PanelModel)[], survey, options.answers),
  };
}

/** The first page after `fromIndex` that the answers leave visible, or null when there is none. */
export function nextVisiblePage(instrument: Instrument, answers: Record<string, unknown>, fromIndex: number): number | null {
  return visibleIndexes(createSurvey(instrument, { answers })).find((index) => index > fromIndex) ?? null;
}

/** The last page before `fromIndex` that the answers leave visible, or null when there is none. */
export function previousVisiblePage(instrument: Instrument, answers: Record<string, unknown>, fromIndex: number): number | null {
  return [...visibleIndexes(createSurvey(instrument, { answers }))].reverse().find((index) => index < fromIndex) ?? null;
}
