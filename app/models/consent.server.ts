// THE consent check (docs/security.md 1.1, 1.8, 1.10, 1.11, 6.3). Every read of a story or a narrative answer — page, inbox, count,
// search, report, export — asks this module. Nothing else decides who may read community voice.
//
//   scope       who may read it
//   community   the teller, and the coordinators of the teller's organisation
//   partners    also the staff of the INGO organisations that were in the story's partnership when it
//               was told (the form names them); an organisation that joins later reads only newer voice;
//               and the member the coordinators named translator, for stories told since (docs/security.md 1.19)
//   report      also quoted in the joint report: there, once the report is in review, the people of every
//               community partner read it too, and funders once it is released (docs/decisions/016)
//
// A facilitator reads nothing by role. A withdrawn story is readable by nobody: its text is gone.
import { and, eq, gte, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { narratives, partnershipMembers, responses, rounds, stories, type ConsentScope } from "../../db/schema";
import { db } from "./platform/context.server";
import type { Person } from "./people/people.server";
import type { PartnerRole } from "./people/partnerships.server";

export type Viewer =
  | { kind: "person"; person: Person }
  // Holder of a receipt code: exactly one story, nothing else.
  | { kind: "receipt"; storyId: number }
  | { kind: "anonymous" };

export type ReportStatus = "draft" | "review" | "released";

/** The facts about one story or narrative the rule needs; nothing about its text. */
export type VoiceFacts = {
  storyId?: number;
  organisationId: number;
  partnershipId: number;
  tellerPersonId: number | null;
  scope: ConsentScope;
  withdrawn: boolean;
  /** When the voice was given: the INGO organisations present then are the ones the consent named. */
  toldAt: string;
};

/** `translate`: the translator's desk, the one place a named translator reads (docs/security.md 1.19). */
export type Purpose = { kind: "page" } | { kind: "translate" } | { kind: "report"; status: ReportStatus };
export const TRANSLATING: Purpose = { kind: "translate" };

/** The scopes in which a teller shares a story with the INGO of its partnership. */
export const SHARED_SCOPES: readonly ConsentScope[] = ["partners", "report"];

/** The story columns the rule needs: select these, then hand the row to voiceFactsOfStory. */
export const storyFactColumns = {
  id: stories.id,
  organisationId: stories.organisationId,
  partnershipId: stories.partnershipId,
  personId: stories.personId,
  scope: stories.scope,
  withdrawnAt: stories.withdrawnAt,
  createdAt: stories.createdAt,
};

type StoryFactRow = {
  id: number;
  organisationId: number;
  partnershipId: number;
  personId: number | null;
  scope: ConsentScope;
  withdrawnAt: unknown;
  createdAt: string;
};

/** A story row as the rule sees it: who told it where, with which consent, and whether it is withdrawn. */
export function voiceFactsOfStory(row: StoryFactRow): VoiceFacts {
  return {
    storyId: row.id,
    organisationId: row.organisationId,
    partnershipId: row.partnershipId,
    tellerPersonId: row.personId,
    scope: row.scope,
    withdrawn: row.withdrawnAt !== null,
    toldAt: row.createdAt,
  };
}

/** An example given with a rating, as the rule sees it: its answer's person is the teller; it is never withdrawn alone. */
export function voiceFactsOfNarrative(row: {
  organisationId: number;
  partnershipId: number;
  personId: number | null;
  scope: ConsentScope;
  createdAt: string;
}): VoiceFacts {
  return {
    organisationId: row.organisationId,
    partnershipId: row.partnershipId,
    tellerPersonId: row.personId,
    scope: row.scope,
    withdrawn: false,
    toldAt: row.createdAt,
  };
}

/** What the rule needs to know about one story; null when there is no such story. */
export function storyFacts(storyId: number): VoiceFacts | null {
  const row = db().select(storyFactColumns).from(stories).where(eq(stories.id, storyId)).get();
  return row ? voiceFactsOfStory(row) : null;
}

/**
 * The viewer's standing in one partnership, worked out once per request. `ingoSince` is the earliest moment
 * one of the viewer's organisations became the INGO partner: shared voice from before it is not theirs.
 */
export type Standing = {
  coordinatorOf: Set<number>;
  ingoStaff: boolean;
  ingoSince: string | null;
  funder: boolean;
  community: boolean;
  /** Community organisations of this partnership whose translator the viewer is, with the moment they were named. */
  translatorSince: Map<number, string>;
  /** The role in this partnership of each of the viewer's own organisations that belongs to it. */
  roleOf: ReadonlyMap<number, PartnerRole>;
};

export function standingIn(person: Person, partnershipId: number): Standing {
  const orgIds = person.memberships.map((m) => m.organisationId);
  const roles = orgIds.length
    ? db()
        .select({ organisationId: partnershipMembers.organisationId, role: partnershipMembers.role, since: partnershipMembers.since })
        .from(partnershipMembers)
        .where(and(eq(partnershipMembers.partnershipId, partnershipId), inArray(partnershipMembers.organisationId, orgIds)))
        .all()
    : [];
  const roleOf = new Map(roles.map((r) => [r.organisationId, r.role]));
  const ingoSince = roles
    .filter((r) => r.role === "ingo_partner")
    .map((r) => r.since)
    .sort()[0];
  return {
    coordinatorOf: new Set(
      person.memberships
        .filter((m) => m.role === "coordinator" && roleOf.get(m.organisationId) === "community_partner")
        .map((m) => m.organisationId),
    ),
    ingoStaff: ingoSince !== undefined,
    ingoSince: ingoSince ?? null,
    funder: roles.some((r) => r.role === "funder"),
    community: roles.some((r) => r.role === "community_partner"),
    translatorSince: new Map(
      person.memberships
        .filter((m) => m.translatorSince !== null && roleOf.get(m.organisationId) === "community_partner")
        .map((m) => [m.organisationId, m.translatorSince!]),
    ),
    roleOf,
  };
}

/** May this viewer read this voice, for this purpose? The single rule, as a pure decision. */
export function mayRead(viewer: Viewer, voice: VoiceFacts, purpose: Purpose, standing?: Standing): boolean {
  if (voice.withdrawn) return false;
  if (viewer.kind === "anonymous") return false;
  if (viewer.kind === "receipt") return voice.storyId !== undefined && viewer.storyId === voice.storyId;
  const person = viewer.person;
  if (voice.tellerPersonId !== null && voice.tellerPersonId === person.id) return true;
  const s = standing ?? standingIn(person, voice.partnershipId);
  if (s.coordinatorOf.has(voice.organisationId)) return true;
  if (s.ingoSince !== null && SHARED_SCOPES.includes(voice.scope) && voice.toldAt >= s.ingoSince) return true;
  if (voice.scope === "report" && readsAsReportQuote(s, purpose)) return true;
  if (voice.storyId !== undefined && readsAsTranslator(s, voice, purpose)) return true;
  return false;
}

/**
 * The organisation's translator reads its shared stories told since they were named, on the translator's desk
 * only (purpose `translate`: no inbox, action, agenda or count widens through it), to put them into another
 * language: the consent text names "a translator your coordinators name" for exactly these
 * scopes. Examples given with ratings are not translated, so they are not read (docs/decisions/032).
 */
function readsAsTranslator(s: Standing, voice: VoiceFacts, purpose: Purpose): boolean {
  const since = s.translatorSince.get(voice.organisationId);
  return purpose.kind === "translate" && since !== undefined && SHARED_SCOPES.includes(voice.scope) && voice.toldAt >= since;
}

/**
 * A `report` voice chosen for the joint report is meant for everyone who reads that report: the people of
 * every community partner from review on (they review exactly what funders will read), funders once
 * released. Only for purpose `report`: no page, inbox or count widens (docs/decisions/016).
 */
function readsAsReportQuote(s: Standing, purpose: Purpose): boolean {
  if (purpose.kind !== "report") return false;
  if (s.community && purpose.status !== "draft") return true;
  return s.funder && purpose.status === "released";
}

/** The columns of one table of voice the SQL form of the rule reads: stories, or narratives joined to their response and round. */
type VoiceColumns = {
  partnershipId: SQLiteColumn;
  tellerPersonId: SQLiteColumn;
  organisationId: SQLiteColumn;
  scope: SQLiteColumn;
  toldAt: SQLiteColumn;
  /** Stories can be read by a translator; examples given with ratings cannot. */
  translated: boolean;
};

/** mayRead for a person, as SQL over any table of voice: one rule, whichever table holds the words. */
function personMayReadSql(person: Person, partnershipId: number, purpose: Purpose, c: VoiceColumns): SQL {
  const s = standingIn(person, partnershipId);
  const allowed: SQL[] = [eq(c.tellerPersonId, person.id)];
  if (s.coordinatorOf.size) allowed.push(inArray(c.organisationId, [...s.coordinatorOf]));
  if (s.ingoSince !== null) allowed.push(and(inArray(c.scope, [...SHARED_SCOPES]), gte(c.toldAt, s.ingoSince))!);
  if (readsAsReportQuote(s, purpose)) allowed.push(eq(c.scope, "report"));
  if (c.translated && purpose.kind === "translate") {
    for (const [organisationId, since] of s.translatorSince) {
      allowed.push(and(eq(c.organisationId, organisationId), inArray(c.scope, [...SHARED_SCOPES]), gte(c.toldAt, since))!);
    }
  }
  return and(eq(c.partnershipId, partnershipId), or(...allowed))!;
}

/**
 * The same rule as SQL over the stories table, for lists and counts (an inbox must not load every story to
 * filter it). tests/integration/consent.test.ts checks it agrees with mayRead on every combination.
 */
export function storiesVisibleTo(viewer: Viewer, partnershipId: number, purpose: Purpose = { kind: "page" }): SQL {
  const live = and(eq(stories.partnershipId, partnershipId), isNull(stories.withdrawnAt));
  if (viewer.kind === "anonymous") return sql`0`;
  if (viewer.kind === "receipt") return and(live, eq(stories.id, viewer.storyId))!;
  const columns = {
    partnershipId: stories.partnershipId,
    tellerPersonId: stories.personId,
    organisationId: stories.organisationId,
    scope: stories.scope,
    toldAt: stories.createdAt,
    translated: true,
  };
  return and(live, personMayReadSql(viewer.person, partnershipId, purpose, columns))!;
}

/**
 * The rule as SQL over examples given with ratings (docs/security.md 1.11). The query must join `responses`
 * (the teller) and `rounds` (the partnership). A receipt opens a story, never an example.
 */
export function narrativesVisibleTo(viewer: Viewer, partnershipId: number, purpose: Purpose = { kind: "page" }): SQL {
  if (viewer.kind !== "person") return sql`0`;
  const columns = {
    partnershipId: rounds.partnershipId,
    tellerPersonId: responses.personId,
    organisationId: narratives.organisationId,
    scope: narratives.scope,
    toldAt: narratives.createdAt,
    translated: false,
  };
  return personMayReadSql(viewer.person, partnershipId, purpose, columns);
}
