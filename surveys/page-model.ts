import type { ItemValue, PanelModel, Question, QuestionBooleanModel, QuestionSelectBase, SurveyModel } from "survey-core";
import { browserCondition, conditionVariables, conditionWords, namesKnownVariable } from "./conditions";
import { describeKind, options, plainText, text } from "./describe-question";
import { fieldName } from "./field-names";
import { createSurvey, foldedCompanionNames } from "./survey-model";
import {
  MAX_TEXT_LENGTH,
  type ChoiceOption,
  type ElementKind,
  type Instrument,
  type PageElement,
  type PageModel,
  type SamePageCondition,
} from "./types";

export interface PageModelOptions {
  /** The respondent's language; any language the instrument carries is shown in its own words. */
  locale: string;
  answers: Record<string, unknown>;
  pageIndex: number;
  variables: Record<string, string>;
}

type Element = Question | PanelModel;
type Context = { survey: SurveyModel; answers: Record<string, unknown>; onPage: Set<string>; folded: ReadonlySet<string> };

function describeQuestion(question: Question, context: Context, condition?: SamePageCondition): PageElement {
  const kind = question.getType() as ElementKind;
  const answer = context.answers[question.name];
  // A default is shown as chosen so that it is posted, and so stored, only when the person keeps it.
  const value = answer ?? (question.defaultValue as unknown) ?? undefined;
  const display = kind === "html" || kind === "expression";
  return {
    kind,
    name: question.name,
    field: fieldName(question.name),
    title: display ? "" : plainText(question.locTitle.renderedHtml),
    description: plainText(text(question, "description")) || undefined,
    isRequired: question.isRequired,
    ...(value !== undefined && !display && { value: booleanValue(question, value) }),
    maxLength: MAX_TEXT_LENGTH,
    // Read-only (readOnly, or an enableIf that earlier answers leave false): shown, never posted.
    ...(question.isReadOnly && condition?.kind !== "enable" && { readOnly: true }),
    ...(condition && { condition }),
    ...withChoiceConditions(describeKind(kind, question, context.survey, context.answers), question, context),
  };
}

function withChoiceConditions(described: Partial<PageElement>, question: Question, context: Context): Partial<PageElement> {
  if (!CHOICE_KINDS.has(question.getType()) || !described.choices) return described;
  const choices = choicesWithConditions(question, context, described.choices);
  return choices ? { ...described, choices } : described;
}

const CHOICE_KINDS = new Set(["radiogroup", "dropdown", "checkbox", "tagbox"]);

// A boolean default written as "true"/"false" in the JSON means the boolean itself.
function booleanValue(question: Question, value: unknown): unknown {
  if (question.getType() !== "boolean") return value;
  const boolean = question as QuestionBooleanModel;
  if (value === "true") return boolean.getValueTrue();
  if (value === "false") return boolean.getValueFalse();
  return value;
}

function describePanel(panel: PanelModel, context: Context, condition?: SamePageCondition): PageElement {
  return {
    kind: "panel",
    name: panel.name,
    field: fieldName(panel.name),
    title: plainText(panel.locTitle.renderedHtml),
    description: plainText(text(panel, "description")) || undefined,
    isRequired: false,
    maxLength: MAX_TEXT_LENGTH,
    ...(condition && { condition }),
    elements: describeElements(panel.elements as unknown as Element[], context),
  };
}

function questionNames(elements: Element[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.isPanel) questionNames((element as PanelModel).elements as unknown as Element[], into);
    else into.add(element.name);
  }
  return into;
}

function readsThisPage(expression: string, context: Context): boolean {
  return (conditionVariables(expression) ?? []).some((variable) => namesKnownVariable(variable, context.onPage));
}

function titleOf(survey: SurveyModel, name: string): string {
  const question = survey.getQuestionByName(name.split(".")[0]) ?? survey.getQuestionByName(name);
  return question ? plainText(question.locTitle.renderedHtml) : name;
}

function valueText(survey: SurveyModel, name: string, value: unknown): string {
  const question = survey.getQuestionByName(name) as (Question & Partial<QuestionSelectBase>) | null;
  if (question?.getType() === "boolean") {
    const boolean = question as unknown as QuestionBooleanModel;
    // survey-core's own "Yes"/"No" in the survey's language when the author wrote no labels.
    if (value === true || value === boolean.getValueTrue()) return plainText(boolean.locLabelTrue.renderedHtml);
    if (value === false || value === boolean.getValueFalse()) return plainText(boolean.locLabelFalse.renderedHtml);
  }
  const choice = question?.choices?.find((item) => String(item.value) === String(value));
  return choice ? plainText(choice.locText.renderedHtml) : String(value ?? "");
}

