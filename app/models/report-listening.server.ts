// The listening-loop facts a joint report counts: per story when it was read, answered, linked to an
// action and rated; per action its status and the community's word. Counts only: no text is opened here.
import { and, eq, inArray, min, sql } from "drizzle-orm";
import { actionStories, actions, feltHeard, stories, storyAnswers, storyReads } from "../../db/schema";
import type { ListeningAction, ListeningStory } from "../../reports/types";
import { db } from "./context.server";

/**
 * Four aggregate queries for all rounds at once, joined in memory: story_answers and action_stories are
 * not indexed by story, so a correlated subquery per story would scan them once per story.
 */
export function reportListeningFacts(partnershipId: number, roundIds: number[]): { stories: ListeningStory[]; actions: ListeningAction[] } {
  if (roundIds.length === 0) return { stories: [], actions: [] };
  const inRounds = and(eq(stories.partnershipId, partnershipId), inArray(stories.roundId, roundIds));
  const storyRows = db()
    .select({
      id: stories.id,
      roundId: stories.roundId,
      scope: stories.scope,
      withdrawnAt: stories.withdrawnAt,
      createdAt: stories.createdAt,
      firstReadAt: storyReads.readAt,
      feltHeard: feltHeard.rating,
    })
    .from(stories)
    .leftJoin(storyReads, eq(storyReads.storyId, stories.id))
    .leftJoin(feltHeard, eq(feltHeard.storyId, stories.id))
    .where(inRounds)
    .all();
  const firstAnswers = db()
    .select({ storyId: storyAnswers.storyId, at: min(storyAnswers.createdAt) })
    .from(storyAnswers)
    .innerJoin(stories, eq(stories.id, storyAnswers.storyId))
    .where(inRounds)
    .groupBy(storyAnswers.storyId)
    .all();
  const links = db()
    .select({ storyId: actionStories.storyId, actionIds: sql<string>`group_concat(${actionStories.actionId})` })
    .from(actionStories)
    .innerJoin(actions, eq(actions.id, actionStories.actionId))
    .where(eq(actions.partnershipId, partnershipId))
    .groupBy(actionStories.storyId)
    .all();
  const actionRows = db()
    .select({ id: actions.id, roundId: actions.roundId, status: actions.status, communityConfirmation: actions.communityConfirmation })
    .from(actions)
    .where(and(eq(actions.partnershipId, partnershipId), inArray(actions.roundId, roundIds)))
    .all();
  const answeredAt = new Map(firstAnswers.map((row) => [row.storyId, row.at]));
  const actionIds = new Map(links.map((row) => [row.storyId, String(row.actionIds).split(",").map(Number)]));
  return {
    stories: storyRows.map((row) => ({
      id: row.id,
      roundId: row.roundId,
      scope: row.scope,
      withdrawn: row.withdrawnAt !== null,
      createdAt: row.createdAt,
      firstReadAt: row.firstReadAt,
      answeredAt: answeredAt.get(row.id) ?? null,
      actionIds: actionIds.get(row.id) ?? [],
      feltHeard: row.feltHeard,
    })),
    actions: actionRows,
  };
}
