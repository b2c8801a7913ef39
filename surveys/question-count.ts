import { walkElements } from "./raw-elements";

/** How many questions an instrument asks (panels, html and expressions are not questions). */
export function questionCount(json: unknown): number {
  let count = 0;
  walkElements(json, (element) => {
    if (!["panel", "html", "expression"].includes(String(element.type))) count += 1;
  });
  return count;
}
