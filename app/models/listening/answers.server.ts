// The INGO's written answer to a shared story: what we heard, what we will do. Both texts are sealed at
// rest like the story itself (docs/security.md 2.1) and come back byte-exact, to be rendered as text.
import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { organisations, stories, storyAnswers } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import { db } from "../platform/context.server";
import { storyOpenToIngo } from "./inbox-access.server";
import { personNames, type Person } from "../people/people.server";
import { formText } from "../platform/http.server";
import { open, seal } from "../platform/sealed-fields.server";
import { enqueueForPerson } from "../messages/outbox.server";
import type { AnswerFormValues } from "./types";

export const ANSWER_MAX = 10_000;

const HEARD = { table: "story_answers", column: "heard" } as const;
const WILL_DO = { table: "story_answers", column: "will_do" } as const;

// Stored exactly as typed; "required" means more than white space.
const answerText = (message: string) =>
  z
    .string()
    .refine((v) => v.trim().length > 0, message)
    .refine((v) => v.length <= ANSWER_MAX, message);

/** The form field names are fixed: `heard` and `will_do`. */
export const AnswerSchema = z.object({ heard: answerText("ingo_answer.error.heard"), will_do: answerText("ingo_answer.error.will_do") });

export function answerFormValues(form: FormData): AnswerFormValues {
  return { heard: formText(form, "heard"), will_do: formText(form, "will_do") };
}

/** What a refused form shows again, cut to its limit. */
export const answerFormEcho = (values: AnswerFormValues): AnswerFormValues => ({
  heard: values.heard.slice(0, ANSWER_MAX),
  will_do: values.will_do.slice(0, ANSWER_MAX),
});

/**
 * Stores an answer by INGO staff, or null when they may not open the story (the route's 404). A double
 * submit of the same texts by the same person returns the first answer instead of a second copy.
 */
export function answerStory(person: Person, storyId: number, input: { heard: string; willDo: string }, now = new Date()): number | null {
  const story = storyOpenToIngo(person, storyId);
  if (!story) return null;
  return writeTransaction(db(), (tx) => {
    const mine = tx
      .select()
      .from(storyAnswers)
      .where(and(eq(storyAnswers.storyId, storyId), eq(storyAnswers.personId, person.id)))
      .all();
    const same = mine.find((a) => open(HEARD, a.id, a.heardEnc) === input.heard && open(WILL_DO, a.id, a.willDoEnc) === input.willDo);
    if (same) return same.id;
    return insertAnswer(tx, {
      storyId,
      personId: person.id,
      organisationId: story.ingoOrganisationId,
      heard: input.heard,
      willDo: input.willDo,
      at: now,
    });
  });
}

/** Inserts then seals: the row id is part of each ciphertext's AAD. Access is the caller's to check. */
export function insertAnswer(
  tx: Db,
  a: { storyId: number; personId: number; organisationId: number; heard: string; willDo: string; at: Date },
): number {
  const { id } = tx
    .insert(storyAnswers)
    .values({
      storyId: a.storyId,
      personId: a.personId,
      organisationId: a.organisationId,
      heardEnc: "",
      willDoEnc: "",
      createdAt: a.at.toISOString(),
    })
    .returning({ id: storyAnswers.id })
    .get();
  tx.update(storyAnswers)
    .set({ heardEnc: seal(HEARD, id, a.heard), willDoEnc: seal(WILL_DO, id, a.willDo) })
    .where(eq(storyAnswers.id, id))
    .run();
  // The teller who signed in to tell it hears that an answer waits, with the answer (docs/security.md 8.1).
  const teller = tx.select({ personId: stories.personId }).from(stories).where(eq(stories.id, a.storyId)).get()?.personId;
  if (teller) enqueueForPerson(tx, { kind: "story_answer", dedupeKey: `story_answer:${a.storyId}:${id}`, personId: teller }, a.at);
  return id;
}

/**
 * Every answer to a story, oldest first. The caller has already decided the reader may see the story;
 * the teller's receipt page should show organisationName, not authorName.
 */
export function answersTo(storyId: number) {
  const rows = db()
    .select({
      id: storyAnswers.id,
      personId: storyAnswers.personId,
      heardEnc: storyAnswers.heardEnc,
      willDoEnc: storyAnswers.willDoEnc,
      createdAt: storyAnswers.createdAt,
      organisationName: organisations.name,
    })
    .from(storyAnswers)
    .innerJoin(organisations, eq(organisations.id, storyAnswers.organisationId))
    .where(eq(storyAnswers.storyId, storyId))
    .orderBy(asc(storyAnswers.createdAt), asc(storyAnswers.id))
    .all();
  const names = personNames([...new Set(rows.map((r) => r.personId))]);
  return rows.map((r) => ({
    id: r.id,
    heard: open(HEARD, r.id, r.heardEnc) ?? "",
    willDo: open(WILL_DO, r.id, r.willDoEnc) ?? "",
    createdAt: r.createdAt,
    organisationName: r.organisationName,
    authorName: names.get(r.personId) ?? "",
  }));
}

/** The same question as a column of a story query: lists ask it for every row in one statement. */
export const answeredColumn = sql<number>`exists (select 1 from story_answers a where a.story_id = ${stories.id})`;

export function hasAnswer(storyId: number): boolean {
  return db().select({ id: storyAnswers.id }).from(storyAnswers).where(eq(storyAnswers.storyId, storyId)).limit(1).get() !== undefined;
}
