// The rows behind the references a frozen report version holds, read again on every read: the consent facts
// of each story or example, whether the community still selects it, and how to open its words — only opened
// by frozen-quotes.server.ts once the consent module has said yes.
import { and, eq, inArray, isNotNull, or } from "drizzle-orm";
import { narratives, organisations, quoteChoices, responses, stories } from "../../../db/schema";
import { storyFactColumns, voiceFactsOfNarrative, voiceFactsOfStory, type VoiceFacts } from "../consent.server";
import { db } from "../platform/context.server";
import { open } from "../platform/sealed-fields.server";
import { openStoryText, storyAttribution } from "./story-quote.server";

/** Which of these quotes a coordinator of the teller's organisation chose for the round (a quote_choices row). */
export function chosenIds(roundId: number, storyIds: number[], narrativeIds: number[]): Set<string> {
  if (storyIds.length + narrativeIds.length === 0) return new Set();
  const rows = db()
    .select({ storyId: quoteChoices.storyId, narrativeId: quoteChoices.narrativeId })
    .from(quoteChoices)
    .where(
      and(eq(quoteChoices.roundId, roundId), or(inArray(quoteChoices.storyId, storyIds), inArray(quoteChoices.narrativeId, narrativeIds))),
    )
    .all();
  return new Set(rows.flatMap((r) => [r.storyId ? `story:${r.storyId}` : [], r.narrativeId ? `example:${r.narrativeId}` : []].flat()));
}

export type Voice = { facts: VoiceFacts; putForward: boolean; openText: () => string | null; openAttribution: () => string | null };

export function storyVoices(roundId: number, ids: number[]): Map<string, Voice> {
  if (ids.length === 0) return new Map();
  const rows = db()
    .select({
      ...storyFactColumns,
      roundId: stories.roundId,
      textEnc: stories.textEnc,
      signedNameEnc: stories.signedNameEnc,
      attribution: stories.attribution,
      organisationName: organisations.name,
      putForward: stories.putForward,
    })
    .from(stories)
    .innerJoin(organisations, eq(organisations.id, stories.organisationId))
    .where(and(inArray(stories.id, ids), eq(stories.roundId, roundId)))
    .all();
  return new Map(
    rows.map((row) => [
      `story:${row.id}`,
      {
        facts: voiceFactsOfStory(row),
        putForward: row.putForward,
        openText: () => openStoryText(row),
        openAttribution: () => storyAttribution(row),
      },
    ]),
  );
}

export function exampleVoices(roundId: number, partnershipId: number, ids: number[]): Map<string, Voice> {
  if (ids.length === 0) return new Map();
  const rows = db()
    .select({
      id: narratives.id,
      organisationId: narratives.organisationId,
      personId: responses.personId,
      scope: narratives.scope,
      textEnc: narratives.textEnc,
      putForward: narratives.putForward,
      createdAt: narratives.createdAt,
    })
    .from(narratives)
    .innerJoin(responses, eq(responses.id, narratives.responseId))
    .where(and(inArray(narratives.id, ids), eq(narratives.roundId, roundId), isNotNull(narratives.dimension)))
    .all();
  return new Map(
    rows.map((row) => [
      `example:${row.id}`,
      {
        facts: voiceFactsOfNarrative({ ...row, partnershipId }),
        putForward: row.putForward,
        openText: () => open({ table: "narratives", column: "text" }, row.id, row.textEnc),
        openAttribution: () => null,
      },
    ]),
  );
}
