// Each person decides how Sikiliza reaches them (e-mail, SMS or not at all), with which phone number, and
// whether a round may remind them (docs/security.md 8.3). The phone number is sealed like the address.
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { people, roundQuiet } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { db, keyring } from "../platform/context.server";
import { decryptField, encryptField } from "../platform/crypto.server";
import { normalisePhone } from "../people/people.server";
import { followChannelChange } from "./outbox.server";

export const CHANNELS = ["email", "sms", "none"] as const;
export type Channel = (typeof CHANNELS)[number];

const PHONE = { table: "people", column: "phone" } as const;

export const ReachSchema = z
  .object({
    channel: z.enum(CHANNELS, { errorMap: () => ({ message: "reach.error.channel" }) }),
    phone: z.string().max(40, "reach.error.phone"),
  })
  .transform((v, ctx) => {
    const phone = v.phone.trim() === "" ? null : normalisePhone(v.phone);
    if (v.phone.trim() !== "" && phone === null) ctx.addIssue({ code: "custom", path: ["phone"], message: "reach.error.phone" });
    if (v.channel === "sms" && v.phone.trim() === "")
      ctx.addIssue({ code: "custom", path: ["phone"], message: "reach.error.phone_needed" });
    return { channel: v.channel, phone };
  });

export function reachOf(personId: number): { channel: Channel; phone: string | null } {
  const row = db().select({ channel: people.channel, phoneEnc: people.phoneEnc }).from(people).where(eq(people.id, personId)).get();
  if (!row) return { channel: "none", phone: null };
  return { channel: row.channel, phone: row.phoneEnc ? decryptField(keyring(), { ...PHONE, rowId: personId }, row.phoneEnc) : null };
}

export function setReach(personId: number, reach: { channel: Channel; phone: string | null }) {
  writeTransaction(db(), (tx) => {
    const phoneEnc = reach.phone ? encryptField(keyring(), { ...PHONE, rowId: personId }, reach.phone) : null;
    tx.update(people).set({ channel: reach.channel, phoneEnc }).where(eq(people.id, personId)).run();
    followChannelChange(tx, personId, reach.channel);
  });
}

/** "Do not remind me about this round": quiet until they take it back. */
export function setQuiet(roundId: number, personId: number, quiet: boolean) {
  if (quiet) db().insert(roundQuiet).values({ roundId, personId }).onConflictDoNothing().run();
  else
    db()
      .delete(roundQuiet)
      .where(and(eq(roundQuiet.roundId, roundId), eq(roundQuiet.personId, personId)))
      .run();
}
