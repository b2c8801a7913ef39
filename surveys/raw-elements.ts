// Walks an instrument's JSON as written, before survey-core reads it: survey-core reports an unknown
// question type without naming the question, and quietly accepts types we cannot render.

export interface RawElement {
  type?: unknown;
  name?: unknown;
  elements?: unknown;
  [property: string]: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asElements(value: unknown): RawElement[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** Calls `visit` for every element (questions and panels, nested ones too), in document order. */
export function walkElements(json: unknown, visit: (element: RawElement, pageName: string) => void): void {
  if (!isObject(json)) return;
  const walk = (elements: RawElement[], pageName: string) => {
    for (const element of elements) {
      visit(element, pageName);
      walk(asElements(element.elements), pageName);
    }
  };
  asElements(json.pages).forEach((page, index) => walk(asElements(page.elements), String(page.name ?? index)));
  // survey-core also accepts questions at the top level, outside any page.
  walk(asElements(json.elements), "");
  walk(asElements(json.questions), "");
}

/** Every string an element shows, per locale key ("default", "sw", …), for the translation check. */
export const LOCALIZABLE_PROPERTIES = [
  "title",
  "description",
  "html",
  "minRateDescription",
  "maxRateDescription",
  "labelTrue",
  "labelFalse",
  "placeholder",
] as const;

export function elementName(element: RawElement): string {
  return typeof element.name === "string" && element.name !== "" ? element.name : "(unnamed)";
}
