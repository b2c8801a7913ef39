// How a message leaves: SMTP through nodemailer, SMS through an HTTP gateway shaped like Africa's Talking's
// messaging API. Configured by the environment only; without configuration a channel sends nothing.
import nodemailer from "nodemailer";
import { readConfig } from "../platform/config.server";
import type { MessageChannel } from "../../../db/schema";

export type Outgoing = { to: string; subject: string; text: string; messageId: string };
export type Transport = (message: Outgoing) => Promise<void>;
export type Transports = Partial<Record<MessageChannel, Transport>>;

export class DeliveryError extends Error {}

function smtpTransport(url: string, from: string): Transport {
  const mailer = nodemailer.createTransport(url, { from });
  return async ({ to, subject, text, messageId }) => {
    // A stable Message-ID: should a crash repeat a send the server already took, the receiver can tell.
    await mailer.sendMail({ to, subject, text, messageId });
  };
}

// Africa's Talking's status codes that mean the gateway took the message (Processed, Sent, Queued).
const ACCEPTED = new Set([100, 101, 102]);

type GatewayAnswer = { SMSMessageData?: { Message?: string; Recipients?: { statusCode?: number; status?: string }[] } };

function smsTransport(base: string, username: string, apiKey: string, sender?: string): Transport {
  const endpoint = new URL("/version1/messaging", base);
  return async ({ to, text }) => {
    const body = new URLSearchParams({ username, to, message: text });
    if (sender) body.set("from", sender);
    const res = await fetch(endpoint, {
      method: "POST",
      headers: { apiKey, Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    const answer = (await res.json().catch(() => ({}))) as GatewayAnswer;
    const recipient = answer.SMSMessageData?.Recipients?.[0];
    if (!res.ok) throw new DeliveryError(`SMS gateway answered HTTP ${res.status}`);
    if (!recipient || !ACCEPTED.has(Number(recipient.statusCode)))
      throw new DeliveryError(`SMS gateway refused: ${recipient?.status ?? answer.SMSMessageData?.Message ?? "no recipient"}`);
  };
}

export function transportsFrom(env: Record<string, string | undefined> = process.env): Transports {
  const c = readConfig(env);
  const transports: Transports = {};
  if (c.SMTP_URL && c.SMTP_FROM) transports.email = smtpTransport(c.SMTP_URL, c.SMTP_FROM);
  if (c.SMS_GATEWAY_URL && c.SMS_USERNAME && c.SMS_API_KEY)
    transports.sms = smsTransport(c.SMS_GATEWAY_URL, c.SMS_USERNAME, c.SMS_API_KEY, c.SMS_SENDER);
  return transports;
}
