// Actions: "you said, we did". Partnership members (INGO staff and community organisations) see them;
// funders see actions only in released reports. A linked story's text shows only to those the consent
// rule lets read it; everyone else sees how many stories prompted the action, never which.
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { actionDimensions, actions, actionStories, organisations, partnerships, rounds, stories } from "../../../db/schema";
import { mayRead, standingIn, storiesVisibleTo, storyFactColumns, voiceFactsOfStory, type Standing } from "../consent.server";
import { db } from "../platform/context.server";
import { excerptOf } from "./inbox.server";
import { listPartnershipMembers, partnershipsOfOrganisations } from "../people/partnerships.server";
import type { Person } from "../people/people.server";
import { open } from "../platform/sealed-fields.server";
import type { ActionChoiceLists, ActionRow, ActionToConfirm, LinkedStory } from "./types";

export type ActionStanding = { member: boolean; mayEdit: boolean; mayConfirm: boolean; ingoStaff: boolean; standing: Standing };

/** Members see actions; INGO staff and community coordinators make and edit them; coordinators confirm. */
export function actionStandingIn(person: Person, partnershipId: number): ActionStanding {
  const s = standingIn(person, partnershipId);
  const coordinator = s.coordinatorOf.size > 0;
  return {
    member: s.ingoStaff || s.community,
    mayEdit: s.ingoStaff || coordinator,
    mayConfirm: coordinator,
    ingoStaff: s.ingoStaff,
    standing: s,
  };
}

/**
 * Linked stories per action, as far as this person may read them: a count is a read too (a community-scope
 * story must not show up as "one more story" to the INGO), and a withdrawn story counts nowhere.
 */
function linkedStoryCounts(actionIds: number[], person: Person, partnershipId: number) {
  if (actionIds.length === 0) return new Map<number, number>();
  const rows = db()
    .select({ actionId: actionStories.actionId, n: sql<number>`count(*)` })
    .from(actionStories)
    .innerJoin(stories, eq(stories.id, actionStories.storyId))
    .where(and(inArray(actionStories.actionId, actionIds), storiesVisibleTo({ kind: "person", person }, partnershipId)))
    .groupBy(actionStories.actionId)
    .all();
  return new Map(rows.map((r) => [r.actionId, Number(r.n)]));
}

function dimensionsOf(actionIds: number[]) {
  const map = new Map<number, string[]>();
  if (actionIds.length === 0) return map;
  for (const row of db()
    .select()
    .from(actionDimensions)
    .where(inArray(actionDimensions.actionId, actionIds))
    .orderBy(asc(actionDimensions.dimension))
    .all()) {
    map.set(row.actionId, [...(map.get(row.actionId) ?? []), row.dimension]);
  }
  return map;
}

const actionColumns = {
  id: actions.id,
  partnershipId: actions.partnershipId,
  title: actions.title,
  ownerName: organisations.name,
  ownerOrganisationId: actions.ownerOrganisationId,
  dueOn: actions.dueOn,
  status: actions.status,
  roundId: actions.roundId,
  roundLabel: rounds.label,
  communityConfirmation: actions.communityConfirmation,
  confirmationComment: actions.confirmationComment,
  changedAfterVerdictAt: actions.changedAfterVerdictAt,
};

export function listActions(partnershipId: number, person: Person): ActionRow[] {
  const rows = db()
    .select(actionColumns)
    .from(actions)
    .innerJoin(organisations, eq(organisations.id, actions.ownerOrganisationId))
    .innerJoin(rounds, eq(rounds.id, actions.roundId))
    .where(eq(actions.partnershipId, partnershipId))
    .orderBy(
      sql`case ${actions.status} when 'started' then 0 when 'proposed' then 1 when 'done' then 2 else 3 end`,
      sql`${actions.dueOn} is null`,
      asc(actions.dueOn),
      desc(actions.id),
    )
    .all();
  const ids = rows.map((r) => r.id);
  const counts = linkedStoryCounts(ids, person, partnershipId);
  const dimensions = dimensionsOf(ids);
  return rows.map(({ partnershipId: _p, ownerOrganisationId: _o, roundId: _r, ...row }) => ({
    ...row,
    dimensions: dimensions.get(row.id) ?? [],
    storyCount: counts.get(row.id) ?? 0,
  }));
}

export function getAction(actionId: number, person: Person) {
  const row = db()
    .select(actionColumns)
    .from(actions)
    .innerJoin(organisations, eq(organisations.id, actions.ownerOrganisationId))
    .innerJoin(rounds, eq(rounds.id, actions.roundId))
    .where(eq(actions.id, actionId))
    .get();
  if (!row) return null;
  return {
    ...row,
    dimensions: dimensionsOf([actionId]).get(actionId) ?? [],
    storyCount: linkedStoryCounts([actionId], person, row.partnershipId).get(actionId) ?? 0,
  };
}

