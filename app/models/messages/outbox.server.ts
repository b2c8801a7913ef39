// The outbox (ADR 020, docs/security.md 8.1): every message is a row written by the caller inside the
// transaction of its cause, so a message exists exactly when its cause does. Delivery happens later.
import { and, eq, sql } from "drizzle-orm";
import { outbox, people, type MessageChannel, type MessageKind } from "../../../db/schema";
import type { Db } from "../../../db/client";
import { db, keyring } from "../platform/context.server";
import { encryptField } from "../platform/crypto.server";

export type ForPerson = { kind: MessageKind; dedupeKey: string; personId: number; roundId?: number; organisationId?: number };

/**
 * Queues a message for a person who wants to be reached, in the caller's transaction. Nothing is written for
 * someone who chose no channel: they are never contacted (8.3). A cause seen twice writes one message.
 */
export function enqueueForPerson(tx: Db, message: ForPerson, now = new Date()): boolean {
  const person = tx.select({ channel: people.channel }).from(people).where(eq(people.id, message.personId)).get();
  if (!person || person.channel === "none") return false;
  const inserted = tx
    .insert(outbox)
    .values({ ...message, channel: person.channel, nextAttemptAt: now.toISOString(), createdAt: now.toISOString() })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id })
    .all();
  return inserted.length > 0;
}

/** An invitation to an address with no account yet: the address and the one-time link are sealed to the row. */
export function enqueueInvitation(
  tx: Db,
  to: { channel: MessageChannel; address: string },
  link: string,
  dedupeKey: string,
  language: string,
  now = new Date(),
) {
  const { id } = tx
    .insert(outbox)
    .values({
      kind: "invitation",
      dedupeKey,
      channel: to.channel,
      language,
      nextAttemptAt: now.toISOString(),
      createdAt: now.toISOString(),
    })
    .returning({ id: outbox.id })
    .get();
  const k = keyring();
  tx.update(outbox)
    .set({
      recipientEnc: encryptField(k, { table: "outbox", column: "recipient", rowId: id }, to.address),
      linkEnc: encryptField(k, { table: "outbox", column: "link", rowId: id }, link),
    })
    .where(eq(outbox.id, id))
    .run();
  return id;
}

/** A person who changes channel has their waiting messages follow; choosing none cancels them. */
export function followChannelChange(tx: Db, personId: number, channel: "email" | "sms" | "none") {
  const waiting = and(eq(outbox.personId, personId), eq(outbox.state, "queued"));
  if (channel === "none") tx.update(outbox).set({ state: "cancelled", lastError: "chose not to be contacted" }).where(waiting).run();
  else tx.update(outbox).set({ channel }).where(waiting).run();
}

export function outboxCounts() {
  return db()
    .select({ state: outbox.state, count: sql<number>`count(*)` })
    .from(outbox)
    .groupBy(outbox.state)
    .all();
}
