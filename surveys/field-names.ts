// Question names are whatever SurveyJS allows ("Quality", "recommend friends", "nhs-number", "a.b"); form field
// names and element ids need a spelling that is unambiguous when a field also names a cell. A name is written
// with percent-encoding for everything outside [A-Za-z0-9_-], so the dot and the tilde are free to separate:
//   <name>              the answer               <name>.<row>         a matrix row, a multipletext item, a rank
//   <name>~comment      the "other" text         <name>.<row>.<col>   a matrixdropdown cell
// Plain names (letters, digits, underscores) are spelt as they are, so the four instruments' fields never change.

const SAFE = /^[A-Za-z0-9_-]$/;

export function encodeName(name: string): string {
  let out = "";
  for (const char of name) {
    if (SAFE.test(char)) out += char;
    else out += [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
  }
  return out;
}

export function decodeName(field: string): string | null {
  try {
    return decodeURIComponent(field);
  } catch {
    return null;
  }
}

export const OTHER_SUFFIX = "~comment";

/** A posted field split into the question and the cell path it names; null when it cannot be ours. */
export function splitFieldName(field: string): { name: string; path: string[]; other: boolean } | null {
  const other = field.endsWith(OTHER_SUFFIX);
  const bare = other ? field.slice(0, -OTHER_SUFFIX.length) : field;
  const parts = bare.split(".").map(decodeName);
  if (parts.some((part) => part === null || part === "")) return null;
  const [name, ...path] = parts as string[];
  return { name, path, other };
}

export const fieldName = (name: string, ...path: (string | number)[]) => [name, ...path.map(String)].map(encodeName).join(".");

/** An element id for `name`: ids hold no spaces, and "%" is awkward in CSS selectors, so it becomes "_". */
export const fieldId = (name: string, ...path: (string | number)[]) => `q-${fieldName(name, ...path).replace(/[%.]/g, "_")}`;
