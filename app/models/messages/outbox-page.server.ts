// The facilitator's view of the outbox (/admin/outbox): each message's cause, channel, state and why it
// failed or was cancelled. The address and words appear only while a message waits to be copied by hand,
// because no server for its channel is configured; otherwise nobody needs them here.
import { and, desc, eq } from "drizzle-orm";
import { outbox } from "../../../db/schema";
import { db } from "../platform/context.server";
import { readConfig } from "../platform/config.server";
import { outboxCounts } from "./outbox.server";
import { renderForCopy } from "./delivery.server";
import type { OutboxRow } from "./types";

const SHOWN = 200;

export function configuredChannels(env: Record<string, string | undefined> = process.env) {
  const c = readConfig(env);
  return { email: !!(c.SMTP_URL && c.SMTP_FROM), sms: !!(c.SMS_GATEWAY_URL && c.SMS_USERNAME && c.SMS_API_KEY) };
}

export function outboxPage(env: Record<string, string | undefined> = process.env) {
  const channels = configuredChannels(env);
  const rows = db().select().from(outbox).orderBy(desc(outbox.id)).limit(SHOWN).all();
  const list: OutboxRow[] = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    channel: r.channel,
    state: r.state,
    attempts: r.attempts,
    lastError: r.lastError,
    createdAt: r.createdAt,
    sentAt: r.sentAt,
    sentBy: r.sentBy,
    copy: r.state === "queued" && r.channel && !channels[r.channel] ? renderForCopy(r) : null,
  }));
  const counts = Object.fromEntries(outboxCounts().map((c) => [c.state, Number(c.count)]));
  return { channels, list, counts };
}

/** The facilitator copied a waiting message and sent it themselves: it leaves the queue as sent by hand. */
export function markSentByHand(id: number, now = new Date()) {
  return (
    db()
      .update(outbox)
      .set({ state: "sent", sentBy: "hand", sentAt: now.toISOString() })
      .where(and(eq(outbox.id, id), eq(outbox.state, "queued")))
      .returning({ id: outbox.id })
      .all().length > 0
  );
}
