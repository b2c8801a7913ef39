// "Did you feel heard?": a 1–5 rating of the INGO's answer to a story. The teller rates through their
// receipt; a community coordinator may rate on the organisation's behalf while the teller has not. The
// teller's own word always wins: it replaces a coordinator's rating, and a coordinator cannot replace it.
import { eq } from "drizzle-orm";
import { z } from "zod";
import { feltHeard, organisations, stories } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { standingIn } from "../consent.server";
import { db } from "../platform/context.server";
import { excerptOf } from "./inbox.server";
import type { Person } from "../people/people.server";
import { formText } from "../platform/http.server";
import { answersTo, hasAnswer } from "./answers.server";
import { open, seal } from "../platform/sealed-fields.server";
import type { FeltHeardFormValues } from "./types";

export type RatedBy = "teller" | "coordinator";
export type RateResult = "ok" | "teller_rated" | "not_answered" | "not_found";
export const FELT_COMMENT_MAX = 2000;

/** Form fields `rating` (1–5) and `comment` (optional, ≤ 2000 characters, stored exactly). */
export const FeltHeardSchema = z.object({
  rating: z
    .string()
    .regex(/^[1-5]$/, "felt_heard.error.rating")
    .transform(Number),
  comment: z.string().refine((v) => v.length <= FELT_COMMENT_MAX, "felt_heard.error.comment"),
});

export function feltHeardFormValues(form: FormData): FeltHeardFormValues {
  return { rating: formText(form, "rating"), comment: formText(form, "comment") };
}

const COMMENT = { table: "felt_heard", column: "comment" } as const;

/**
 * Records a rating of the answers to a story. Who may rate is the caller's check (receipt holder, or
 * coordinatorMayRate). A withdrawn or unknown story is "not_found"; a story without an answer has
 * nothing to rate yet; a coordinator never overwrites the teller's own rating.
 */
export function rateAnswer(
  input: { storyId: number; rating: number; comment?: string | null; ratedBy: RatedBy },
  now = new Date(),
): RateResult {
  if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
    throw new RangeError("rating must be a whole number from 1 to 5");
  return writeTransaction(db(), (tx) => {
    const story = tx.select({ withdrawnAt: stories.withdrawnAt }).from(stories).where(eq(stories.id, input.storyId)).get();
    if (!story || story.withdrawnAt !== null) return "not_found";
    if (!hasAnswer(input.storyId)) return "not_answered";
    const before = tx.select({ ratedBy: feltHeard.ratedBy }).from(feltHeard).where(eq(feltHeard.storyId, input.storyId)).get();
    if (before?.ratedBy === "teller" && input.ratedBy === "coordinator") return "teller_rated";
    const comment = input.comment && input.comment.trim() !== "" ? input.comment : null;
    // The row id is the story id, so the comment can be sealed in the same statement.
    const row = {
      rating: input.rating,
      ratedBy: input.ratedBy,
      commentEnc: comment === null ? null : seal(COMMENT, input.storyId, comment),
      createdAt: now.toISOString(),
    };
    tx.insert(feltHeard)
      .values({ storyId: input.storyId, ...row })
      .onConflictDoUpdate({ target: feltHeard.storyId, set: row })
      .run();
    return "ok";
  });
}

export function feltHeardFor(storyId: number) {
  const row = db().select().from(feltHeard).where(eq(feltHeard.storyId, storyId)).get();
  if (!row) return null;
  return { rating: row.rating, ratedBy: row.ratedBy, comment: open(COMMENT, storyId, row.commentEnc), ratedAt: row.createdAt };
}

/** A coordinator of the teller's organisation, for a story that is still told. */
export function coordinatorMayRate(person: Person, storyId: number): boolean {
  const story = db()
    .select({ partnershipId: stories.partnershipId, organisationId: stories.organisationId, withdrawnAt: stories.withdrawnAt })
    .from(stories)
    .where(eq(stories.id, storyId))
    .get();
  if (!story || story.withdrawnAt !== null) return false;
  return standingIn(person, story.partnershipId).coordinatorOf.has(story.organisationId);
}

/** What the coordinator's rating page shows: the story's beginning, the INGO's answers and the rating so far. */
export function ratingPageFor(person: Person, storyId: number) {
  if (!coordinatorMayRate(person, storyId)) return null;
  const story = db()
    .select({ id: stories.id, textEnc: stories.textEnc, organisationId: stories.organisationId, organisationName: organisations.name })
    .from(stories)
    .innerJoin(organisations, eq(organisations.id, stories.organisationId))
    .where(eq(stories.id, storyId))
    .get()!;
  return {
    story: {
      organisationId: story.organisationId,
      organisationName: story.organisationName,
      excerpt: excerptOf(open({ table: "stories", column: "text" }, story.id, story.textEnc)),
    },
    answers: answersTo(storyId).map((a) => ({
      id: a.id,
      heard: a.heard,
      willDo: a.willDo,
      createdAt: a.createdAt,
      organisationName: a.organisationName,
    })),
    rating: feltHeardFor(storyId),
  };
}
