import "./custom-properties";
import { SurveyModel } from "survey-core";
import { conditionVariables, namesKnownVariable } from "./conditions";
import { ANSWERED_BY, ASKED_PER } from "./custom-properties";
import { isDimension, isPerspective } from "./dimensions";
import { InstrumentError, type InstrumentProblem } from "./instrument-error";
import { LOCALIZABLE_PROPERTIES, elementName, walkElements, type RawElement } from "./raw-elements";
import { REFUSED_PROPERTIES, REFUSED_TYPES } from "./refused-types";
import { CELL_TYPES, INPUT_TYPES, NA_SUFFIX, SUPPORTED_TYPES } from "./types";

type Report = (problem: string) => void;
type Check = (element: RawElement, report: Report) => void;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const checkType: Check = (element, report) => {
  const type = String(element.type);
  if (REFUSED_TYPES[type]) report(`question type "${type}" is not supported: ${REFUSED_TYPES[type]}`);
  else if (!(SUPPORTED_TYPES as readonly unknown[]).includes(element.type)) {
    report(`unsupported question type "${type}" (supported: ${SUPPORTED_TYPES.join(", ")})`);
  }
};

// Any name SurveyJS accepts: a form field spells it safely (field-names.ts).
const checkName: Check = (element, report) => {
  if (typeof element.name !== "string" || element.name.trim() === "") report("needs a name");
};

const checkProperties: Check = (element, report) => {
  for (const [property, reason] of Object.entries(REFUSED_PROPERTIES))
    if (property in element) report(`property "${property}" is not supported: ${reason}`);
  if (element.type === "text" && element.inputType !== undefined && !(INPUT_TYPES as readonly unknown[]).includes(element.inputType)) {
    report(`inputType "${String(element.inputType)}" is not supported (supported: ${INPUT_TYPES.join(", ")})`);
  }
  if (element.type === "matrixdropdown") {
    const columns = Array.isArray(element.columns) ? element.columns.filter(isObject) : [];
    for (const column of columns) {
      const cellType = column.cellType ?? element.cellType ?? "dropdown";
      if (!(CELL_TYPES as readonly unknown[]).includes(cellType))
        report(`column "${String(column.name)}": cell type "${String(cellType)}" is not supported`);
    }
  }
};

const checkRating: Check = (element, report) => {
  if (element.type !== "rating") return;
  // A rating with a dimension feeds the report; without one it is an ordinary question.
  if (element.dimension === undefined) return;
  if (!isDimension(element.dimension)) report(`unknown dimension "${String(element.dimension)}"`);
  if (!isPerspective(element.perspective))
    report(`a rating with a dimension needs a known "perspective", got "${String(element.perspective)}"`);
};

const checkDimensionProperty: Check = (element, report) => {
  if (element.type !== "rating" && element.dimension !== undefined && !isDimension(element.dimension)) {
    report(`unknown dimension "${String(element.dimension)}"`);
  }
};

const checkLocalizableShape: Check = (element, report) => {
  for (const property of LOCALIZABLE_PROPERTIES) {
    const value = element[property];
    if (value !== undefined && typeof value !== "string" && !isObject(value))
      report(`"${property}" must be a string or a localized string`);
  }
};

const ELEMENT_CHECKS: Check[] = [checkType, checkName, checkProperties, checkRating, checkDimensionProperty, checkLocalizableShape];

const CONDITION_PROPERTIES = ["visibleIf", "enableIf", "requiredIf"] as const;

/** Every condition of the instrument with its owner: elements, their choices, and pages. */
function conditionsOf(json: Record<string, unknown>, elements: RawElement[]): { owner: string; where: string; expression: unknown }[] {
  const found: { owner: string; where: string; expression: unknown }[] = [];
  const pages = Array.isArray(json.pages) ? json.pages.filter(isObject) : [];
  pages.forEach((page, index) => {
    if (page.visibleIf !== undefined)
      found.push({ owner: `(page ${String(page.name ?? index + 1)})`, where: "visibleIf", expression: page.visibleIf });
  });
  for (const element of elements) {
    const owner = elementName(element);
    for (const property of CONDITION_PROPERTIES)
      if (element[property] !== undefined) found.push({ owner, where: property, expression: element[property] });
    const choices = Array.isArray(element.choices) ? element.choices.filter(isObject) : [];
    for (const choice of choices) {
      for (const property of ["visibleIf", "enableIf"]) {
        if (choice[property] !== undefined)
          found.push({ owner, where: `choice "${String(choice.value)}" ${property}`, expression: choice[property] });
      }
    }
  }
  return found;
}

