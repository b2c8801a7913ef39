// One-time invitation links: no e-mail server, the link is shown to copy and share; 14 days to use it.
import { eq, lt } from "drizzle-orm";
import { z } from "zod";
import { invitations, organisations } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import { db, keyring } from "../platform/context.server";
import { lookupHash, randomToken, sha256 } from "../platform/crypto.server";
import { hashPassword } from "./passwords.server";
import { askForMembership, invitationApproval } from "./access-changes.server";
import { enqueueInvitation } from "../messages/outbox.server";
import { getOrganisation } from "./organisations.server";
import { isLocale } from "../../i18n/catalogues.server";
import {
  findPersonIdByEmail,
  findPersonIdByPhone,
  insertPerson,
  normaliseEmail,
  normalisePhone,
  type MembershipRole,
  type Person,
  isCoordinatorOf,
} from "./people.server";

export const INVITATION_DAYS = 14;

export type InvitationTarget = { organisationId: number; role: MembershipRole } | { facilitator: true };

/** Coordinators invite to their own organisation; facilitators to any organisation or as facilitators. */
export function mayInvite(person: Person, target: InvitationTarget) {
  if (person.isFacilitator) return true;
  return "organisationId" in target && isCoordinatorOf(person, target.organisationId);
}

/** Where an invitation is also sent, when the inviter gives an address or a phone number. */
export type SendTo = { channel: "email" | "sms"; address: string };
/** Where it is sent, and the language the inviter chose for its words; by default the inviter's own. */
export type Sending = { to: SendTo; origin: string; language?: string };

/**
 * Makes an invitation. Into a community organisation it is also an access change: it can be accepted only once
 * one of that organisation's coordinators approved it (docs/security.md 1.9). The same token again (the same
 * form sent twice) makes nothing new. With `send`, its message is written to the outbox in the same transaction.
 */
export function createInvitation(by: Person, target: InvitationTarget, now = new Date(), send?: Sending, token = randomToken(24)): string {
  if (!mayInvite(by, target)) throw new Error("not allowed to invite");
  writeTransaction(db(), (tx) => {
    const made = tx
      .insert(invitations)
      .values({
        tokenHash: sha256(token),
        organisationId: "organisationId" in target ? target.organisationId : null,
        role: "organisationId" in target ? target.role : null,
        isFacilitator: "facilitator" in target,
        createdBy: by.id,
        expiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
      })
      .onConflictDoNothing()
      .returning({ id: invitations.id })
      .get();
    if (!made) return;
    if ("organisationId" in target) askForMembership(tx, by, made.id, target.organisationId, target.role, now);
    // The message is written with the invitation it carries (docs/security.md 8.1); one waiting for the
    // community's approval is held in the outbox until then.
    if (send) enqueueInvitation(tx, send.to, `${send.origin}/invite/${token}`, `invitation:${made.id}`, send.language ?? by.language, now);
  });
  return token;
}

/**
 * The invitation an invitation form makes is named by a keyed hash of its one-time form token and its sender
 * (docs/security.md 7.7): the same form sent again gives back the same link instead of a second invitation.
 * The page holds only the form token; without the server's key nobody can turn it into the link.
 */
function invitationTokenFor(by: Person, formToken: string | null): string {
  if (!formToken) return randomToken(24);
  return Buffer.from(lookupHash(keyring(), `invitation:${by.id}:${formToken}`), "hex")
    .subarray(0, 24)
    .toString("base64url");
}

/**
 * Removes invitations whose fourteen days are over, used or not: an expired link opens nothing, and keeping its
 * row only keeps who invited whom. A used link stays until then, so it can still say it was used.
 */
export function pruneSpentInvitations(now = new Date()): number {
  return db().delete(invitations).where(lt(invitations.expiresAt, now.toISOString())).run().changes;
}

export type InvitationState = "valid" | "unknown" | "used" | "expired" | "awaiting" | "refused";

export function invitationState(token: string, now = new Date(), tx: Db = db()): InvitationState {
  const row = tx
    .select()
    .from(invitations)
    .where(eq(invitations.tokenHash, sha256(token)))
    .get();
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  if (Date.parse(row.expiresAt) <= now.getTime()) return "expired";
  const approval = invitationApproval(tx, row.id);
  if (approval === "pending") return "awaiting";
  if (approval === "refused") return "refused";
  return "valid";
}

/** An e-mail address, a phone number (normalised), or both: at least one, checked by the page. */
export type Acceptance = { name: string; email?: string | null; phone?: string | null; language: string; password: string };
export type AcceptResult = { ok: true; personId: number | null } | { ok: false; reason: InvitationState };

/**
 * Creates the person and marks the link used in one IMMEDIATE transaction, so a link works exactly once.
 * An address that already has an account spends the link too and creates nobody (personId null): the page
 * answers both the same way, so a link cannot be used to learn who has an account here.
 */
