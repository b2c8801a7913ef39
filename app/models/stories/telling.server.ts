// Telling a story: checked against the story instrument, stored sealed with its consent, idempotent by the
// client's id (docs/security.md 7.3), and a withdrawn story is never brought back by resending it (docs/security.md 1.8).
import { eq } from "drizzle-orm";
import { consentScopes, newPublicId, stories, submissionKeys, type ConsentScope } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { canonicalJson } from "../../../surveys/load-instruments";
import type { ValidationError } from "../../../surveys/types";
import { validateAnswers } from "../../../surveys/validate-answers";
import { keepVisibleAnswers } from "../../../surveys/visible-answers";
import { db, keyring } from "../platform/context.server";
import { lookupHash } from "../platform/crypto.server";
import { membershipRole } from "../people/people.server";
import { roleInPartnership } from "../people/partnerships.server";
import { getRound, stateAt } from "../rounds/rounds.server";
import { storyInstrumentFor } from "./form.server";
import { newReceiptCode, normaliseReceiptCode, receiptCodeFromSecret, receiptLookup } from "./receipts.server";
import { seal } from "../platform/sealed-fields.server";

export type TellStoryInput = {
  clientId: string;
  roundId: number;
  organisationId: number;
  /** The signed-in teller; null for a story told through an anonymous link. */
  personId: number | null;
  linkId: number | null;
  answers: Record<string, unknown>;
  language: string;
  /** The form's receipt secret (anonymous tellers): the code is derived from it, see receiptCodeFromSecret. */
  receiptSecret?: string;
  /** The other organisation of the collaboration tie this story is about (ADR 029); absent for any other story. */
  tieOrganisationId?: number | null;
  /** Only the demo seed sets this, so the README can name a receipt code to try. */
  receiptCode?: string;
};

export type TellResult =
  | { ok: true; storyId: number; duplicate: false; receiptCode: string | null }
  // The first result again. Its receipt code comes back only to the form that holds its secret.
  | { ok: true; storyId: number; duplicate: true; receiptCode: string | null }
  | { ok: false; errors: ValidationError[] }
  | { ok: false; conflict: "other_content" | "withdrawn" }
  // The round is not open at this moment, or the teller may not tell a story for this organisation there.
  | { ok: false; refused: true };

export const CLIENT_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

// Kept in submission_keys once a story is withdrawn: the id still answers 409, its content is forgotten.
export const WITHDRAWN_HASH = "withdrawn";

/** A keyed hash: an unkeyed one of a short story could be confirmed by guessing its words. */
function contentHash(input: TellStoryInput, answers: Record<string, unknown>) {
  const { roundId, organisationId, personId, linkId } = input;
  const tie = input.tieOrganisationId ?? null;
  // A story without a tie hashes exactly as before ties existed: a resent old form is still the same story.
  const told =
    tie === null ? { roundId, organisationId, personId, linkId, answers } : { roundId, organisationId, personId, linkId, tie, answers };
  return lookupHash(keyring(), `story:${canonicalJson(told)}`);
}

function mayTellThere(input: TellStoryInput, now: Date) {
  const round = getRound(input.roundId);
  if (!round || stateAt(round.opensAt, round.closesAt, now) !== "open") return null;
  if (roleInPartnership(round.partnershipId, input.organisationId) !== "community_partner") return null;
  if (input.personId !== null && !membershipRole(input.personId, input.organisationId)) return null;
  // A tie is with another organisation of the same partnership; a self-tie is no tie.
  const tie = input.tieOrganisationId ?? null;
  if (tie !== null && (tie === input.organisationId || roleInPartnership(round.partnershipId, tie) === null)) return null;
  return round;
}

const asScope = (value: unknown): ConsentScope => (consentScopes.includes(value as ConsentScope) ? (value as ConsentScope) : "community");
const asPower = (value: unknown) => (value === "us" || value === "them" || value === "shared" ? value : null);
const asAttribution = (value: unknown) => (value === "name" || value === "organisation" ? value : "anonymous");

export function tellStory(input: TellStoryInput, now = new Date()): TellResult {
  if (!CLIENT_ID_PATTERN.test(input.clientId)) return { ok: false, errors: [{ question: "client_id", code: "invalid" }] };
  const round = mayTellThere(input, now);
  const target = round && storyInstrumentFor(round.id, input.organisationId);
  if (!round || !target) return { ok: false, refused: true };
  const kept = keepVisibleAnswers(target.instrument, input.answers);
  const hash = contentHash(input, kept);
  const check = validateAnswers(target.instrument, kept, { variables: target.variables });
  const fixedCode = input.receiptCode ? normaliseReceiptCode(input.receiptCode) : "";
  const secretCode =
    input.personId === null && CLIENT_ID_PATTERN.test(input.receiptSecret ?? "") ? receiptCodeFromSecret(input.receiptSecret!) : "";
  return writeTransaction(db(), (tx): TellResult => {
    const seen = tx.select().from(submissionKeys).where(eq(submissionKeys.clientId, input.clientId)).get();
    if (seen) {
      if (seen.kind === "story" && seen.contentHash === WITHDRAWN_HASH) return { ok: false, conflict: "withdrawn" };
      if (seen.kind !== "story" || seen.contentHash !== hash) return { ok: false, conflict: "other_content" };
      const told = tx.select({ receiptLookup: stories.receiptLookup }).from(stories).where(eq(stories.id, seen.targetId)).get();
      const sameReceipt = secretCode !== "" && told?.receiptLookup === receiptLookup(secretCode);
      return { ok: true, storyId: seen.targetId, duplicate: true, receiptCode: sameReceipt ? secretCode : null };
    }
    if (!check.ok) return { ok: false, errors: check.errors };
    // Anonymous tellers get a receipt code; a signed-in teller reaches the story through their account.
    const receiptCode = input.personId === null ? fixedCode || secretCode || newReceiptCode() : null;
    const attribution = asAttribution(kept.attribution);
    const { id } = tx
      .insert(stories)
      .values({
        publicId: newPublicId(),
        roundId: round.id,
        partnershipId: round.partnershipId,
        organisationId: input.organisationId,
        personId: input.personId,
        linkId: input.linkId,
        tieOrganisationId: input.tieOrganisationId ?? null,
        receiptLookup: receiptCode ? receiptLookup(receiptCode) : null,
        version: target.instrument.version,
        textEnc: "",
        language: input.language,
        dimensions: Array.isArray(kept.dimensions) ? kept.dimensions.map(String) : [],
        felt: typeof kept.felt === "number" ? kept.felt : null,
        power: asPower(kept.power),
        scope: asScope(kept.consent),
        attribution,
        createdAt: now.toISOString(),
      })
      .returning({ id: stories.id })
      .get();
    const signedName = attribution === "name" && typeof kept.signed_name === "string" ? kept.signed_name : null;
    tx.update(stories)
      .set({
        textEnc: seal({ table: "stories", column: "text" }, id, String(kept.story ?? "")),
        signedNameEnc: signedName === null ? null : seal({ table: "stories", column: "signed_name" }, id, signedName),
      })
      .where(eq(stories.id, id))
      .run();
    tx.insert(submissionKeys).values({ clientId: input.clientId, kind: "story", targetId: id, contentHash: hash }).run();
    return { ok: true, storyId: id, duplicate: false, receiptCode };
  });
}
