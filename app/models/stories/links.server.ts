// Anonymous story links (/s/<token>): a coordinator makes one for their organisation and an open round, and
// shares it by hand. The token is 192 random bits; the table keeps its hash to find it and a sealed copy so
// the coordinator's page can show the link again. A link works while it is not revoked, not expired and its
// round is open: a story told through it belongs to that round.
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { organisations, partnerships, rounds, stories, storyLinks } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { db, keyring } from "../platform/context.server";
import { decryptField, encryptField, randomToken, sha256 } from "../platform/crypto.server";
import { partnershipsOfOrganisations } from "../people/partnerships.server";
import { isCoordinatorOf, type Person } from "../people/people.server";
import { stateAt } from "../rounds/rounds.server";
import { isCalendarDay } from "../platform/calendar-day";
import type { LinkState, StoryLinkItem } from "./types";

const TOKEN_FIELD = { table: "story_links", column: "token" } as const;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22,64}$/;

function stateOf(link: { revokedAt: string | null; expiresAt: string | null; opensAt: string; closesAt: string }, now: Date): LinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && Date.parse(link.expiresAt) <= now.getTime()) return "expired";
  return stateAt(link.opensAt, link.closesAt, now) === "open" ? "active" : "round_closed";
}

/** Open rounds of the partnerships in which this organisation is a community partner: where a link can point. */
export function openRoundsFor(organisationId: number, now = new Date()) {
  const partnershipIds = partnershipsOfOrganisations([organisationId])
    .filter((p) => p.role === "community_partner")
    .map((p) => p.partnershipId);
  if (partnershipIds.length === 0) return [];
  return db()
    .select({
      roundId: rounds.id,
      label: rounds.label,
      opensAt: rounds.opensAt,
      closesAt: rounds.closesAt,
      partnershipId: rounds.partnershipId,
      partnershipName: partnerships.name,
    })
    .from(rounds)
    .innerJoin(partnerships, eq(partnerships.id, rounds.partnershipId))
    .where(inArray(rounds.partnershipId, partnershipIds))
    .orderBy(desc(rounds.opensAt))
    .all()
    .filter((r) => stateAt(r.opensAt, r.closesAt, now) === "open")
    .map(({ roundId, label, closesAt, partnershipId, partnershipName }) => ({ roundId, label, closesAt, partnershipId, partnershipName }));
}

/** The form: which open round, and an optional last day (the link ends at the close of that day, UTC). */
export const StoryLinkSchema = z.object({
  roundId: z
    .string()
    .regex(/^[1-9][0-9]{0,14}$/, "story_link.error.round")
    .transform(Number),
  expiresOn: z.string().refine((v) => v === "" || isCalendarDay(v), "story_link.error.expires_on"),
});

export type CreateLinkResult = { ok: true; token: string; linkId: number } | { ok: false; errors: Record<string, string> };

export function createStoryLink(
  person: Person,
  organisationId: number,
  input: { roundId: number; expiresOn: string },
  now = new Date(),
): CreateLinkResult {
  if (!isCoordinatorOf(person, organisationId)) return { ok: false, errors: { form: "story_link.error.not_allowed" } };
  if (!openRoundsFor(organisationId, now).some((r) => r.roundId === input.roundId))
    return { ok: false, errors: { roundId: "story_link.error.round" } };
  const expiresAt = input.expiresOn ? new Date(Date.parse(`${input.expiresOn}T00:00:00.000Z`) + 86_400_000).toISOString() : null;
  if (expiresAt && Date.parse(expiresAt) <= now.getTime()) return { ok: false, errors: { expiresOn: "story_link.error.expires_past" } };
  const token = randomToken(24);
  const linkId = writeTransaction(db(), (tx) => {
    const { id } = tx
      .insert(storyLinks)
      .values({
        tokenHash: sha256(token),
        tokenEnc: "",
        organisationId,
        roundId: input.roundId,
        createdBy: person.id,
        expiresAt,
        createdAt: now.toISOString(),
      })
      .returning({ id: storyLinks.id })
      .get();
    tx.update(storyLinks)
      .set({ tokenEnc: encryptField(keyring(), { ...TOKEN_FIELD, rowId: id }, token) })
      .where(eq(storyLinks.id, id))
      .run();
    return id;
  });
  return { ok: true, token, linkId };
}

