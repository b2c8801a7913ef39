import { isSuppressed } from "../../../reports/figure-value";
import { listeningFigures } from "../../../reports/listening-figures";
import { suppressListening } from "../../../reports/suppress-listening";
import { meanIsShowable, suppressGap, suppressView } from "../../../reports/suppress-rating-views";
import { effectiveK } from "../../../reports/suppress-report";
import { perceptionGaps } from "../../../reports/perception-gap";
import { indexViews, summariseAnswers } from "../../../reports/rating-views";
import type { ListeningStory } from "../../../reports/types";
import { ratings, times } from "./fixtures";

describe("effectiveK", () => {
  it("defaults to 5, never goes below 3, and rounds a fraction up", () => {
    expect(effectiveK(null)).toBe(5);
    expect(effectiveK(undefined)).toBe(5);
    expect(effectiveK(Number.NaN)).toBe(5);
    expect(effectiveK(2)).toBe(3);
    expect(effectiveK(-1)).toBe(3);
    expect(effectiveK(3)).toBe(3);
    expect(effectiveK(7)).toBe(7);
    expect(effectiveK(4.2)).toBe(5);
  });
});

describe("suppressing one side's view", () => {
  it("hides everything, n included, below k — a don't-know count too", () => {
    // 4 ratings and 2 don't-knows, k = 5
    const view = suppressView(summariseAnswers([1, 5, 5, 5, null, null]), 5);
    expect(view.n).toEqual({ suppressed: true, k: 5 });
    expect(view.mean).toMatchObject({ suppressed: true });
    expect(view.distribution.every((cell) => isSuppressed(cell.count))).toBe(true);
    expect(view.dontKnow).toMatchObject({ suppressed: true });
  });

  it("publishes a view with a small cell in groups, keeping n and the mean while no hidden figure is pinned", () => {
    // [0, 1, 0, 3, 4] and 6 don't-knows, k = 5. Groups: disagree 1 (small), neither 0, agree 7: the
    // agree group is hidden beside it (one hidden group would be n − the others). The mean 4.25 leaves
    // disagree 0 or 1 and every single rating free, so it stays; "neither" is 0, so rating 3 shows 0.
    const view = suppressView(summariseAnswers([2, 4, 4, 4, 5, 5, 5, 5, ...times(6, null)]), 5);
    const shown = (cells: { count: unknown }[]) => cells.map((cell) => (isSuppressed(cell.count) ? "hidden" : cell.count));
    expect(shown(view.distribution)).toEqual(["hidden", "hidden", 0, "hidden", "hidden"]);
    expect(shown(view.groups)).toEqual(["hidden", 0, "hidden"]);
    expect(view).toMatchObject({ n: 8, mean: 4.25, dontKnow: 6 });
  });

  it("shows every single rating when no cell is small", () => {
    const view = suppressView(summariseAnswers([...times(5, 2), ...times(6, 4)]), 5);
    expect(view.distribution.map((cell) => cell.count)).toEqual([0, 5, 0, 6, 0]);
    expect(view.groups.map((cell) => cell.count)).toEqual([5, 0, 6]);
    expect(view.mean).toBeCloseTo(34 / 11, 10);
  });

  it("hides a mean that would pin a hidden rating, keeping the groups", () => {
    // five 5s and one 4: agree = 6 is shown, but 29 / 6 can only be that split, even with every group
    // hidden; so the mean goes and the split inside "agree" stays unknown (0..6 people gave a 4).
    expect(meanIsShowable(29 / 6, 6, 5)).toBe(false);
    const view = suppressView(summariseAnswers([4, 5, 5, 5, 5, 5]), 5);
    expect(view.mean).toEqual({ suppressed: true, k: 5 });
    expect(view.groups.map((cell) => cell.count)).toEqual([0, 0, 6]);
    expect(view.distribution.map((cell) => isSuppressed(cell.count))).toEqual([false, false, false, true, true]);
    // all six gave 5: nobody is singled out by the mean
    expect(meanIsShowable(5, 6, 5)).toBe(true);
  });

  it("hides the gap when either mean is hidden, and with it the flag", () => {
    const views = indexViews([
      ...ratings(1, "decisions", "community", times(6, 1)),
      ...ratings(1, "decisions", "ingo_self", [5, 5, 5], 101),
    ]);
    const gap = suppressGap(perceptionGaps(views, 1)[0], 5);
    expect(gap.community.mean).toBe(1);
    expect(gap.gap).toEqual({ suppressed: true, k: 5 });
    expect(gap.flagged).toBe(false);
  });
});

describe("suppressing listening figures", () => {
  const story = (id: number, extra: Partial<ListeningStory> = {}): ListeningStory => ({
    id,
    roundId: 1,
    scope: "partners",
    withdrawn: false,
    createdAt: "2024-01-01T00:00:00Z",
    firstReadAt: "2024-01-02T00:00:00Z",
    answeredAt: null,
    actionIds: [],
    feltHeard: null,
    ...extra,
  });

  it("hides every story figure when fewer than k stories were shared", () => {
    const figures = suppressListening(listeningFigures([story(1), story(2)], [], 1, "2024-06-01T00:00:00Z"), 5);
    expect(figures.storiesShared).toMatchObject({ suppressed: true });
    expect(figures.shareReadWithin14Days).toMatchObject({ suppressed: true });
    expect(figures.shareAnswered).toMatchObject({ suppressed: true });
  });

  it("shows shares over k stories but hides a median over two answers and a felt-heard mean over two ratings", () => {
    const stories = [1, 2, 3, 4, 5, 6].map((id) => story(id, id <= 2 ? { answeredAt: "2024-01-05T00:00:00Z", feltHeard: 4 } : {}));
    const figures = suppressListening(listeningFigures(stories, [], 1, "2024-06-01T00:00:00Z"), 5);
    expect(figures.storiesShared).toBe(6);
    expect(figures.shareAnswered).toBeCloseTo(2 / 6, 10);
    expect(figures.medianDaysToAnswer).toMatchObject({ suppressed: true });
    expect(figures.feltHeardMean).toMatchObject({ suppressed: true });
    expect(figures.feltHeardN).toMatchObject({ suppressed: true });
  });
});