function checkConditions(json: Record<string, unknown>, elements: RawElement[], problems: InstrumentProblem[]) {
  const names = new Set(elements.map((element) => element.name).filter((name): name is string => typeof name === "string"));
  const calculated = Array.isArray(json.calculatedValues) ? json.calculatedValues.filter(isObject).map((value) => String(value.name)) : [];
  for (const name of calculated) names.add(name);
  for (const { owner, where, expression } of conditionsOf(json, elements)) {
    const variables = typeof expression === "string" ? conditionVariables(expression) : null;
    if (!variables) {
      problems.push({ question: owner, problem: `${where} "${String(expression)}" is not a condition SurveyJS can read` });
      continue;
    }
    for (const variable of variables) {
      if (!namesKnownVariable(variable, names))
        problems.push({ question: owner, problem: `${where} names {${variable}}, which is no question of this instrument` });
    }
  }
  for (const element of elements) {
    if (element.choicesFromQuestion !== undefined && !names.has(String(element.choicesFromQuestion))) {
      problems.push({
        question: elementName(element),
        problem: `choicesFromQuestion names "${String(element.choicesFromQuestion)}", which is no question of this instrument`,
      });
    }
  }
}

function checkSurveyProperties(json: Record<string, unknown>, problems: InstrumentProblem[]) {
  const survey = "(survey)";
  if (json.answeredBy !== undefined && !(ANSWERED_BY as readonly unknown[]).includes(json.answeredBy)) {
    problems.push({ question: survey, problem: `answeredBy must be one of ${ANSWERED_BY.join(", ")}` });
  }
  if (json.askedPer !== undefined && !(ASKED_PER as readonly unknown[]).includes(json.askedPer)) {
    problems.push({ question: survey, problem: `askedPer must be one of ${ASKED_PER.join(", ")}` });
  }
  if (json.mirrors !== undefined && typeof json.mirrors !== "string")
    problems.push({ question: survey, problem: "mirrors must name an instrument" });
}

function checkNaCompanion(element: RawElement, all: RawElement[], problems: InstrumentProblem[]): void {
  const name = String(element.name);
  if (!name.endsWith(NA_SUFFIX)) return;
  const rating = all.find((other) => other.name === name.slice(0, -NA_SUFFIX.length));
  if (rating?.type === "rating" && rating.dimension !== undefined && element.type !== "boolean") {
    problems.push({ question: name, problem: `"don't know" companion of rating "${String(rating.name)}" must be a boolean` });
  }
}

/** Every reason we cannot render, validate or report on an instrument; empty when it is accepted. */
export function instrumentProblems(json: unknown): InstrumentProblem[] {
  if (!isObject(json)) return [{ question: "(survey)", problem: "not a SurveyJS JSON object" }];
  const problems: InstrumentProblem[] = [];
  const seen = new Set<string>();
  const elements: RawElement[] = [];
  walkElements(json, (element) => {
    const question = elementName(element);
    for (const check of ELEMENT_CHECKS) check(element, (problem) => problems.push({ question, problem }));
    // Two html items may share a name (they hold no answer); anything else would share an answer.
    if (typeof element.name === "string" && element.type !== "html") {
      if (seen.has(element.name)) problems.push({ question, problem: "name is used twice" });
      seen.add(element.name);
    }
    elements.push(element);
  });
  if (!elements.some((element) => element.type !== "panel" && element.type !== "html" && element.type !== "expression")) {
    problems.push({ question: "(survey)", problem: "has no questions" });
  }
  for (const element of elements) checkNaCompanion(element, elements, problems);
  checkSurveyProperties(json, problems);
  checkConditions(json, elements, problems);
  // survey-core's own reading: unknown types, broken structure. A property it does not know (another app's
  // custom property, a typo such as "titel") is ignored by SurveyJS too: instrumentWarnings names those.
  if (problems.length === 0) {
    for (const error of jsonErrors(json))
      if (!isIgnoredProperty(error)) problems.push({ question: error.question, problem: `SurveyJS JSON error: ${error.message}` });
  }
  return problems;
}

type JsonError = { question: string; message: string };
const isIgnoredProperty = (error: JsonError) => error.message.startsWith("Unknown property in class");

function jsonErrors(json: object): JsonError[] {
  const survey = new SurveyModel(json);
  return (survey.jsonErrors ?? []).map((error) => ({
    question: (error.element as { name?: string } | undefined)?.name ?? "(survey)",
    message: error.message,
  }));
}

/** What SurveyJS and Sikiliza ignore in an accepted instrument (properties neither knows), for its author to see. */
export function instrumentWarnings(json: unknown): InstrumentProblem[] {
  if (!isObject(json)) return [];
  return jsonErrors(json)
    .filter(isIgnoredProperty)
    .map((error) => ({ question: error.question, problem: `ignored: ${error.message}` }));
}

/** Refuses an instrument we cannot render, validate or report on; throws InstrumentError listing every problem. */
export function checkInstrument(file: string, json: unknown): void {
  const problems = instrumentProblems(json);
  if (problems.length) throw new InstrumentError(file, problems);
}
