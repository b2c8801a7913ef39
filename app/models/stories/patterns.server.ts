// The pattern view on the community's own pages (docs/decisions/029): the signification of every live story
// of the organisation the coordinator may read (the consent rule, as the story list), added up and hidden
// under the strictest k of the organisation's partnerships — the same builder and marker as the report.
import { eq, type SQL } from "drizzle-orm";
import type { PatternStory } from "../../../reports/story-patterns";
import { organisations, stories } from "../../../db/schema";
import { buildStoryPatterns, type StoryPatterns } from "../../../reports/story-patterns";
import { effectiveK } from "../../../reports/suppress-report";
import { db } from "../platform/context.server";
import { partnershipsOfOrganisations } from "../people/partnerships.server";
import type { Person } from "../people/people.server";
import { organisationStoriesWhere, type CoordinatedOrganisation } from "./coordination.server";

/** The tellers' own signification of the stories `where` admits, with their organisation; never their text. */
export function patternStories(where: SQL): PatternStory[] {
  return db()
    .select({
      organisationId: stories.organisationId,
      organisationName: organisations.name,
      dimensions: stories.dimensions,
      felt: stories.felt,
      power: stories.power,
    })
    .from(stories)
    .innerJoin(organisations, eq(organisations.id, stories.organisationId))
    .where(where)
    .all();
}

export function organisationPatterns(person: Person, organisation: CoordinatedOrganisation): StoryPatterns {
  const rows = patternStories(organisationStoriesWhere(person, organisation));
  const ks = partnershipsOfOrganisations([organisation.id])
    .filter((p) => organisation.partnershipIds.includes(p.partnershipId))
    .map((p) => effectiveK(p.k));
  return buildStoryPatterns([{ id: organisation.id, name: organisation.name }], rows, ks.length ? Math.max(...ks) : effectiveK(null));
}
