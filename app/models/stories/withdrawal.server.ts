// The teller's consent moves one way only: narrower, or gone. Withdrawal erases the text and the teller's own
// answers about it, takes the story out of every list, count, report and action at once (docs/security.md 1.8), and
// leaves only the bare fact that a story once existed (which round, which organisation, which scope).
import { and, eq, isNull } from "drizzle-orm";
import {
  actionStories,
  feltHeard,
  stories,
  storyAnswers,
  storyReads,
  storyThemes,
  storyTranslations,
  submissionKeys,
  type ConsentScope,
} from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { db } from "../platform/context.server";
import { logError } from "../platform/log.server";
import { WITHDRAWN_HASH } from "./telling.server";

const ORDER: ConsentScope[] = ["community", "partners", "report"];

export const isNarrowerOrSame = (to: ConsentScope, from: ConsentScope) => ORDER.indexOf(to) <= ORDER.indexOf(from);

export type NarrowResult = { ok: true; scope: ConsentScope } | { ok: false; reason: "gone" | "wider" };

/** Narrows who may read a story; never widens it. Below `report` it is no longer put forward as a quote. */
export function narrowStoryScope(storyId: number, to: ConsentScope): NarrowResult {
  return writeTransaction(db(), (tx): NarrowResult => {
    const row = tx.select({ scope: stories.scope, withdrawnAt: stories.withdrawnAt }).from(stories).where(eq(stories.id, storyId)).get();
    if (!row || row.withdrawnAt) return { ok: false, reason: "gone" };
    if (!isNarrowerOrSame(to, row.scope)) return { ok: false, reason: "wider" };
    tx.update(stories)
      .set({ scope: to, ...(to !== "report" ? { putForward: false } : {}) })
      .where(eq(stories.id, storyId))
      .run();
    return { ok: true, scope: to };
  });
}

/**
 * Erases a story in one IMMEDIATE transaction. The INGO's answers and the rating go too: an answer quotes
 * the story back, and a rating of an answer to nothing means nothing. The client id stays, with its content
 * hash replaced, so resending the story gets 409 and never brings it back.
 */
export function withdrawStory(storyId: number, now = new Date()): boolean {
  const done = writeTransaction(db(), (tx) => {
    const changed = tx
      .update(stories)
      .set({
        textEnc: null,
        signedNameEnc: null,
        dimensions: [],
        felt: null,
        power: null,
        // Which tie it was about is the teller's answer too.
        tieOrganisationId: null,
        attribution: "anonymous",
        putForward: false,
        personId: null,
        receiptLookup: null,
        withdrawnAt: now.toISOString(),
      })
      .where(and(eq(stories.id, storyId), isNull(stories.withdrawnAt)))
      .run().changes;
    if (changed === 0) return false;
    // Translations are the story in other words: they go with it (docs/security.md 1.15).
    for (const table of [storyAnswers, feltHeard, storyReads, storyThemes, actionStories, storyTranslations])
      tx.delete(table).where(eq(table.storyId, storyId)).run();
    tx.update(submissionKeys)
      .set({ contentHash: WITHDRAWN_HASH })
      .where(and(eq(submissionKeys.kind, "story"), eq(submissionKeys.targetId, storyId)))
      .run();
    return true;
  });
  if (done) foldWal();
  return done;
}

/**
 * secure_delete zeroes the old bytes in the database file, but the write-ahead log still holds earlier page
 * images until a checkpoint: fold it in and truncate it, so the erased ciphertext leaves the WAL as well.
 */
function foldWal() {
  try {
    const [result] = db().$client.pragma("wal_checkpoint(TRUNCATE)") as { busy: number }[];
    // A reader kept the log alive; the next checkpoint (SQLite runs them as the log grows) completes it.
    if (result?.busy) logError(new Error("wal_checkpoint after withdrawal was busy; it completes at the next checkpoint"));
  } catch (error) {
    logError(error);
  }
}