/** The linked stories this person may read, with an excerpt; the others stay a count. */
export function linkedStoriesReadableBy(person: Person, actionId: number, partnershipId: number, standing: Standing): LinkedStory[] {
  const rows = db()
    .select({ ...storyFactColumns, publicId: stories.publicId, textEnc: stories.textEnc, roundLabel: rounds.label })
    .from(actionStories)
    .innerJoin(stories, eq(stories.id, actionStories.storyId))
    .innerJoin(rounds, eq(rounds.id, stories.roundId))
    .where(and(eq(actionStories.actionId, actionId), eq(stories.partnershipId, partnershipId)))
    .orderBy(asc(stories.id))
    .all();
  const readable = rows.filter((r) => mayRead({ kind: "person", person }, voiceFactsOfStory(r), { kind: "page" }, standing));
  return readable.map((r) => ({
    id: r.publicId,
    roundLabel: r.roundLabel,
    excerpt: excerptOf(open({ table: "stories", column: "text" }, r.id, r.textEnc), 160),
  }));
}

/** Stories this person may link to an action: the ones the consent rule lets them read, newest first. */
export function linkableStories(person: Person, partnershipId: number) {
  return db()
    .select({ id: stories.id, publicId: stories.publicId, roundId: stories.roundId, textEnc: stories.textEnc, roundLabel: rounds.label })
    .from(stories)
    .innerJoin(rounds, eq(rounds.id, stories.roundId))
    .where(storiesVisibleTo({ kind: "person", person }, partnershipId))
    .orderBy(desc(stories.createdAt), desc(stories.id))
    .all()
    .map((r) => ({
      id: r.id,
      publicId: r.publicId,
      roundId: r.roundId,
      roundLabel: r.roundLabel,
      excerpt: excerptOf(open({ table: "stories", column: "text" }, r.id, r.textEnc), 100),
    }));
}

/**
 * Owners, rounds and stories the form offers, and the round a new action belongs to by default: the
 * round of the story it is made from, else the open round, else the latest; owned by the editor's organisation.
 */
export function actionFormChoices(
  person: Person,
  partnershipId: number,
  fromStoryId: number | null = null,
): ActionChoiceLists & { defaults: { owner: string; round: string; stories: string[] } } {
  const roundRows = db()
    .select({ id: rounds.id, label: rounds.label, state: rounds.state })
    .from(rounds)
    .where(eq(rounds.partnershipId, partnershipId))
    .orderBy(desc(rounds.opensAt))
    .all();
  const begun = roundRows.filter((r) => r.state !== "scheduled");
  const storyRows = linkableStories(person, partnershipId);
  const fromStory = storyRows.find((s) => s.id === fromStoryId) ?? null;
  const defaultRound = fromStory?.roundId ?? begun.find((r) => r.state === "open")?.id ?? begun[0]?.id ?? null;
  const owners = listPartnershipMembers(partnershipId).map((m) => ({ id: m.organisationId, name: m.name }));
  const ownOrganisation = person.memberships.find((m) => owners.some((o) => o.id === m.organisationId))?.organisationId;
  return {
    owners,
    rounds: begun.map((r) => ({ id: r.id, label: r.label })),
    stories: storyRows.map(({ roundId: _r, id: _id, publicId, ...s }) => ({ ...s, id: publicId })),
    defaults: {
      owner: ownOrganisation ? String(ownOrganisation) : "",
      round: defaultRound === null ? "" : String(defaultRound),
      stories: fromStory ? [fromStory.publicId] : [],
    },
  };
}

/** For a community coordinator's home: actions marked done that still wait for the community's word. */
export function actionsForHome(person: Person): ActionToConfirm[] | null {
  const coordinated = person.memberships.filter((m) => m.role === "coordinator").map((m) => m.organisationId);
  const partnershipIds = [
    ...new Set(
      partnershipsOfOrganisations(coordinated)
        .filter((p) => p.role === "community_partner")
        .map((p) => p.partnershipId),
    ),
  ];
  if (partnershipIds.length === 0) return null;
  return db()
    .select({ id: actions.id, title: actions.title, partnershipName: partnerships.name })
    .from(actions)
    .innerJoin(partnerships, eq(partnerships.id, actions.partnershipId))
    .where(and(inArray(actions.partnershipId, partnershipIds), eq(actions.status, "done"), isNull(actions.communityConfirmation)))
    .orderBy(asc(actions.id))
    .all();
}
