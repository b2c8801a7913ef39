// The stories counted in a report's pattern view (docs/decisions/029): the tellers' own signification —
// dimensions touched, how it felt, who held the power — of the round's live stories that this reader may
// read for a report in this status (the consent rule), and only those shared beyond the teller's
// organisation (scope partners or report), as for the themes' counts: a community-scope story leaves no
// trace in a report. No text is opened. reports/story-patterns.ts hides every count under k.
import { and, eq, inArray } from "drizzle-orm";
import { stories } from "../../../db/schema";
import { patternStories } from "../stories/patterns.server";
import type { PatternStory } from "../../../reports/story-patterns";
import { SHARED_SCOPES, storiesVisibleTo } from "../consent.server";
import type { QuoteAccess, QuoteTarget } from "./quotes.server";

export function loadPatternStories(target: QuoteTarget, access: QuoteAccess): PatternStory[] {
  if (access.kind === "none" || target.communityOrganisationIds.length === 0) return [];
  return patternStories(
    and(
      storiesVisibleTo(access.viewer, target.partnershipId, { kind: "report", status: access.status }),
      eq(stories.roundId, target.roundId),
      inArray(stories.scope, [...SHARED_SCOPES]),
      inArray(stories.organisationId, target.communityOrganisationIds),
    )!,
  );
}
