import { LOCALIZABLE_PROPERTIES, elementName, walkElements } from "./raw-elements";

export interface ShownText {
  /** Where the text sits, e.g. `decisions.title` or `consent.choices[community]`. */
  where: string;
  value: unknown;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// A bare choice ("partners") shows its value as its text, so it counts as an untranslated text.
function itemTexts(owner: string, property: string, items: unknown): ShownText[] {
  if (!Array.isArray(items)) return [];
  return items.map((item) =>
    isObject(item)
      ? { where: `${owner}.${property}[${String(item.value)}]`, value: item.text }
      : { where: `${owner}.${property}[${String(item)}]`, value: item },
  );
}

/** Every text a respondent reads in an instrument, so a test can demand English and Swahili for each. */
export function shownTexts(json: unknown): ShownText[] {
  const texts: ShownText[] = [];
  if (!isObject(json)) return texts;
  for (const property of ["title", "description"]) {
    if (json[property] !== undefined) texts.push({ where: `(survey).${property}`, value: json[property] });
  }
  const pages = Array.isArray(json.pages) ? json.pages.filter(isObject) : [];
  for (const page of pages) {
    for (const property of ["title", "description"]) {
      if (page[property] !== undefined) texts.push({ where: `(page ${String(page.name)}).${property}`, value: page[property] });
    }
  }
  walkElements(json, (element) => {
    const owner = elementName(element);
    if (element.type !== "html" && element.type !== "panel" && element.title === undefined) {
      texts.push({ where: `${owner}.title`, value: undefined });
    }
    for (const property of LOCALIZABLE_PROPERTIES) {
      if (element[property] !== undefined) texts.push({ where: `${owner}.${property}`, value: element[property] });
    }
    for (const property of ["choices", "rows", "columns"]) texts.push(...itemTexts(owner, property, element[property]));
  });
  return texts;
}
