// What a message says: the same neutral words for every cause (docs/security.md 8.2). No story text, no
// rating, no name, no organisation, nothing about why the person is on Sikiliza: only that something waits,
// and a link to the app where they sign in.
import type { MessageChannel, MessageKind } from "../../../db/schema";
import { translatorFor } from "../../i18n/catalogues.server";

export type Composed = { subject: string; text: string };

export function composeMessage(kind: MessageKind, channel: MessageChannel, language: string, link: string): Composed {
  const t = translatorFor(language);
  const invitation = kind === "invitation";
  const subject = t(invitation ? "message.invitation.subject" : "message.subject");
  if (channel === "sms") return { subject, text: t(invitation ? "message.invitation.sms" : "message.sms", { link }) };
  return { subject, text: t(invitation ? "message.invitation.body" : "message.body", { link }) };
}
