import { listeningFigures } from "../../../reports/listening-figures";
import type { ListeningAction, ListeningStory } from "../../../reports/types";

const NOW = "2024-03-31T00:00:00Z";
let nextId = 1;
function story(overrides: Partial<ListeningStory>): ListeningStory {
  return {
    id: nextId++,
    roundId: 1,
    scope: "partners",
    withdrawn: false,
    createdAt: "2024-01-01T00:00:00Z",
    firstReadAt: null,
    answeredAt: null,
    actionIds: [],
    feltHeard: null,
    ...overrides,
  };
}
const action = (roundId: number, status: ListeningAction["status"], communityConfirmation: ListeningAction["communityConfirmation"]) =>
  ({ id: nextId++, roundId, status, communityConfirmation }) satisfies ListeningAction;

describe("listening figures", () => {
  const stories = [
    // s1: read after 4 days, answered after 10, led to an action, felt heard 4
    story({ firstReadAt: "2024-01-05T00:00:00Z", answeredAt: "2024-01-11T00:00:00Z", actionIds: [7], feltHeard: 4 }),
    // s2: read after 18 days (late), answered after 20, felt heard 2
    story({
      scope: "report",
      createdAt: "2024-01-02T00:00:00Z",
      firstReadAt: "2024-01-20T00:00:00Z",
      answeredAt: "2024-01-22T00:00:00Z",
      feltHeard: 2,
    }),
    // s3: never read, never answered
    story({ createdAt: "2024-01-10T00:00:00Z" }),
    // s4: kept inside the community → not shared
    story({ scope: "community", firstReadAt: "2024-01-02T00:00:00Z" }),
    // s5: withdrawn → counts nowhere, though it was read and answered
    story({
      withdrawn: true,
      firstReadAt: "2024-01-02T00:00:00Z",
      answeredAt: "2024-01-03T00:00:00Z",
      actionIds: [9],
      feltHeard: 1,
    }),
    // s6: told six days before `now`: its 14 days are not over, so it is out of the read share;
    //     answered after 2 days, linked to an action, felt heard 5
    story({
      scope: "report",
      createdAt: "2024-03-25T00:00:00Z",
      firstReadAt: "2024-03-26T00:00:00Z",
      answeredAt: "2024-03-27T00:00:00Z",
      actionIds: [8],
      feltHeard: 5,
    }),
    // another round
    story({ roundId: 2 }),
  ];
  const actions = [
    action(1, "done", "confirmed"),
    action(1, "done", "disputed"),
    action(1, "done", null),
    action(1, "started", "confirmed"),
    action(2, "done", "confirmed"),
  ];
  const figures = listeningFigures(stories, actions, 1, NOW);

  it("counts stories shared with the INGO: partners or report scope, not withdrawn", () => {
    // s1, s2, s3, s6
    expect(figures.storiesShared).toBe(4);
  });

  it("reads the 14-day share over stories whose 14 days are over", () => {
    // s1, s2, s3 are past their window; only s1 was read within it → 1 / 3
    expect(figures.storiesPastReadWindow).toBe(3);
    expect(figures.shareReadWithin14Days).toBeCloseTo(1 / 3, 10);
  });

  it("counts answers, the median days to answer (odd count) and links to actions", () => {
    // answered: s1 (10 days), s2 (20), s6 (2) → 3 / 4; median of [2, 10, 20] = 10
    expect(figures.shareAnswered).toBe(0.75);
    expect(figures.answered).toBe(3);
    expect(figures.medianDaysToAnswer).toBe(10);
    // s1 and s6 led to an action → 2 / 4
    expect(figures.shareLinkedToAction).toBe(0.5);
  });

  it("takes the community's confirmation of done actions and the felt-heard mean", () => {
    // round 1 done: 3, confirmed: 1 → 1 / 3 (the started one does not count)
    expect(figures.doneActions).toBe(3);
    expect(figures.shareDoneConfirmed).toBeCloseTo(1 / 3, 10);
    // felt heard: 4, 2, 5 → 11 / 3
    expect(figures.feltHeardMean).toBeCloseTo(11 / 3, 10);
    expect(figures.feltHeardN).toBe(3);
  });

  it("takes the median of an even count as the middle two's mean", () => {
    const even = listeningFigures(
      [
        story({ roundId: 3, answeredAt: "2024-01-04T00:00:00Z" }), // 3 days
        story({ roundId: 3, answeredAt: "2024-01-09T00:00:00Z" }), // 8 days
      ],
      [],
      3,
      NOW,
    );
    // (3 + 8) / 2 = 5.5
    expect(even.medianDaysToAnswer).toBe(5.5);
  });

  it("counts a story read on day 14 exactly as read in time", () => {
    const onTheDay = listeningFigures([story({ roundId: 4, firstReadAt: "2024-01-15T00:00:00Z" })], [], 4, NOW);
    expect(onTheDay.shareReadWithin14Days).toBe(1);
  });

  const empty = {
    storiesShared: 0,
    storiesPastReadWindow: 0,
    shareReadWithin14Days: null,
    shareAnswered: null,
    answered: 0,
    medianDaysToAnswer: null,
    shareLinkedToAction: null,
    doneActions: 0,
    shareDoneConfirmed: null,
    feltHeardMean: null,
    feltHeardN: 0,
  };

  it("gives null shares, not NaN, when there are no stories", () => {
    expect(listeningFigures([], [], 1, NOW)).toEqual({ roundId: 1, ...empty });
  });

  it("gives the same when every story was withdrawn", () => {
    const withdrawn = stories.map((item) => ({ ...item, withdrawn: true }));
    expect(listeningFigures(withdrawn, [], 1, NOW)).toEqual({ roundId: 1, ...empty });
  });
});
