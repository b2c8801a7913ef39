import type { QuoteShown } from "./quotes";
import type { NetworkOrg } from "./types";

/*
 * Stories on collaboration ties (docs/decisions/029): examples of working together, or of not managing to,
 * told by one side of a pair. The loading layer hands in only stories this reader may read for the report;
 * they travel as quotes, so a frozen version keeps references only and each reader is asked again.
 */

export interface TieStory {
  /** The teller's organisation. */
  fromOrgId: number;
  /** The other organisation of the pair. */
  toOrgId: number;
  quote: QuoteShown;
}

export interface TieStoriesLine {
  /** The pair, smaller id first, as in the network's edges. */
  fromOrgId: number;
  toOrgId: number;
  /** Whether either side reported working together this round: an example may tell of not managing to. */
  tied: boolean;
  stories: QuoteShown[];
}

const pairKey = (a: number, b: number) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The stories per pair of organisations, in the order of the organisations' list; pairs without a story are left out. */
export function tieStoryLines(
  orgs: readonly NetworkOrg[],
  edges: readonly { fromOrgId: number; toOrgId: number }[],
  stories: readonly TieStory[],
): TieStoriesLine[] {
  const known = new Set(orgs.map((org) => org.id));
  const tied = new Set(edges.map((edge) => pairKey(edge.fromOrgId, edge.toOrgId)));
  const lines = new Map<string, TieStoriesLine>();
  for (const story of stories) {
    if (story.fromOrgId === story.toOrgId || !known.has(story.fromOrgId) || !known.has(story.toOrgId)) continue;
    const key = pairKey(story.fromOrgId, story.toOrgId);
    let line = lines.get(key);
    if (!line) {
      const [fromOrgId, toOrgId] = [story.fromOrgId, story.toOrgId].sort((a, b) => a - b);
      lines.set(key, (line = { fromOrgId, toOrgId, tied: tied.has(key), stories: [] }));
    }
    if (!line.stories.some((quote) => quote.id === story.quote.id)) line.stories.push(story.quote);
  }
  const order = new Map(orgs.map((org, index) => [org.id, index]));
  return [...lines.values()].sort(
    (a, b) => order.get(a.fromOrgId)! - order.get(b.fromOrgId)! || order.get(a.toOrgId)! - order.get(b.toOrgId)!,
  );
}
