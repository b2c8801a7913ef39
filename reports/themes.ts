import { isSuppressed, type Figure } from "./figure-value";
import { themeQuotes, type DimensionQuotes } from "./quotes";
import { suppressSmallCount } from "./suppress-rating-views";
import type { Quote } from "./types";

/**
 * A theme the community named, with the stories of the round it holds, as the loading layer counts them:
 * live stories the teller shared beyond their organisation (scope partners or report), however many of
 * them this reader may open. A count is an aggregate, never a story; it is hidden under k like any count
 * of people, and community-scope stories are never counted (their tellers shared them with no one outside).
 */
export interface ThemeCount {
  id: number;
  name: string;
  stories: number;
}

/** One theme in the report: how many stories it holds (or hidden) and the quotes chosen for it. */
export interface ThemeLine {
  id: number;
  name: string;
  stories: Figure;
  quotes: DimensionQuotes;
}

// Ordered by what is shown, never by a hidden count: hidden ones sit between the shown counts and zero, by name.
const sortKey = (figure: Figure) => (typeof figure === "number" ? figure : isSuppressed(figure) ? 0.5 : 0);

/**
 * Section "Themes": every theme that holds a story of the round or a chosen quote, most stories first,
 * then by name. No complementary suppression is needed: a story may carry several themes or none, so the
 * theme counts add up to nothing shown elsewhere and no hidden one can be worked out from the others.
 */
export function buildThemes(counts: readonly ThemeCount[], quotes: readonly Quote[], k: number): ThemeLine[] {
  const chosen = themeQuotes(quotes);
  return counts
    .filter((theme) => theme.stories > 0 || chosen.has(String(theme.id)))
    .map((theme): ThemeLine => ({
      id: theme.id,
      name: theme.name,
      stories: suppressSmallCount(theme.stories, k),
      quotes: chosen.get(String(theme.id)) ?? { none: true },
    }))
    .sort((a, b) => sortKey(b.stories) - sortKey(a.stories) || a.name.localeCompare(b.name) || a.id - b.id);
}
