// Changes that widen who reads a community organisation's voice are asked, not done (docs/security.md 1.9,
// docs/decisions/027): adding an organisation to a partnership or changing its role, and adding a person to a
// community organisation, wait until a coordinator of every affected community organisation approves.
// Narrowing (removing a member, renaming, raising k) needs nobody's approval and happens at once.
import { and, eq, inArray, isNull } from "drizzle-orm";
import { accessChangeApprovals, accessChanges, memberships, organisations, partnershipMembers, partnerships } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import { db } from "../platform/context.server";
import type { Person } from "./people.server";
import { DEFAULT_REMINDER_DAYS, MIN_K, type PartnerRole, type PartnershipInput } from "./partnerships.server";

type Decision = "approved" | "refused";

/** An organisation whose voice this rule protects: community-led, or the community partner of any partnership. */
export function isCommunityOrganisation(organisationId: number, tx: Db = db()): boolean {
  const org = tx.select({ kind: organisations.kind }).from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!org) return false;
  if (org.kind === "community_led") return true;
  return !!tx
    .select({ id: partnershipMembers.partnershipId })
    .from(partnershipMembers)
    .where(and(eq(partnershipMembers.organisationId, organisationId), eq(partnershipMembers.role, "community_partner")))
    .get();
}

export function hasCoordinator(organisationId: number, tx: Db = db()): boolean {
  return !!tx
    .select({ id: memberships.personId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "coordinator")))
    .get();
}

function communityPartnersOf(tx: Db, partnershipId: number): number[] {
  return tx
    .select({ id: partnershipMembers.organisationId })
    .from(partnershipMembers)
    .where(and(eq(partnershipMembers.partnershipId, partnershipId), eq(partnershipMembers.role, "community_partner")))
    .all()
    .map((r) => r.id);
}

/** Records a change and who must approve it; with nobody to ask it applies at once (a partnership not yet holding voice). */
function ask(
  tx: Db,
  change: Omit<typeof accessChanges.$inferInsert, "status" | "askedAt">,
  approvers: number[],
  now: Date,
  approvedBy?: Person,
): number {
  const askedAt = now.toISOString();
  const id = tx
    .insert(accessChanges)
    .values({ ...change, askedAt, status: "pending" })
    .returning({ id: accessChanges.id })
    .get().id;
  for (const organisationId of approvers) {
    const selfApproved = approvedBy && approvedBy.memberships.some((m) => m.organisationId === organisationId && m.role === "coordinator");
    tx.insert(accessChangeApprovals)
      .values({
        changeId: id,
        organisationId,
        decision: selfApproved ? "approved" : null,
        decidedBy: selfApproved ? approvedBy.id : null,
        decidedAt: selfApproved ? askedAt : null,
      })
      .run();
  }
  settle(tx, id, now);
  return id;
}

/** Applies a change once every approver said yes; marks it refused once one said no. */
function settle(tx: Db, changeId: number, now: Date) {
  const change = tx.select().from(accessChanges).where(eq(accessChanges.id, changeId)).get();
  if (!change || change.status !== "pending") return;
  const answers = tx.select().from(accessChangeApprovals).where(eq(accessChangeApprovals.changeId, changeId)).all();
  const decidedAt = now.toISOString();
  if (answers.some((a) => a.decision === "refused")) {
    tx.update(accessChanges).set({ status: "refused", decidedAt }).where(eq(accessChanges.id, changeId)).run();
    return;
  }
  if (answers.some((a) => a.decision === null)) return;
  if (change.kind === "partnership_role" && change.partnershipId !== null) {
    const role = change.role as PartnerRole;
    // `since` = now: an organisation that reads from today reads what is told from today (docs/security.md 1.10).
    tx.insert(partnershipMembers)
      .values({ partnershipId: change.partnershipId, organisationId: change.organisationId, role, since: decidedAt })
      .onConflictDoUpdate({
        target: [partnershipMembers.partnershipId, partnershipMembers.organisationId],
        set: { role, since: decidedAt },
      })
      .run();
  }
  // An organisation_member change makes its invitation usable; the membership is made when it is accepted.
  tx.update(accessChanges).set({ status: "applied", decidedAt }).where(eq(accessChanges.id, changeId)).run();
}

