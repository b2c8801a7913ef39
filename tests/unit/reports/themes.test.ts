import { buildThemes } from "../../../reports/themes";
import type { Quote } from "../../../reports/types";

const quote = (id: string, themeKey: string, position: number): Quote => ({
  id,
  kind: "story",
  text: `words of ${id}`,
  language: "sw",
  attribution: null,
  placements: [{ section: "theme", key: themeKey, position, organisationName: "Tumaini" }],
});

describe("themes in the report", () => {
  const counts = [
    { id: 1, name: "Safe workplaces", stories: 4 },
    { id: 2, name: "Access to police", stories: 1 },
    { id: 3, name: "Working together", stories: 7 },
    { id: 4, name: "Empty, with a quote", stories: 0 },
    { id: 5, name: "Empty", stories: 0 },
    { id: 6, name: "Budgets", stories: 5 },
  ];
  const themes = buildThemes(counts, [quote("q2", "1", 2), quote("q1", "1", 1), quote("q3", "4", 1)], 5);

  it("hides every count under k and orders by what is shown, never by a hidden count", () => {
    expect(themes.map((t) => [t.name, t.stories])).toEqual([
      ["Working together", 7],
      ["Budgets", 5],
      // 1 and 4 stories: both hidden, so they are listed by name, not by size.
      ["Access to police", { suppressed: true, k: 5 }],
      ["Safe workplaces", { suppressed: true, k: 5 }],
      ["Empty, with a quote", 0],
    ]);
  });

  it("leaves out a theme with no story and no quote, and carries each theme's chosen quotes in order", () => {
    expect(themes.find((t) => t.name === "Empty")).toBeUndefined();
    expect(themes.find((t) => t.id === 1)!.quotes).toEqual({
      none: false,
      quotes: [expect.objectContaining({ id: "q1" }), expect.objectContaining({ id: "q2" })],
    });
    expect(themes.find((t) => t.id === 3)!.quotes).toEqual({ none: true });
  });
});
