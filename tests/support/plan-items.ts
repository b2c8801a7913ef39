// The items a plan page shows, read back from its HTML as a person receives it: in the drawing (<svg>) and in
// the list beside it, each item by its key ("cause:12", "milestone:3", "action:3-7") with its words.
const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };
const decode = (s: string) => s.replace(/&(?:amp|lt|gt|quot|#x27|#39);/g, (e) => ENTITIES[e]);

/** Key → words, from elements carrying data-words (a wrapped text's lines joined; whitespace left out to compare). */
function wordsIn(html: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const m of html.matchAll(/<(\w+)[^>]*\sdata-words="([^"]+)"[^>]*>([^<]*)<\/\1>/g)) {
    words.set(m[2], (words.get(m[2]) ?? "") + decode(m[3]).replace(/\s+/g, ""));
  }
  return words;
}

/** The drawing's items and the list's items of a rendered plan page. */
export function planItems(html: string): { drawing: Map<string, string>; list: Map<string, string>; svg: string } {
  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
  const list = /<div class="plan-list">[\s\S]*$/.exec(html)?.[0] ?? "";
  return { drawing: wordsIn(svg), list: wordsIn(list), svg };
}
