// Receipt codes: the only key an anonymous teller holds to their story. The code is shown once; the database
// keeps a keyed hash (HMAC with the lookup key), so a copy of the file cannot be used to open a story.
import crypto from "node:crypto";
import { eq } from "drizzle-orm";
import { stories } from "../../../db/schema";
import { db, keyring } from "../platform/context.server";
import { lookupHash } from "../platform/crypto.server";
import { isOverLimit, recordFailure } from "../people/rate-limit.server";

// No 0/O, 1/I/L: a code is copied by hand from a phone screen onto paper and back.
export const RECEIPT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
// 12 symbols of 31 ≈ 59 bits: far beyond online guessing, which is also rate-limited below.
export const RECEIPT_LENGTH = 12;

export function newReceiptCode(): string {
  let code = "";
  // Rejection sampling keeps every symbol equally likely (256 is not a multiple of 31).
  while (code.length < RECEIPT_LENGTH) {
    for (const byte of crypto.randomBytes(RECEIPT_LENGTH * 2)) {
      if (byte < 248 && code.length < RECEIPT_LENGTH) code += RECEIPT_ALPHABET[byte % RECEIPT_ALPHABET.length];
    }
  }
  return code;
}

/**
 * The code a form's receipt secret stands for: a keyed hash of the secret, read into the code alphabet. The
 * secret exists only in the teller's form (and the draft this browser keeps of it), never in the database,
 * so the same form sent again gets the same code, and nobody else can work it out.
 */
export function receiptCodeFromSecret(secret: string): string {
  let code = "";
  for (let round = 0; code.length < RECEIPT_LENGTH; round++) {
    for (const byte of Buffer.from(lookupHash(keyring(), `receipt-secret:${round}:${secret}`), "hex")) {
      if (byte < 248 && code.length < RECEIPT_LENGTH) code += RECEIPT_ALPHABET[byte % RECEIPT_ALPHABET.length];
    }
  }
  return code;
}

/** "abcd-efgh jkmn" → "ABCDEFGHJKMN"; anything that cannot be a code becomes "" and is never looked up. */
export function normaliseReceiptCode(input: string): string {
  const code = input.toUpperCase().replace(/[\s-]/g, "");
  return code.length === RECEIPT_LENGTH && [...code].every((c) => RECEIPT_ALPHABET.includes(c)) ? code : "";
}

/** Shown in groups of four, the way people copy it. */
export function formatReceiptCode(code: string): string {
  return code.match(/.{1,4}/g)?.join("-") ?? code;
}

export function receiptLookup(code: string): string {
  return lookupHash(keyring(), `receipt:${code}`);
}

// Wrong codes per address, in memory only: an address never reaches application data (docs/security.md 5.2).
export const MAX_WRONG_RECEIPTS = 10;
// A ceiling over every address together: guessing spread over many addresses is slowed too. A code has about
// 59 bits, so 200 wrong codes in 15 minutes leaves no guess a chance, and a teller waits at worst minutes.
export const MAX_WRONG_RECEIPTS_ALL = 200;
const everyone = "receipt:*";
const fromAddress = (address: string) => `receipt:${address}`;

export type ReceiptLookup = { ok: true; storyId: number } | { ok: false; reason: "unknown" | "rate_limited" };

/**
 * The live story a receipt code opens. A wrong code, a withdrawn story's code and a malformed code all
 * answer "unknown", alike; after too many wrong codes from one address even a right one waits.
 */
export function storyIdForReceipt(input: string, address: string, now = Date.now()): ReceiptLookup {
  if (isOverLimit(fromAddress(address), MAX_WRONG_RECEIPTS, now) || isOverLimit(everyone, MAX_WRONG_RECEIPTS_ALL, now))
    return { ok: false, reason: "rate_limited" };
  const code = normaliseReceiptCode(input);
  const row = code
    ? db()
        .select({ id: stories.id, withdrawnAt: stories.withdrawnAt })
        .from(stories)
        .where(eq(stories.receiptLookup, receiptLookup(code)))
        .get()
    : undefined;
  if (!row || row.withdrawnAt) {
    recordFailure(fromAddress(address), now);
    recordFailure(everyone, now);
    return { ok: false, reason: "unknown" };
  }
  return { ok: true, storyId: row.id };
}