export async function acceptInvitation(token: string, input: Acceptance, now = new Date()): Promise<AcceptResult> {
  const passwordHash = await hashPassword(input.password);
  return writeTransaction(db(), (tx): AcceptResult => {
    const row = tx
      .select()
      .from(invitations)
      .where(eq(invitations.tokenHash, sha256(token)))
      .get();
    const state = invitationState(token, now, tx);
    if (!row || state !== "valid") return { ok: false, reason: state };
    // An address or a phone number that already signs someone in: the same answer, and nobody new (3.4).
    if ((input.email && findPersonIdByEmail(input.email)) || (input.phone && findPersonIdByPhone(input.phone, tx))) {
      tx.update(invitations).set({ usedAt: now.toISOString() }).where(eq(invitations.id, row.id)).run();
      return { ok: true, personId: null };
    }
    const membership = row.organisationId && row.role ? { organisationId: row.organisationId, role: row.role } : undefined;
    const personId = insertPerson(
      tx,
      {
        name: input.name,
        email: input.email,
        phone: input.phone,
        language: input.language,
        passwordHash,
        isFacilitator: row.isFacilitator,
      },
      membership,
    );
    tx.update(invitations).set({ usedAt: now.toISOString(), usedBy: personId }).where(eq(invitations.id, row.id)).run();
    return { ok: true, personId };
  });
}

/** Makes the invitation and the link to share; the token exists only in this answer, never in the database. */
export function createInvitationLink(
  by: Person,
  target: InvitationTarget,
  origin: string,
  options: { formToken?: string | null; sendTo?: SendTo | null; messageLanguage?: string; now?: Date } = {},
) {
  const now = options.now ?? new Date();
  // The message goes out in the language the inviter chose, by default their own.
  const send = options.sendTo ? { to: options.sendTo, origin, language: options.messageLanguage ?? by.language } : undefined;
  const token = createInvitation(by, target, now, send, invitationTokenFor(by, options.formToken ?? null));
  const { expiresAt } = db()
    .select({ expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(eq(invitations.tokenHash, sha256(token)))
    .get()!;
  // Into a community organisation, asked by someone who is not its coordinator: usable once one approves.
  return { link: `${origin}/invite/${token}`, expiresAt, awaitingApproval: invitationState(token, now) === "awaiting" };
}

/** What the invitation page tells its holder: whether it still works, and what it invites them to. */
export function invitationFor(token: string, now = new Date()) {
  const state = invitationState(token, now);
  if (state !== "valid") return { state, organisationName: null, role: null, isFacilitator: false };
  const row = db()
    .select({ organisationName: organisations.name, role: invitations.role, isFacilitator: invitations.isFacilitator })
    .from(invitations)
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(eq(invitations.tokenHash, sha256(token)))
    .get();
  return { state, organisationName: row?.organisationName ?? null, role: row?.role ?? null, isFacilitator: row?.isFacilitator ?? false };
}

// The invitation forms' schemas live here, not in their routes, so zod stays out of those pages' browser bundle.
export const INVITABLE_ROLES = ["member", "coordinator"] as const;
export const OrganisationInviteSchema = z.object({ role: z.enum(INVITABLE_ROLES, { errorMap: () => ({ message: "invite.error.role" }) }) });

export const FACILITATOR_INVITABLE_ROLES = [...INVITABLE_ROLES, "facilitator"] as const;
/** The set-up page's form: a facilitator invitation needs no organisation; any other needs one that exists. */
export const AdminInvitationSchema = z
  .object({ role: z.enum(FACILITATOR_INVITABLE_ROLES, { errorMap: () => ({ message: "invite.error.role" }) }), organisationId: z.string() })
  .superRefine((v, ctx) => {
    if (v.role === "facilitator") return;
    const id = /^[1-9][0-9]{0,14}$/.test(v.organisationId) ? Number(v.organisationId) : null;
    if (id === null || !getOrganisation(id))
      ctx.addIssue({ code: "custom", path: ["organisationId"], message: "invite.error.organisation" });
  });

/** The language of the invitation's message: one the app speaks, or the inviter's own when none is chosen. */
export function parseMessageLanguage(value: string, inviterLanguage: string): string | "invalid" {
  if (value.trim() === "") return inviterLanguage;
  return isLocale(value.trim()) ? value.trim() : "invalid";
}

/** The optional "send it to" field: an e-mail address or an international phone number (+254…), or nothing. */
export function parseSendTo(value: string): SendTo | null | "invalid" {
  const text = value.trim();
  if (text === "") return null;
  if (z.string().email().max(254).safeParse(text).success) return { channel: "email", address: normaliseEmail(text) };
  const phone = normalisePhone(text);
  return phone ? { channel: "sms", address: phone } : "invalid";
}
