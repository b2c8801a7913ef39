// The stories on collaboration ties a report shows one reader (docs/decisions/029): stories told about a tie
// of this round, with their teller's `report` consent, still live, and only those the consent rule lets this
// reader read for a report in this status (docs/security.md 1.1, 1.17). They travel as quotes: a frozen
// version keeps references only, and every reader is asked again through the consent rule on each read.
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { organisations, stories } from "../../../db/schema";
import type { TieStory } from "../../../reports/tie-stories";
import { storiesVisibleTo } from "../consent.server";
import { db } from "../platform/context.server";
import { quotedTranslationsOf } from "../stories/translations.server";
import { openStoryQuote } from "./story-quote.server";
import type { QuoteAccess, QuoteTarget } from "./quotes.server";

export function loadTieStories(target: QuoteTarget, access: QuoteAccess): TieStory[] {
  if (access.kind === "none" || target.communityOrganisationIds.length === 0) return [];
  const rows = db()
    .select({
      id: stories.id,
      fromOrgId: stories.organisationId,
      toOrgId: stories.tieOrganisationId,
      textEnc: stories.textEnc,
      signedNameEnc: stories.signedNameEnc,
      attribution: stories.attribution,
      language: stories.language,
      organisationName: organisations.name,
    })
    .from(stories)
    .innerJoin(organisations, eq(organisations.id, stories.organisationId))
    .where(
      and(
        storiesVisibleTo(access.viewer, target.partnershipId, { kind: "report", status: access.status }),
        eq(stories.roundId, target.roundId),
        isNotNull(stories.tieOrganisationId),
        // The report is one text for all its readers: only what its teller let be quoted there.
        eq(stories.scope, "report"),
        isNotNull(stories.textEnc),
        inArray(stories.organisationId, target.communityOrganisationIds),
      ),
    )
    .orderBy(stories.createdAt, stories.id)
    .all();
  const translationsById = quotedTranslationsOf(rows.map((row) => row.id));
  return rows.flatMap((row) => {
    const { text, attribution, translations } = openStoryQuote(row, translationsById);
    if (!text) return [];
    return [
      {
        fromOrgId: row.fromOrgId,
        toOrgId: row.toOrgId!,
        quote: {
          id: `story:${row.id}`,
          kind: "story" as const,
          text,
          language: row.language,
          attribution,
          ...(translations.length ? { translations } : {}),
        },
      },
    ];
  });
}
