import type { Figure } from "./figure-value";
import { daysBetween, meanOf, medianOf, MS_PER_DAY, shareOf } from "./stats";
import type { ListeningAction, ListeningStory } from "./types";

/** A story counts as read in time when an INGO reader opened it within this many days of its telling. */
export const READ_WINDOW_DAYS = 14;

/**
 * The listening loop of one round, counted over stories shared with the INGO. Shares are 0..1 and
 * null when there is nothing to divide by. Each figure names the count it rests on, so suppression
 * can judge it.
 */
export interface ListeningFigures {
  roundId: number;
  /** Stories with scope partners or report, not withdrawn. */
  storiesShared: Figure;
  /** Shared stories whose 14-day window had closed at `now`: the base of shareReadWithin14Days. */
  storiesPastReadWindow: Figure;
  shareReadWithin14Days: Figure;
  shareAnswered: Figure;
  /** Stories answered: the base of the median. */
  answered: Figure;
  medianDaysToAnswer: Figure;
  shareLinkedToAction: Figure;
  /** Actions of this round marked done: the base of shareDoneConfirmed. */
  doneActions: number;
  shareDoneConfirmed: Figure;
  feltHeardMean: Figure;
  feltHeardN: Figure;
}

// A withdrawn story leaves every figure at once (docs/security.md 1.8); a community-scope one was never shared.
const isSharedWithIngo = (story: ListeningStory) => !story.withdrawn && story.scope !== "community";

/**
 * `now` bounds the read-in-time share: a story told three days ago has not yet had its fourteen days,
 * so it is left out of that share rather than counted as a failure (or a success).
 */
export function listeningFigures(
  stories: readonly ListeningStory[],
  actions: readonly ListeningAction[],
  roundId: number,
  now: string,
): ListeningFigures {
  const nowMs = Date.parse(now);
  const windowMs = READ_WINDOW_DAYS * MS_PER_DAY;
  let shared = 0;
  let pastWindow = 0;
  let readInTime = 0;
  let linked = 0;
  const daysToAnswer: number[] = [];
  const feltHeard: number[] = [];
  for (const story of stories) {
    if (story.roundId !== roundId || !isSharedWithIngo(story)) continue;
    shared += 1;
    const createdMs = Date.parse(story.createdAt);
    if (createdMs + windowMs <= nowMs) {
      pastWindow += 1;
      if (story.firstReadAt !== null && Date.parse(story.firstReadAt) - createdMs <= windowMs) readInTime += 1;
    }
    if (story.answeredAt !== null) daysToAnswer.push(daysBetween(story.createdAt, story.answeredAt));
    if (story.actionIds.length > 0) linked += 1;
    if (story.feltHeard !== null) feltHeard.push(story.feltHeard);
  }
  let done = 0;
  let confirmed = 0;
  for (const action of actions) {
    if (action.roundId !== roundId || action.status !== "done") continue;
    done += 1;
    if (action.communityConfirmation === "confirmed") confirmed += 1;
  }
  return {
    roundId,
    storiesShared: shared,
    storiesPastReadWindow: pastWindow,
    shareReadWithin14Days: shareOf(readInTime, pastWindow),
    shareAnswered: shareOf(daysToAnswer.length, shared),
    answered: daysToAnswer.length,
    medianDaysToAnswer: medianOf(daysToAnswer),
    shareLinkedToAction: shareOf(linked, shared),
    doneActions: done,
    shareDoneConfirmed: shareOf(confirmed, done),
    feltHeardMean: meanOf(feltHeard),
    feltHeardN: feltHeard.length,
  };
}
