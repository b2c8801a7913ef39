// The listening-loop facts a joint report counts: per story when it was read, answered, linked to an
// action and rated; per action its status and the community's word. Counts only: no text is opened here.
import { and, eq, inArray, sql } from "drizzle-orm";
import { actionStories, actions, feltHeard, stories, storyAnswers, storyReads } from "../../../db/schema";
import type { ListeningAction, ListeningStory } from "../../../reports/types";
import { db } from "../platform/context.server";

/**
 * One query for the stories of all rounds at once, with the first answer and the linked actions looked
 * up per story through the story_answers_story and action_stories_story indexes, and one for actions.
 */
export function reportListeningFacts(partnershipId: number, roundIds: number[]): { stories: ListeningStory[]; actions: ListeningAction[] } {
  if (roundIds.length === 0) return { stories: [], actions: [] };
  const storyRows = db()
    .select({
      id: stories.id,
      roundId: stories.roundId,
      scope: stories.scope,
      withdrawnAt: stories.withdrawnAt,
      createdAt: stories.createdAt,
      firstReadAt: storyReads.readAt,
      feltHeard: feltHeard.rating,
      answeredAt: sql<
        string | null
      >`(select min(${storyAnswers.createdAt}) from ${storyAnswers} where ${storyAnswers.storyId} = ${stories.id})`,
      actionIds: sql<
        string | null
      >`(select group_concat(${actionStories.actionId}) from ${actionStories} where ${actionStories.storyId} = ${stories.id})`,
    })
    .from(stories)
    .leftJoin(storyReads, eq(storyReads.storyId, stories.id))
    .leftJoin(feltHeard, eq(feltHeard.storyId, stories.id))
    .where(and(eq(stories.partnershipId, partnershipId), inArray(stories.roundId, roundIds)))
    .all();
  const actionRows = db()
    .select({ id: actions.id, roundId: actions.roundId, status: actions.status, communityConfirmation: actions.communityConfirmation })
    .from(actions)
    .where(and(eq(actions.partnershipId, partnershipId), inArray(actions.roundId, roundIds)))
    .all();
  return {
    stories: storyRows.map((row) => ({
      id: row.id,
      roundId: row.roundId,
      scope: row.scope,
      withdrawn: row.withdrawnAt !== null,
      createdAt: row.createdAt,
      firstReadAt: row.firstReadAt,
      answeredAt: row.answeredAt ?? null,
      actionIds: row.actionIds ? String(row.actionIds).split(",").map(Number) : [],
      feltHeard: row.feltHeard,
    })),
    actions: actionRows,
  };
}