const linkColumns = {
  id: storyLinks.id,
  tokenEnc: storyLinks.tokenEnc,
  organisationId: storyLinks.organisationId,
  organisationName: organisations.name,
  roundId: storyLinks.roundId,
  roundLabel: rounds.label,
  partnershipId: rounds.partnershipId,
  opensAt: rounds.opensAt,
  closesAt: rounds.closesAt,
  expiresAt: storyLinks.expiresAt,
  revokedAt: storyLinks.revokedAt,
  createdAt: storyLinks.createdAt,
};

/** The organisation's links, newest first, each as its path `/s/<token>` with its state. */
export function listStoryLinks(organisationId: number, now = new Date()): StoryLinkItem[] {
  const told = sql<number>`(select count(*) from ${stories} s where s.link_id = ${storyLinks.id} and s.withdrawn_at is null)`;
  return db()
    .select({ ...linkColumns, told })
    .from(storyLinks)
    .innerJoin(rounds, eq(rounds.id, storyLinks.roundId))
    .innerJoin(organisations, eq(organisations.id, storyLinks.organisationId))
    .where(eq(storyLinks.organisationId, organisationId))
    .orderBy(desc(storyLinks.createdAt), desc(storyLinks.id))
    .all()
    .map((l) => ({
      id: l.id,
      path: `/s/${decryptField(keyring(), { ...TOKEN_FIELD, rowId: l.id }, l.tokenEnc)}`,
      roundLabel: l.roundLabel,
      createdAt: l.createdAt,
      // The link ends when its last day does (UTC): that day is what the coordinator chose and sees.
      lastDay: l.expiresAt ? new Date(Date.parse(l.expiresAt) - 1).toISOString().slice(0, 10) : null,
      state: stateOf(l, now),
      told: Number(l.told),
    }));
}

/** For the home page: counted without opening any token. */
export function countActiveLinks(organisationId: number, now = new Date()): number {
  return db()
    .select({ revokedAt: storyLinks.revokedAt, expiresAt: storyLinks.expiresAt, opensAt: rounds.opensAt, closesAt: rounds.closesAt })
    .from(storyLinks)
    .innerJoin(rounds, eq(rounds.id, storyLinks.roundId))
    .where(and(eq(storyLinks.organisationId, organisationId), isNull(storyLinks.revokedAt)))
    .all()
    .filter((l) => stateOf(l, now) === "active").length;
}

/** Revoking is for good; a link of another organisation is "not there". */
export function revokeStoryLink(organisationId: number, linkId: number, now = new Date()): boolean {
  return (
    db()
      .update(storyLinks)
      .set({ revokedAt: now.toISOString() })
      .where(and(eq(storyLinks.id, linkId), eq(storyLinks.organisationId, organisationId), isNull(storyLinks.revokedAt)))
      .run().changes > 0
  );
}

export type OpenLink = { linkId: number; organisationId: number; organisationName: string; roundId: number; partnershipId: number };

/** The link behind a token, only while it works; unknown, revoked, expired and closed all read as null (404). */
export function resolveStoryLink(token: string | undefined, now = new Date()): OpenLink | null {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const link = db()
    .select(linkColumns)
    .from(storyLinks)
    .innerJoin(rounds, eq(rounds.id, storyLinks.roundId))
    .innerJoin(organisations, eq(organisations.id, storyLinks.organisationId))
    .where(eq(storyLinks.tokenHash, sha256(token)))
    .get();
  if (!link || stateOf(link, now) !== "active") return null;
  return {
    linkId: link.id,
    organisationId: link.organisationId,
    organisationName: link.organisationName,
    roundId: link.roundId,
    partnershipId: link.partnershipId,
  };
}
