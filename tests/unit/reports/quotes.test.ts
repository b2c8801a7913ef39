import { buildHeadline } from "../../../reports/headline";
import type { PerceptionGap } from "../../../reports/perception-gap";
import { chooseQuotes, pickHeadlineQuote, themeQuotes } from "../../../reports/quotes";
import type { Quote } from "../../../reports/types";
import { summariseAnswers } from "../../../reports/rating-views";

type Place = [section: "dimension" | "theme", key: string, position: number, organisationName: string];

const quote = (id: string, places: Place[], overrides: Partial<Quote> = {}): Quote => ({
  id,
  kind: "example",
  text: `words of ${id}`,
  language: "sw",
  attribution: null,
  placements: places.map(([section, key, position, organisationName]) => ({ section, key, position, organisationName })),
  ...overrides,
});

// Two organisations chose for "decisions": Tumaini q2 then q1; Pamoja q4 then q3. q1 is also Tumaini's first for money.
const quotes = [
  quote(
    "q1",
    [
      ["dimension", "decisions", 2, "Tumaini"],
      ["dimension", "money", 1, "Tumaini"],
      ["dimension", "decisions", 2, "Tumaini"],
    ],
    {
      kind: "story",
    },
  ),
  quote("q2", [["dimension", "decisions", 1, "Tumaini"]]),
  quote(
    "q3",
    [
      ["dimension", "decisions", 2, "Pamoja"],
      ["theme", "7", 1, "Pamoja"],
    ],
    { kind: "story" },
  ),
  quote("q4", [["dimension", "decisions", 1, "Pamoja"]], { attribution: "Amina" }),
  quote("q5", [["dimension", "power", 1, "Tumaini"]]), // not an item-bank dimension
  quote("q6", [], { kind: "story" }), // tagged with nothing, chosen for nothing: never quoted
];

describe("choosing quotes", () => {
  const chosen = chooseQuotes(quotes);

  it("shows exactly the chosen quotes, organisations taking turns in each one's order", () => {
    const decisions = chosen.get("decisions")!;
    expect(decisions.none).toBe(false);
    if (!decisions.none) expect(decisions.quotes.map((item) => item.id)).toEqual(["q4", "q2", "q3", "q1"]);
  });

  it("lets a voice speak where it was chosen, once per section", () => {
    const money = chosen.get("money")!;
    expect(money.none ? [] : money.quotes.map((item) => item.id)).toEqual(["q1"]);
    expect(themeQuotes(quotes).get("7")).toEqual({ none: false, quotes: [expect.objectContaining({ id: "q3" })] });
    const everywhere = [...chosen.values(), ...themeQuotes(quotes).values()].flatMap((d) => (d.none ? [] : d.quotes.map((q) => q.id)));
    expect(everywhere).not.toContain("q6");
    expect(everywhere).not.toContain("q5");
  });

  it("marks a dimension without a chosen voice explicitly", () => {
    expect(chosen.get("trust")).toEqual({ none: true });
    expect(chosen.get("visibility")).toEqual({ none: true });
  });

  it("shows only the words, language and attribution", () => {
    const decisions = chosen.get("decisions")!;
    if (!decisions.none)
      expect(decisions.quotes[0]).toEqual({
        id: "q4",
        kind: "example",
        text: "words of q4",
        language: "sw",
        attribution: "Amina",
      });
  });

  it("gives a headline quote not used by an earlier entry, or the sole voice again", () => {
    const decisions = chosen.get("decisions")!;
    expect(pickHeadlineQuote(decisions, new Set(["q4"]))).toMatchObject({ id: "q2" });
    expect(pickHeadlineQuote(chosen.get("money")!, new Set(["q1"]))).toMatchObject({ id: "q1" });
    expect(pickHeadlineQuote(chosen.get("trust")!, new Set())).toEqual({ none: true });
  });
});

describe("the headline", () => {
  const empty = summariseAnswers([]);
  const gap = (dimension: PerceptionGap["dimension"], value: PerceptionGap["gap"], flagged = true): PerceptionGap => ({
    dimension,
    community: empty,
    ingoSelf: empty,
    gap: value,
    flagged,
  });
  const current = [
    gap("decisions", 1.5), // last round 1.0 → widened by 0.5
    gap("agenda", 1.8), // no last-round figure
    gap("money", -2.0), // last round −1.9 → widened by 0.1
    gap("respect", 0.5, false), // not flagged
    gap("trust", 1.4), // last round hidden
    gap("visibility", { suppressed: true, k: 5 }, false),
  ];
  const previous = [gap("decisions", 1.0), gap("money", -1.9), gap("trust", { suppressed: true, k: 5 })];
  const headline = buildHeadline(current, previous, chooseQuotes(quotes));

  it("lists flagged gaps, the most widening first, then the widest of those without a comparison", () => {
    expect(headline.map((entry) => entry.dimension)).toEqual(["decisions", "money", "agenda", "trust"]);
    expect(headline[0].widening).toBeCloseTo(0.5, 10);
    expect(headline[1].widening).toBeCloseTo(0.1, 10);
    expect(headline[2].widening).toBeNull();
  });

  it("gives each entry a voice, or says there is none", () => {
    expect(headline[0].quote).toMatchObject({ id: "q4" });
    expect(headline[1].quote).toMatchObject({ id: "q1" });
    expect(headline[2].quote).toEqual({ none: true });
  });
});
