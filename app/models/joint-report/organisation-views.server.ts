// Ratings counted for the report's two views of the INGO–community gap: pooled (every community
// organisation together) and per community organisation. The self-reflection asks the INGO about each
// partner (surveys/self-reflection-partners.ts), so an INGO respondent can hold several rows per round,
// dimension and side; the pooled view must still count each person once.
import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { metricValues } from "../../../db/schema";
import type { OrganisationCountRow, OrganisationViewsInput } from "../../../reports/gaps-by-organisation";
import type { ViewCountRow } from "../../../reports/rating-views";
import { db } from "../platform/context.server";

type Member = { organisationId: number; name: string; role: string };

/**
 * Respondents per round, dimension, side and answer, one answer per person. Community ratings (one per
 * person) are counted straight from the covering index metric_values_round. An INGO person's answer is
 * the mean of their ratings of each partner, rounded to a whole rating with halves up (SQLite's round):
 * rounding never flatters the INGO's self-view (docs/decisions, per-organisation view); "don't know" for
 * every partner stays "don't know". A pooled-form answer is its one rating, unchanged.
 */
export function loadPooledViewCounts(roundIds: number[]): ViewCountRow[] {
  const community = db()
    .select({
      roundId: metricValues.roundId,
      dimension: metricValues.dimension,
      perspective: metricValues.perspective,
      value: metricValues.value,
      respondents: sql<number>`count(*)`,
    })
    .from(metricValues)
    .where(and(inArray(metricValues.roundId, roundIds), eq(metricValues.perspective, "community")))
    .groupBy(metricValues.roundId, metricValues.dimension, metricValues.perspective, metricValues.value)
    .all();
  const ingo = db().all<ViewCountRow>(sql`
    select round_id as roundId, dimension, perspective, value, count(*) as respondents
    from (
      select round_id, dimension, perspective, response_id, cast(round(avg(value)) as integer) as value
      from ${metricValues}
      where ${and(inArray(metricValues.roundId, roundIds), ne(metricValues.perspective, "community"))}
      group by round_id, dimension, perspective, response_id
    )
    group by round_id, dimension, perspective, value`);
  return [...community, ...ingo];
}

/** One round's community ratings per respondent organisation, or INGO self-views per organisation rated. */
function countsBy(roundId: number, perspective: "community" | "ingo_self"): OrganisationCountRow[] {
  const organisation = perspective === "community" ? metricValues.organisationId : metricValues.aboutOrganisationId;
  return db()
    .select({
      organisationId: organisation,
      dimension: metricValues.dimension,
      value: metricValues.value,
      respondents: sql<number>`count(*)`,
    })
    .from(metricValues)
    .where(and(eq(metricValues.roundId, roundId), eq(metricValues.perspective, perspective)))
    .groupBy(organisation, metricValues.dimension, metricValues.value)
    .all();
}

/** What reports/gaps-by-organisation.ts needs for the report's round: the partnership's community organisations and their counts. */
export function loadOrganisationViews(roundId: number, members: readonly Member[]): OrganisationViewsInput {
  return {
    organisations: members.filter((m) => m.role === "community_partner").map((m) => ({ id: m.organisationId, name: m.name })),
    community: countsBy(roundId, "community"),
    ingoSelf: countsBy(roundId, "ingo_self"),
  };
}
