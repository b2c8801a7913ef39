// A coordinator names a member of their community organisation its translator (docs/decisions/032,
// docs/security.md 1.19). Naming one widens who reads the organisation's shared stories, so it is the
// community's own act: only its coordinators do it, it is recorded among the organisation's access changes,
// and it reaches only stories told from that moment, whose consent text names the translator.
import { and, eq } from "drizzle-orm";
import { accessChangeApprovals, accessChanges, memberships } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { db } from "../platform/context.server";
import { isCommunityOrganisation } from "./access-changes.server";
import { isCoordinatorOf, type Person } from "./people.server";

export type NameTranslatorResult = { ok: true } | { ok: false; error: "translator.error.person" } | { ok: false; notFound: true };

/** May this person name or un-name the organisation's translators? Its coordinators, of a community organisation. */
export function mayNameTranslators(person: Person, organisationId: number): boolean {
  return isCoordinatorOf(person, organisationId) && isCommunityOrganisation(organisationId);
}

/**
 * Names (or stops naming) one member the organisation's translator. Only a plain member can be named: a
 * coordinator already reads and translates. Naming again starts from now, so nothing older is reopened.
 */
export function setTranslator(
  by: Person,
  organisationId: number,
  personId: number,
  named: boolean,
  now = new Date(),
): NameTranslatorResult {
  if (!mayNameTranslators(by, organisationId)) return { ok: false, notFound: true };
  return writeTransaction(db(), (tx): NameTranslatorResult => {
    const membership = tx
      .select({ role: memberships.role, translatorSince: memberships.translatorSince })
      .from(memberships)
      .where(and(eq(memberships.personId, personId), eq(memberships.organisationId, organisationId)))
      .get();
    if (!membership || membership.role !== "member") return { ok: false, error: "translator.error.person" };
    if ((membership.translatorSince !== null) === named) return { ok: true };
    const at = now.toISOString();
    tx.update(memberships)
      .set({ translatorSince: named ? at : null })
      .where(and(eq(memberships.personId, personId), eq(memberships.organisationId, organisationId)))
      .run();
    const changeId = tx
      .insert(accessChanges)
      .values({
        kind: "translator",
        organisationId,
        role: named ? "translator" : "member",
        previousRole: named ? "member" : "translator",
        subjectPersonId: personId,
        askedBy: by.id,
        askedAt: at,
        status: "applied",
        decidedAt: at,
      })
      .returning({ id: accessChanges.id })
      .get().id;
    tx.insert(accessChangeApprovals).values({ changeId, organisationId, decision: "approved", decidedBy: by.id, decidedAt: at }).run();
    return { ok: true };
  });
}
