import { buildRoundFigures, groupByRound, suppressRoundFigures } from "../../../reports/per-round-figures";
import { buildTrends } from "../../../reports/trends";
import type { ListeningStory } from "../../../reports/types";
import { indexViews } from "../../../reports/rating-views";
import { ratings, round, times } from "./fixtures";

describe("trends", () => {
  const metrics = [
    // round 1: community 3 × 2, 3 × 3 → 2.5; INGO 3 × 4 → 4; gap 1.5
    ...ratings(1, "decisions", "community", [...times(3, 2), ...times(3, 3)]),
    ...ratings(1, "decisions", "ingo_self", times(3, 4), 101),
    // round 2: only two community answers → hidden with k = 3
    ...ratings(2, "decisions", "community", [1, 1]),
    ...ratings(2, "decisions", "ingo_self", times(3, 4), 101),
    // round 3: community 3 × 4 → 4; INGO 3 × 4 → 4; gap 0
    ...ratings(3, "decisions", "community", times(3, 4)),
    ...ratings(3, "decisions", "ingo_self", times(3, 4), 101),
  ];
  const stories: ListeningStory[] = [1, 2, 3].map((id) => ({
    id,
    roundId: 3,
    scope: "partners",
    withdrawn: false,
    createdAt: "2024-03-01T00:00:00Z",
    firstReadAt: null,
    answeredAt: id === 1 ? "2024-03-02T00:00:00Z" : null,
    actionIds: [],
    feltHeard: null,
  }));
  const sources = {
    views: indexViews(metrics),
    storiesByRound: groupByRound(stories),
    actionsByRound: new Map(),
    now: "2024-06-01T00:00:00Z",
  };
  const history = [round(1), round(2), round(3)].map((info) => suppressRoundFigures(buildRoundFigures(info, sources), 3));
  const series = buildTrends(history);
  const find = (figure: string, dimension?: string) => series.find((item) => item.figure === figure && item.dimension === dimension)!;

  it("draws one series per figure and dimension, in round order, with the round labels", () => {
    expect(find("gap", "decisions").points).toEqual([
      { roundId: 1, label: "Round 1", value: 1.5, suppressed: false },
      { roundId: 2, label: "Round 2", value: null, suppressed: true },
      { roundId: 3, label: "Round 3", value: 0, suppressed: false },
    ]);
    expect(find("community_mean", "decisions").points.map((point) => point.value)).toEqual([2.5, null, 4]);
    expect(find("ingo_self_mean", "decisions").points.map((point) => point.value)).toEqual([4, 4, 4]);
  });

  it("tells a missing figure (no answers) from a hidden one", () => {
    expect(find("gap", "trust").points.every((point) => point.value === null && !point.suppressed)).toBe(true);
  });

  it("draws the listening figures once per partnership", () => {
    // round 3: 3 stories shared, 1 answered → 1 / 3; earlier rounds had none
    expect(find("stories_shared").points.map((point) => point.value)).toEqual([0, 0, 3]);
    expect(find("share_answered").points.map((point) => point.value)).toEqual([null, null, 1 / 3]);
    expect(series.filter((item) => item.dimension === undefined).map((item) => item.figure)).toContain("listening_accuracy_percent");
  });
});