/**
 * docs/decisions/019-same-page-conditions.md: a question whose visibleIf (or enableIf) reads an answer on its own
 * page is always on the page, with its condition as words and as a tree for the script; the server requires
 * it only when its condition holds, so nobody is asked for a question they cannot see.
 */
function samePageCondition(element: Element, context: Context): SamePageCondition | undefined {
  const owner = element as Element & { visibleIf?: string; enableIf?: string };
  for (const [kind, expression] of [
    ["visible", owner.visibleIf],
    ["enable", owner.enableIf],
  ] as const) {
    if (expression && readsThisPage(expression, context)) return conditionOn(expression, kind, context);
  }
  return undefined;
}

function conditionOn(expression: string, kind: SamePageCondition["kind"], context: Context): SamePageCondition {
  const survey = context.survey;
  const fieldOf = (name: string) => (context.onPage.has(name) ? fieldName(name) : undefined);
  return {
    kind,
    tree: browserCondition(expression, { fieldOf, valueOf: (name) => survey.getValue(name) as unknown }),
    words: conditionWords(expression, {
      titleOf: (name) => titleOf(survey, name),
      textOf: (name, value) => valueText(survey, name, value),
    }),
  };
}

// A choice's own visibleIf reads questions by name; {item} and the other built-ins are no answer on this page.
function choiceReadsThisPage(expression: string, context: Context): boolean {
  return (conditionVariables(expression) ?? []).some((variable) =>
    [...context.onPage].some((name) => variable === name || variable.startsWith(`${name}.`) || variable.startsWith(`${name}-`)),
  );
}

/**
 * The same rule for choices (docs/decisions/019-same-page-conditions.md): a choice whose visibleIf reads an answer
 * on its own page, or that a choicesFromQuestion takes from a question on this page as it is answered, is always
 * listed with its condition; the script hides it live and the server refuses it when its condition does not hold.
 * Undefined when no choice of the question depends on this page (the choices are then those shown now).
 */
function choicesWithConditions(question: Question, context: Context, shown: ChoiceOption[]): ChoiceOption[] | undefined {
  const select = question as QuestionSelectBase;
  const sourceName = select.choicesFromQuestion;
  const mode = select.choicesFromQuestionMode;
  if (sourceName && context.onPage.has(sourceName) && (mode === "selected" || mode === "unselected")) {
    const source = context.survey.getQuestionByName(sourceName) as QuestionSelectBase;
    return options(source.choices).map((choice) => ({
      ...choice,
      condition: {
        kind: "visible",
        tree: [mode === "selected" ? "anyof" : "noneof", ["field", fieldName(sourceName)], ["value", [choice.value]]],
        words: { op: mode === "selected" ? "anyof" : "noneof", question: titleOf(context.survey, sourceName), value: choice.text },
      },
    }));
  }
  const conditioned = new Map(
    (select.choices as ItemValue[]).flatMap((item) =>
      item.visibleIf && choiceReadsThisPage(item.visibleIf, context)
        ? [[String(item.value), conditionOn(item.visibleIf, "visible", context)] as const]
        : [],
    ),
  );
  if (conditioned.size === 0) return undefined;
  const shownValues = new Set(shown.map((choice) => String(choice.value)));
  return options(select.choices as ItemValue[]).flatMap((choice) => {
    const condition = conditioned.get(String(choice.value));
    if (condition) return [{ ...choice, condition }];
    return shownValues.has(String(choice.value)) ? [choice] : [];
  });
}

function describeElements(elements: Element[], context: Context): PageElement[] {
  return elements.flatMap((element) => {
    if (context.folded.has(element.name)) return [];
    const condition = samePageCondition(element, context);
    if (!element.isVisible && condition?.kind !== "visible") return [];
    return [
      element.isPanel
        ? describePanel(element as PanelModel, context, condition)
        : describeQuestion(element as Question, context, condition),
    ];
  });
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
  const elements = page.elements as unknown as Element[];
  const context: Context = { survey, answers: options.answers, onPage: questionNames(elements), folded: foldedCompanionNames(survey) };
  return {
    pageIndex,
    pageCount: survey.pages.length,
    visiblePageIndexes: visible,
    title: plainText(page.locTitle.renderedHtml || survey.locTitle.renderedHtml),
    description: plainText(text(page, "description")) || undefined,
    elements: describeElements(elements, context),
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