function cancelPending(tx: Db, partnershipId: number, organisationId: number, now: Date) {
  tx.update(accessChanges)
    .set({ status: "cancelled", decidedAt: now.toISOString() })
    .where(
      and(
        eq(accessChanges.partnershipId, partnershipId),
        eq(accessChanges.organisationId, organisationId),
        eq(accessChanges.kind, "partnership_role"),
        eq(accessChanges.status, "pending"),
      ),
    )
    .run();
}

/**
 * The partnership form, saved: name, k and removals at once; every added organisation and every changed role
 * becomes a pending change for the partnership's community organisations to approve.
 */
export function changePartnership(by: Person, partnershipId: number, input: PartnershipInput, now = new Date()) {
  return writeTransaction(db(), (tx) => {
    tx.update(partnerships)
      .set({ name: input.name, k: Math.max(MIN_K, input.k), ...(input.reminderDays ? { reminderDays: input.reminderDays } : {}) })
      .where(eq(partnerships.id, partnershipId))
      .run();
    const current = tx.select().from(partnershipMembers).where(eq(partnershipMembers.partnershipId, partnershipId)).all();
    const wanted = new Map(input.members.map((m) => [m.organisationId, m.role]));
    for (const member of current.filter((m) => !wanted.has(m.organisationId))) {
      cancelPending(tx, partnershipId, member.organisationId, now);
      tx.delete(partnershipMembers)
        .where(and(eq(partnershipMembers.partnershipId, partnershipId), eq(partnershipMembers.organisationId, member.organisationId)))
        .run();
    }
    const roleNow = new Map(current.map((m) => [m.organisationId, m.role]));
    const approvers = communityPartnersOf(tx, partnershipId);
    for (const [organisationId, role] of wanted) {
      if (roleNow.get(organisationId) === role) {
        cancelPending(tx, partnershipId, organisationId, now);
        continue;
      }
      const pending = pendingRoleChange(tx, partnershipId, organisationId);
      if (pending?.role === role) continue;
      cancelPending(tx, partnershipId, organisationId, now);
      const change = {
        kind: "partnership_role" as const,
        partnershipId,
        organisationId,
        role,
        previousRole: roleNow.get(organisationId) ?? null,
        askedBy: by.id,
      };
      ask(tx, change, approvers, now, by);
    }
  });
}

function pendingRoleChange(tx: Db, partnershipId: number, organisationId: number) {
  return tx
    .select({ role: accessChanges.role })
    .from(accessChanges)
    .where(
      and(
        eq(accessChanges.partnershipId, partnershipId),
        eq(accessChanges.organisationId, organisationId),
        eq(accessChanges.status, "pending"),
      ),
    )
    .get();
}

/**
 * A new partnership holds no voice yet, so its community partners join at once; its INGO and funder wait for
 * those community partners' coordinators, like any later addition.
 */
export function createPartnershipAsking(by: Person, input: PartnershipInput, now = new Date()): number {
  return writeTransaction(db(), (tx) => {
    const id = tx
      .insert(partnerships)
      .values({ name: input.name, k: Math.max(MIN_K, input.k), reminderDays: input.reminderDays ?? DEFAULT_REMINDER_DAYS })
      .returning({ id: partnerships.id })
      .get().id;
    const community = input.members.filter((m) => m.role === "community_partner");
    if (community.length)
      tx.insert(partnershipMembers)
        .values(community.map((m) => ({ ...m, partnershipId: id, since: now.toISOString() })))
        .run();
    const approvers = community.map((m) => m.organisationId);
    for (const m of input.members.filter((m) => m.role !== "community_partner"))
      ask(
        tx,
        { kind: "partnership_role", partnershipId: id, organisationId: m.organisationId, role: m.role, askedBy: by.id },
        approvers,
        now,
        by,
      );
    return id;
  });
}

