// Each person decides how Sikiliza reaches them (e-mail, SMS or not at all), with which phone number, and
// whether a round may remind them (docs/security.md 8.3). The phone number is sealed like the address.
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import { people, roundQuiet } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import { db, keyring } from "../platform/context.server";
import { decryptField, encryptField } from "../platform/crypto.server";
import { emailLookup, normaliseEmail, normalisePhone, phoneLookup } from "../people/people.server";
import { followChannelChange } from "./outbox.server";

export const CHANNELS = ["email", "sms", "none"] as const;
export type Channel = (typeof CHANNELS)[number];

const PHONE = { table: "people", column: "phone" } as const;

export const ReachSchema = z
  .object({
    channel: z.enum(CHANNELS, { errorMap: () => ({ message: "reach.error.channel" }) }),
    phone: z.string().max(40, "reach.error.phone"),
    // Only someone who signs in by phone and has no address yet gives one here.
    email: z.union([z.literal(""), z.string().trim().max(254, "reach.error.email").email("reach.error.email")]).default(""),
  })
  .transform((v, ctx) => {
    const phone = v.phone.trim() === "" ? null : normalisePhone(v.phone);
    if (v.phone.trim() !== "" && phone === null) ctx.addIssue({ code: "custom", path: ["phone"], message: "reach.error.phone" });
    if (v.channel === "sms" && v.phone.trim() === "")
      ctx.addIssue({ code: "custom", path: ["phone"], message: "reach.error.phone_needed" });
    return { channel: v.channel, phone, email: v.email.trim() === "" ? null : normaliseEmail(v.email) };
  });

export function reachOf(personId: number): { channel: Channel; phone: string | null } {
  const row = db().select({ channel: people.channel, phoneEnc: people.phoneEnc }).from(people).where(eq(people.id, personId)).get();
  if (!row) return { channel: "none", phone: null };
  return { channel: row.channel, phone: row.phoneEnc ? decryptField(keyring(), { ...PHONE, rowId: personId }, row.phoneEnc) : null };
}

export type ReachOutcome = "saved" | "phone_needed" | "email_needed" | "email_fixed";

/**
 * Saves how the person is reached. The phone number also signs them in, unless it already signs in someone
 * else: then it is kept for SMS only, and the page answers the same (nothing tells whose number it is, 3.4).
 * Someone who signs in by phone alone keeps a phone number (without it they could not sign in again), and cannot
 * choose e-mail until they give an address. An address given here signs them in too, under the same rule as
 * the number: one that already signs in someone else reaches them but signs nobody new in.
 */
export function setReach(personId: number, reach: { channel: Channel; phone: string | null; email?: string | null }): ReachOutcome {
  return writeTransaction(db(), (tx) => {
    const row = tx.select({ emailEnc: people.emailEnc }).from(people).where(eq(people.id, personId)).get();
    const hadEmail = !!row && decryptField(keyring(), { table: "people", column: "email", rowId: personId }, row.emailEnc) !== "";
    if (reach.email && hadEmail) return "email_fixed";
    if (reach.email) addEmail(tx, personId, reach.email);
    const hasEmail = hadEmail || !!reach.email;
    if (!reach.phone && !hasEmail) return "phone_needed";
    if (reach.channel === "email" && !hasEmail) return "email_needed";
    const phoneEnc = reach.phone ? encryptField(keyring(), { ...PHONE, rowId: personId }, reach.phone) : null;
    const lookup = reach.phone ? phoneLookup(reach.phone) : null;
    const taken = lookup && tx.select({ id: people.id }).from(people).where(eq(people.phoneLookup, lookup)).get();
    const phoneLookupValue = taken && taken.id !== personId ? null : lookup;
    tx.update(people).set({ channel: reach.channel, phoneEnc, phoneLookup: phoneLookupValue }).where(eq(people.id, personId)).run();
    followChannelChange(tx, personId, reach.channel);
    return "saved";
  });
}

function addEmail(tx: Db, personId: number, email: string) {
  const lookup = emailLookup(email);
  const taken = tx.select({ id: people.id }).from(people).where(eq(people.emailLookup, lookup)).get();
  const emailEnc = encryptField(keyring(), { table: "people", column: "email", rowId: personId }, email);
  tx.update(people)
    .set(taken ? { emailEnc } : { emailEnc, emailLookup: lookup })
    .where(eq(people.id, personId))
    .run();
}

/**
 * Phone numbers saved before they could sign anyone in get their keyed lookup at start-up (the key is not in
 * the database, so SQL cannot compute it). A number two people gave signs in only the first of them.
 */
export function backfillPhoneLookups(): number {
  const k = keyring();
  const waiting = db()
    .select({ id: people.id, phoneEnc: people.phoneEnc })
    .from(people)
    .where(and(isNotNull(people.phoneEnc), isNull(people.phoneLookup)))
    .orderBy(people.id)
    .all();
  let filled = 0;
  writeTransaction(db(), (tx) => {
    for (const r of waiting) {
      const lookup = phoneLookup(decryptField(k, { ...PHONE, rowId: r.id }, r.phoneEnc!));
      if (tx.select({ id: people.id }).from(people).where(eq(people.phoneLookup, lookup)).get()) continue;
      tx.update(people).set({ phoneLookup: lookup }).where(eq(people.id, r.id)).run();
      filled++;
    }
  });
  return filled;
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
