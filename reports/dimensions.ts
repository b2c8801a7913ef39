/**
 * The eleven power dimensions of the item bank (shared/ITEM-BANK.md), in the order every report shows
 * them. Kept here rather than imported from surveys/ so reports/ stays free of anything that loads files.
 */
export const DIMENSIONS = [
  "decisions",
  "agenda",
  "money",
  "knowledge",
  "listening",
  "respect",
  "transparency",
  "accountability",
  "trust",
  "independence",
  "visibility",
] as const;

export type Dimension = (typeof DIMENSIONS)[number];

const KNOWN = new Set<string>(DIMENSIONS);

/** Rows keyed on a retired or misspelt dimension are left out rather than shown as a twelfth dimension. */
export function isDimension(key: string | null | undefined): key is Dimension {
  return key != null && KNOWN.has(key);
}
