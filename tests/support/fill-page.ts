// A full set of answers for one rendered page, posted the way a browser without JavaScript posts the form: a
// value for every field on the page (questions a same-page condition shows included), spelt with the page's own
// field names. The values are valid for their question: the first choice, a real date, a number in range.
import { fieldName } from "../../surveys/field-names";
import type { CellSpec, PageElement, PageModel } from "../../surveys/types";

const TEXTS: Record<string, string> = {
  date: "2024-01-15",
  email: "someone@example.org",
  tel: "+254 700 000000",
  url: "https://example.org",
};

function textValue(element: { inputType?: string; min?: string | number; max?: string | number }): string {
  if (element.inputType === "number")
    return String(typeof element.min === "number" ? element.min : typeof element.max === "number" ? Math.min(1, element.max) : 1);
  if (element.inputType === "date" && typeof element.min === "string") return element.min;
  return TEXTS[element.inputType ?? ""] ?? "An answer given here";
}

function cellValues(cell: CellSpec): string[] {
  if (cell.cellType === "boolean") return ["true"];
  if (cell.cellType === "text" || cell.cellType === "comment") return [textValue(cell)];
  const first = cell.choices?.[0];
  return first ? [String(first.value)] : [];
}

type Fill = (element: PageElement) => [string, string][];

const firstChoice: Fill = (element) => {
  const first = element.choices?.find((choice) => String(choice.value) !== element.noneValue) ?? element.choices?.[0];
  return first ? [[element.field, String(first.value)]] : [];
};

const FILL: Partial<Record<PageElement["kind"], Fill>> = {
  text: (element) => [[element.field, textValue(element)]],
  comment: (element) => [[element.field, "An answer given here, in a few words."]],
  radiogroup: firstChoice,
  dropdown: firstChoice,
  rating: firstChoice,
  boolean: (element) => [[element.field, "true"]],
  checkbox: (element) => {
    const choices = (element.choices ?? []).filter((choice) => String(choice.value) !== element.noneValue);
    return choices.slice(0, Math.max(1, element.minSelected ?? 1)).map((choice) => [element.field, String(choice.value)]);
  },
  matrix: (element) =>
    (element.rows ?? []).map((row) => [fieldName(element.name, String(row.value)), String(element.columns?.[0]?.value ?? "")]),
  matrixdropdown: (element) =>
    (element.rows ?? []).flatMap((row) =>
      (element.cells ?? []).flatMap((cell) =>
        cellValues(cell).map((value): [string, string] => [fieldName(element.name, String(row.value), cell.name), value]),
      ),
    ),
  multipletext: (element) => (element.cells ?? []).map((item) => [fieldName(element.name, item.name), textValue(item)]),
  ranking: (element) => (element.choices ?? []).map((choice, index) => [fieldName(element.name, String(choice.value)), String(index + 1)]),
};
FILL.tagbox = FILL.checkbox;

function fill(elements: PageElement[]): [string, string][] {
  return elements.flatMap((element) => {
    if (element.kind === "panel") return fill(element.elements ?? []);
    if (element.readOnly) return [];
    return FILL[element.kind]?.(element) ?? [];
  });
}

/** Every field of the page with a valid answer. */
export const fullAnswers = (page: PageModel): [string, string][] => fill(page.elements);
