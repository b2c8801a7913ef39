import { buildHeadline } from "../../../reports/headline";
import type { PerceptionGap } from "../../../reports/perception-gap";
import { chooseQuotes, pickHeadlineQuote } from "../../../reports/quotes";
import type { Quote } from "../../../reports/types";
import { summariseAnswers } from "../../../reports/rating-views";

const quote = (id: string, overrides: Partial<Quote>): Quote => ({
  id,
  kind: "example",
  dimension: null,
  dimensions: [],
  text: `words of ${id}`,
  language: "sw",
  attribution: null,
  putForward: false,
  createdAt: "2024-01-01T00:00:00Z",
  ...overrides,
});

const quotes = [
  quote("q1", { kind: "story", dimensions: ["decisions", "money", "decisions"], createdAt: "2024-03-01T00:00:00Z" }),
  quote("q2", { dimension: "decisions", putForward: true, createdAt: "2024-01-01T00:00:00Z" }),
  quote("q3", { kind: "story", dimensions: ["decisions"], createdAt: "2024-02-01T00:00:00Z" }),
  quote("q4", { dimension: "decisions", createdAt: "2024-04-01T00:00:00Z", attribution: "Amina" }),
  quote("q5", { dimension: "power" }), // not an item-bank dimension
  quote("q6", { kind: "story", dimension: "trust", dimensions: [] }), // a story speaks through `dimensions` only
];

describe("choosing quotes", () => {
  const chosen = chooseQuotes(quotes);

  it("puts put-forward quotes first, then the newest, at most three per dimension", () => {
    // decisions: q2 (put forward), then q4 (April), q1 (March); q3 (February) is fourth
    const decisions = chosen.get("decisions")!;
    expect(decisions.none).toBe(false);
    if (!decisions.none) expect(decisions.quotes.map((item) => item.id)).toEqual(["q2", "q4", "q1"]);
  });

  it("lets a story speak for every dimension its teller tagged, once", () => {
    const money = chosen.get("money")!;
    expect(money.none ? [] : money.quotes.map((item) => item.id)).toEqual(["q1"]);
  });

  it("marks a dimension without a consented voice explicitly", () => {
    expect(chosen.get("trust")).toEqual({ none: true });
    expect(chosen.get("visibility")).toEqual({ none: true });
  });

  it("shows only the words, language and attribution", () => {
    const decisions = chosen.get("decisions")!;
    if (!decisions.none)
      expect(decisions.quotes[1]).toEqual({
        id: "q4",
        kind: "example",
        text: "words of q4",
        language: "sw",
        attribution: "Amina",
      });
  });

  it("gives a headline quote not used by an earlier entry, or the sole voice again", () => {
    const decisions = chosen.get("decisions")!;
    expect(pickHeadlineQuote(decisions, new Set(["q2"]))).toMatchObject({ id: "q4" });
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
    gap("visibility", { suppressed: true, reason: "fewer_than_k", k: 5 }, false),
  ];
  const previous = [gap("decisions", 1.0), gap("money", -1.9), gap("trust", { suppressed: true, reason: "fewer_than_k", k: 5 })];
  const headline = buildHeadline(current, previous, chooseQuotes(quotes));

  it("lists flagged gaps, the most widening first, then the widest of those without a comparison", () => {
    expect(headline.map((entry) => entry.dimension)).toEqual(["decisions", "money", "agenda", "trust"]);
    expect(headline[0].widening).toBeCloseTo(0.5, 10);
    expect(headline[1].widening).toBeCloseTo(0.1, 10);
    expect(headline[2].widening).toBeNull();
  });

  it("gives each entry a voice, or says there is none", () => {
    expect(headline[0].quote).toMatchObject({ id: "q2" });
    expect(headline[1].quote).toMatchObject({ id: "q1" });
    expect(headline[2].quote).toEqual({ none: true });
  });
});
