// Answers as the respond page's HTML form posts them (surveys/parse-form.ts describes the encoding): a
// rating posts its number or "na" (its `<rating>_na` boolean is folded into it and posts nothing of its
// own), every other question posts its value under its own name. Enough for the bench's instruments,
// whose pages hold ratings, comments, booleans and radio groups (inside panels too).
import { NA_FORM_VALUE, NA_SUFFIX } from "../../surveys/types";

type Element = { type: string; name?: string; elements?: Element[] };
type Json = { pages: { elements?: Element[] }[] };

function questionsOf(elements: Element[] = []): Element[] {
  return elements.flatMap((element) => (element.type === "panel" ? questionsOf(element.elements) : [element]));
}

/** The fields one page posts for these answers (the route's own fields — intent, page, clientId — not included). */
export function pageFields(json: object, pageIndex: number, answers: Record<string, unknown>): [string, string][] {
  const page = (json as Json).pages[pageIndex];
  if (!page) throw new RangeError(`no page ${pageIndex}`);
  const questions = questionsOf(page.elements);
  const ratings = new Set(questions.filter((q) => q.type === "rating").map((q) => q.name));
  const fields: [string, string][] = [];
  for (const { type, name } of questions) {
    if (!name || type === "html") continue;
    if (type === "boolean" && name.endsWith(NA_SUFFIX) && ratings.has(name.slice(0, -NA_SUFFIX.length))) continue;
    if (type === "rating" && answers[name + NA_SUFFIX] === true) fields.push([name, NA_FORM_VALUE]);
    else if (Array.isArray(answers[name])) for (const value of answers[name] as unknown[]) fields.push([name, String(value)]);
    else if (answers[name] !== undefined) fields.push([name, String(answers[name])]);
  }
  return fields;
}

/** Every page's fields at once: what the bare server receives, having no saved progress to merge with. */
export function allFields(json: object, answers: Record<string, unknown>): [string, string][] {
  return (json as Json).pages.flatMap((_, pageIndex) => pageFields(json, pageIndex, answers));
}

export const formBody = (fields: [string, string][]) => new URLSearchParams(fields).toString();
