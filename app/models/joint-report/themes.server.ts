// The community's themes for the joint report: how many stories of the round each holds. A count is an
// aggregate read by everyone who reads the report, so it counts only live stories their tellers shared
// beyond their organisation (scope partners or report) — a community-scope story leaves no trace in a
// report — and reports/themes.ts hides every count under the partnership's k (docs/decisions/016).
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { stories, storyThemes, themes } from "../../../db/schema";
import type { ThemeCount } from "../../../reports/themes";
import { SHARED_SCOPES } from "../consent.server";
import { db } from "../platform/context.server";

export function loadThemeCounts(partnershipId: number, roundId: number, communityOrganisationIds: number[]): ThemeCount[] {
  const counted = db()
    .select({ themeId: storyThemes.themeId, n: sql<number>`count(*)` })
    .from(storyThemes)
    .innerJoin(stories, eq(stories.id, storyThemes.storyId))
    .where(
      and(
        eq(stories.partnershipId, partnershipId),
        eq(stories.roundId, roundId),
        isNull(stories.withdrawnAt),
        inArray(stories.scope, [...SHARED_SCOPES]),
        inArray(stories.organisationId, communityOrganisationIds),
      ),
    )
    .groupBy(storyThemes.themeId)
    .all();
  const n = new Map(counted.map((row) => [row.themeId, Number(row.n)]));
  return db()
    .select({ id: themes.id, name: themes.name })
    .from(themes)
    .where(eq(themes.partnershipId, partnershipId))
    .orderBy(asc(themes.name), asc(themes.id))
    .all()
    .map((theme) => ({ ...theme, stories: n.get(theme.id) ?? 0 }));
}
