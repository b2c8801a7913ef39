// Delivering the outbox (ADR 020). A worker claims due messages with a lease in one write transaction,
// sends each, and records the outcome only while it still holds the lease. A worker killed mid-send leaves
// its claims to expire; the next one takes them again. A failure waits longer each time, then is final.
import { and, eq, inArray, lte, or } from "drizzle-orm";
import { outbox, people, type MessageChannel } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { db, keyring } from "../platform/context.server";
import { decryptField, randomToken } from "../platform/crypto.server";
import { messageOrigin, readConfig } from "../platform/config.server";
import { composeMessage } from "./compose.server";
import { isHeld, reasonNotToSend } from "./relevance.server";
import type { Transports } from "./transports.server";

export const MAX_ATTEMPTS = 5;
const BATCH = 20;

type Row = typeof outbox.$inferSelect;

/** 1, 5, 25, 125 minutes: a server down for an afternoon is still reached. */
export const backoffMs = (attempts: number) => 60_000 * 5 ** Math.max(0, attempts - 1);

/** Addresses and numbers never reach the outbox page through an error text. */
export function withoutAddresses(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text
    .replace(/[^\s<>@"']+@[^\s<>@"']+/g, "[address]")
    .replace(/\+?\d[\d\s-]{6,}\d/g, "[number]")
    .slice(0, 300);
}

export type DeliveryOptions = { transports: Transports; env?: Record<string, string | undefined>; worker?: string; now?: Date };

/** Takes due messages for the channels that can send: queued ones whose time came, and expired claims. */
export function claimDue(channels: MessageChannel[], worker: string, leaseSeconds: number, now: Date): Row[] {
  if (channels.length === 0) return [];
  const iso = now.toISOString();
  return writeTransaction(db(), (tx) => {
    const due = tx
      .select({ id: outbox.id })
      .from(outbox)
      .where(
        and(
          inArray(outbox.channel, channels),
          or(
            and(eq(outbox.state, "queued"), lte(outbox.nextAttemptAt, iso)),
            and(eq(outbox.state, "sending"), lte(outbox.leaseUntil, iso)),
          ),
        ),
      )
      .orderBy(outbox.id)
      .limit(BATCH)
      .all()
      .map((r) => r.id);
    if (due.length === 0) return [];
    const leaseUntil = new Date(now.getTime() + leaseSeconds * 1000).toISOString();
    for (const id of due) {
      const row = tx.select({ attempts: outbox.attempts }).from(outbox).where(eq(outbox.id, id)).get()!;
      tx.update(outbox)
        .set({ state: "sending", leaseOwner: worker, leaseUntil, attempts: row.attempts + 1 })
        .where(eq(outbox.id, id))
        .run();
    }
    return tx.select().from(outbox).where(inArray(outbox.id, due)).all();
  });
}

type Addressed = { channel: MessageChannel; to: string; language: string; link: string };

function address(row: Row, origin: string): Addressed | string {
  const k = keyring();
  if (row.kind === "invitation") {
    return {
      channel: row.channel!,
      to: decryptField(k, { table: "outbox", column: "recipient", rowId: row.id }, row.recipientEnc!),
      language: row.language ?? "en",
      link: decryptField(k, { table: "outbox", column: "link", rowId: row.id }, row.linkEnc!),
    };
  }
  const person = db().select().from(people).where(eq(people.id, row.personId!)).get();
  if (!person || person.channel === "none") return "chose not to be contacted";
  const to =
    person.channel === "sms"
      ? person.phoneEnc && decryptField(k, { table: "people", column: "phone", rowId: person.id }, person.phoneEnc)
      : decryptField(k, { table: "people", column: "email", rowId: person.id }, person.emailEnc);
  if (!to) return person.channel === "sms" ? "no phone number" : "no e-mail address";
  return { channel: person.channel, to, language: person.language, link: `${origin}/` };
}

/** A message as it would leave now: the page shows this to copy by hand when no transport is configured. */
export function renderForCopy(row: Row, origin = messageOrigin()) {
  const a = address(row, origin);
  if (typeof a === "string") return null;
  return { to: a.to, ...composeMessage(row.kind, a.channel, a.language, a.link) };
}

function settle(id: number, worker: string, set: Partial<Row>) {
  db()
    .update(outbox)
    .set({ ...set, leaseOwner: null, leaseUntil: null })
    .where(and(eq(outbox.id, id), eq(outbox.state, "sending"), eq(outbox.leaseOwner, worker)))
    .run();
}

// How long a held invitation waits before the worker looks at it again.
const HOLD_MS = 15 * 60_000;

async function deliverOne(row: Row, o: Required<Omit<DeliveryOptions, "now">>, now: Date) {
  if (isHeld(row))
    return settle(row.id, o.worker, {
      state: "queued",
      attempts: row.attempts - 1,
      nextAttemptAt: new Date(now.getTime() + HOLD_MS).toISOString(),
    });
  const reason = reasonNotToSend(row);
  const a = reason ?? address(row, messageOrigin(o.env));
  if (typeof a === "string") return settle(row.id, o.worker, { state: "cancelled", lastError: a });
  const send = o.transports[a.channel];
  if (!send) return settle(row.id, o.worker, { state: "queued", channel: a.channel });
  const composed = composeMessage(row.kind, a.channel, a.language, a.link);
  const host = new URL(messageOrigin(o.env)).hostname;
  try {
    await send({ to: a.to, ...composed, messageId: `<outbox-${row.id}@${host}>` });
    settle(row.id, o.worker, { state: "sent", sentAt: new Date().toISOString(), sentBy: a.channel, lastError: null });
  } catch (error) {
    const final = row.attempts >= MAX_ATTEMPTS;
    settle(row.id, o.worker, {
      state: final ? "failed" : "queued",
      lastError: withoutAddresses(error),
      nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)).toISOString(),
    });
  }
}

const STALE_SWEEP = 500;

/**
 * Cancels waiting messages that lost their reason (the round closed, the person sent or asked for quiet),
 * also on a channel with no transport, so the facilitator is never asked to copy one by hand.
 */
export function cancelStale(): number {
  const waiting = db().select().from(outbox).where(eq(outbox.state, "queued")).orderBy(outbox.id).limit(STALE_SWEEP).all();
  const stale = waiting.map((row) => ({ id: row.id, reason: reasonNotToSend(row) })).filter((r) => r.reason !== null);
  if (stale.length === 0) return 0;
  writeTransaction(db(), (tx) => {
    for (const { id, reason } of stale)
      tx.update(outbox)
        .set({ state: "cancelled", lastError: reason })
        .where(and(eq(outbox.id, id), eq(outbox.state, "queued")))
        .run();
  });
  return stale.length;
}

/** One pass: claims what is due and delivers it, one message at a time. Returns how many were claimed. */
export async function deliverDue(options: DeliveryOptions): Promise<number> {
  const env = options.env ?? process.env;
  const worker = options.worker ?? randomToken(9);
  const now = options.now ?? new Date();
  const channels = Object.keys(options.transports) as MessageChannel[];
  const claimed = claimDue(channels, worker, readConfig(env).OUTBOX_LEASE_SECONDS, now);
  for (const row of claimed) await deliverOne(row, { transports: options.transports, env, worker }, now);
  return claimed.length;
}
