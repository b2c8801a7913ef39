import "./custom-properties";
import { SurveyModel } from "survey-core";
import { isDimension, isPerspective } from "./dimensions";
import { InstrumentError } from "./instrument-error";
import { LOCALIZABLE_PROPERTIES, elementName, walkElements, type RawElement } from "./raw-elements";
import { NA_SUFFIX, SUPPORTED_TYPES } from "./types";

// Question names are form field names and database keys: keep them plain so "matrix.row" field names
// and "name__<orgId>" network names can be split without ambiguity.
const NAME_PATTERN = /^[a-z][a-z0-9_]*$/;

// Options that would store values outside the question's own key ("<name>-Comment") or add choices we
// do not validate; none of our instruments needs them.
const REFUSED_PROPERTIES = [
  "showOtherItem",
  "hasOther",
  "showNoneItem",
  "hasNone",
  "showSelectAllItem",
  "hasSelectAll",
  "showCommentArea",
  "hasComment",
  "choicesByUrl",
  "rateValues",
  "valueName",
];

type Check = (element: RawElement, fail: (problem: string) => never) => void;

const checkType: Check = (element, fail) => {
  if (!(SUPPORTED_TYPES as readonly unknown[]).includes(element.type)) {
    fail(`unsupported question type "${String(element.type)}" (supported: ${SUPPORTED_TYPES.join(", ")})`);
  }
};

const checkName: Check = (element, fail) => {
  if (typeof element.name !== "string" || !NAME_PATTERN.test(element.name)) {
    fail(`name must match ${NAME_PATTERN} (letters, digits, underscores)`);
  }
};

const checkProperties: Check = (element, fail) => {
  const refused = REFUSED_PROPERTIES.find((property) => property in element);
  if (refused) fail(`property "${refused}" is not supported`);
};

// html items are rendered as text, never as markup: a tag in one would show up as literal brackets.
const checkPlainHtml: Check = (element, fail) => {
  if (element.type !== "html") return;
  const texts = typeof element.html === "object" && element.html ? Object.values(element.html) : [element.html];
  if (texts.some((text) => typeof text === "string" && /[<>]/.test(text))) fail("html must be plain text");
};

const checkRating: Check = (element, fail) => {
  if (element.type !== "rating") return;
  if (!isDimension(element.dimension)) fail(`rating needs a known "dimension", got "${String(element.dimension)}"`);
  if (!isPerspective(element.perspective)) fail(`rating needs a known "perspective", got "${String(element.perspective)}"`);
  const { rateMin = 1, rateMax = 5, rateStep = 1 } = element as Record<string, unknown>;
  if (!Number.isInteger(rateMin) || !Number.isInteger(rateMax) || (rateMin as number) >= (rateMax as number)) {
    fail("rateMin and rateMax must be integers, rateMin < rateMax");
  }
  if (rateStep !== 1) fail("rateStep must be 1");
};

const checkDimensionProperty: Check = (element, fail) => {
  if (element.dimension !== undefined && !isDimension(element.dimension)) {
    fail(`unknown dimension "${String(element.dimension)}"`);
  }
};

const ELEMENT_CHECKS: Check[] = [checkType, checkName, checkProperties, checkPlainHtml, checkRating, checkDimensionProperty];

function checkLocalizableShape(element: RawElement, fail: (problem: string) => never): void {
  for (const property of LOCALIZABLE_PROPERTIES) {
    const value = element[property];
    if (value !== undefined && typeof value !== "string" && (typeof value !== "object" || value === null)) {
      fail(`"${property}" must be a string or a localized string`);
    }
  }
}

/** Refuses an instrument we cannot render, validate or report on; throws InstrumentError. */
export function checkInstrument(file: string, json: unknown): void {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw new InstrumentError(file, "(survey)", "not a SurveyJS JSON object");
  }
  const seen = new Set<string>();
  const elements: RawElement[] = [];
  walkElements(json, (element) => {
    const fail = (problem: string): never => {
      throw new InstrumentError(file, elementName(element), problem);
    };
    for (const check of ELEMENT_CHECKS) check(element, fail);
    checkLocalizableShape(element, fail);
    if (seen.has(element.name as string)) fail("name is used twice");
    seen.add(element.name as string);
    elements.push(element);
  });
  if (!elements.some((element) => element.type !== "panel" && element.type !== "html")) {
    throw new InstrumentError(file, "(survey)", "has no questions");
  }
  for (const element of elements) checkNaCompanion(file, element, elements);

  const survey = new SurveyModel(json);
  const [error] = survey.jsonErrors ?? [];
  if (error) {
    const owner = (error.element as { name?: string } | undefined)?.name ?? "(survey)";
    throw new InstrumentError(file, owner, `SurveyJS JSON error: ${error.message}`);
  }
}

function checkNaCompanion(file: string, element: RawElement, all: RawElement[]): void {
  const name = element.name as string;
  if (!name.endsWith(NA_SUFFIX)) return;
  const rating = all.find((other) => other.name === name.slice(0, -NA_SUFFIX.length));
  if (rating?.type === "rating" && element.type !== "boolean") {
    throw new InstrumentError(file, name, `"don't know" companion of rating "${String(rating.name)}" must be a boolean`);
  }
}
