// Where a signed-in person can tell a story, and what the home page says about stories: answers waiting
// for the teller's rating; for coordinators, stories not yet coded and links still open.
import { and, eq, isNull, sql } from "drizzle-orm";
import { feltHeard, stories, storyAnswers } from "../../../db/schema";
import { db } from "../platform/context.server";
import { partnershipsOfOrganisations } from "../people/partnerships.server";
import type { Person } from "../people/people.server";
import { listRounds, stateAt } from "../rounds/rounds.server";
import { coordinatedOrganisation, storiesToCode } from "./coordination.server";
import { countActiveLinks } from "./links.server";
import type { StoryHome } from "./types";

export type TellingPlace = {
  organisationId: number;
  organisationName: string;
  partnershipId: number;
  partnershipName: string;
  roundId: number;
  roundLabel: string;
};

/** Each organisation of the person that is a community partner, with its partnership's open round. */
export function tellingPlacesFor(person: Person, now = new Date()): TellingPlace[] {
  const places: TellingPlace[] = [];
  for (const m of person.memberships) {
    for (const p of partnershipsOfOrganisations([m.organisationId]).filter((p) => p.role === "community_partner")) {
      const round = listRounds(p.partnershipId).find((r) => stateAt(r.opensAt, r.closesAt, now) === "open");
      if (round)
        places.push({
          organisationId: m.organisationId,
          organisationName: m.organisationName,
          partnershipId: p.partnershipId,
          partnershipName: p.name,
          roundId: round.id,
          roundLabel: round.label,
        });
    }
  }
  return places;
}

function ownCounts(person: Person) {
  const answered = sql`exists (select 1 from ${storyAnswers} a where a.story_id = ${stories.id})`;
  const row = db()
    .select({
      mine: sql<number>`count(*)`,
      toRate: sql<number>`coalesce(sum(case when ${answered} and ${feltHeard.storyId} is null then 1 else 0 end), 0)`,
    })
    .from(stories)
    .leftJoin(feltHeard, eq(feltHeard.storyId, stories.id))
    .where(and(eq(stories.personId, person.id), isNull(stories.withdrawnAt)))
    .get();
  return { mine: Number(row?.mine ?? 0), toRate: Number(row?.toRate ?? 0) };
}

export function storiesForHome(person: Person, now = new Date()): StoryHome {
  const coordinating = person.memberships.flatMap((m) => {
    const organisation = m.role === "coordinator" ? coordinatedOrganisation(person, m.organisationId) : null;
    return organisation
      ? [
          {
            organisationId: organisation.id,
            organisationName: organisation.name,
            toCode: storiesToCode(person, organisation),
            activeLinks: countActiveLinks(organisation.id, now),
          },
        ]
      : [];
  });
  const canTell = tellingPlacesFor(person, now).length > 0;
  const own = ownCounts(person);
  return { canTell, mine: own.mine, toRate: own.toRate, coordinating, show: canTell || own.mine > 0 || coordinating.length > 0 };
}