/**
 * An invitation into a community organisation is a change like any other. Asked by one of its coordinators,
 * it is approved by asking; an organisation's first coordinator, with nobody to ask, is the one exception.
 */
export function askForMembership(tx: Db, by: Person, invitationId: number, organisationId: number, role: string, now: Date) {
  if (!isCommunityOrganisation(organisationId, tx)) return;
  const change = { kind: "organisation_member" as const, organisationId, role, invitationId, askedBy: by.id };
  if (role === "coordinator" && !hasCoordinator(organisationId, tx)) {
    tx.insert(accessChanges)
      .values({ ...change, askedAt: now.toISOString(), status: "applied", exception: "first_coordinator", decidedAt: now.toISOString() })
      .run();
    return;
  }
  ask(tx, change, [organisationId], now, by);
}

export type InvitationApproval = "none" | "applied" | "pending" | "refused";

/**
 * Whether an invitation may be accepted now. A first-coordinator exception holds only while the organisation
 * still has no coordinator: if one joined meanwhile, the invitation goes back to them to approve.
 */
export function invitationApproval(tx: Db, invitationId: number): InvitationApproval {
  const change = tx.select().from(accessChanges).where(eq(accessChanges.invitationId, invitationId)).get();
  if (!change) return "none";
  if (change.exception === "first_coordinator" && change.status === "applied" && hasCoordinator(change.organisationId, tx)) {
    tx.update(accessChanges).set({ status: "pending", exception: null, decidedAt: null }).where(eq(accessChanges.id, change.id)).run();
    tx.insert(accessChangeApprovals).values({ changeId: change.id, organisationId: change.organisationId }).onConflictDoNothing().run();
    return "pending";
  }
  if (change.status === "applied") return "applied";
  if (change.status === "pending") return "pending";
  return "refused";
}

/** A coordinator answers for their organisation; anything else (not theirs, already answered, gone) is null. */
export function decideChange(by: Person, organisationId: number, changeId: number, decision: Decision, now = new Date()) {
  if (!by.memberships.some((m) => m.organisationId === organisationId && m.role === "coordinator")) return null;
  return writeTransaction(db(), (tx) => {
    const waiting = tx
      .select({ status: accessChanges.status })
      .from(accessChangeApprovals)
      .innerJoin(accessChanges, eq(accessChanges.id, accessChangeApprovals.changeId))
      .where(
        and(
          eq(accessChangeApprovals.changeId, changeId),
          eq(accessChangeApprovals.organisationId, organisationId),
          isNull(accessChangeApprovals.decision),
        ),
      )
      .get();
    if (!waiting || waiting.status !== "pending") return null;
    tx.update(accessChangeApprovals)
      .set({ decision, decidedBy: by.id, decidedAt: now.toISOString() })
      .where(and(eq(accessChangeApprovals.changeId, changeId), eq(accessChangeApprovals.organisationId, organisationId)))
      .run();
    settle(tx, changeId, now);
    return tx.select({ status: accessChanges.status }).from(accessChanges).where(eq(accessChanges.id, changeId)).get()?.status ?? null;
  });
}

/** Changes waiting for this organisation's answer, for the home page's count. */
export function waitingForOrganisations(organisationIds: number[]): number {
  if (organisationIds.length === 0) return 0;
  return db()
    .select({ id: accessChangeApprovals.changeId })
    .from(accessChangeApprovals)
    .innerJoin(accessChanges, eq(accessChanges.id, accessChangeApprovals.changeId))
    .where(
      and(
        inArray(accessChangeApprovals.organisationId, organisationIds),
        isNull(accessChangeApprovals.decision),
        eq(accessChanges.status, "pending"),
      ),
    )
    .all().length;
}
