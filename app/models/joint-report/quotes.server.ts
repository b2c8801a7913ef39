// The voices a joint report may quote to one reader: stories and examples of the round's community
// partners, with the teller's `report` consent, that the consent module lets this reader read for this
// report's status (docs/security.md 1.1, 6.3). Texts are opened only for the few quotes the report will show.
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { narratives, organisations, responses, stories } from "../../../db/schema";
import { chooseQuotes } from "../../../reports/quotes";
import type { Quote } from "../../../reports/types";
import { mayRead, storiesVisibleTo, voiceFactsOfNarrative, type ReportStatus, type Standing, type Viewer } from "../consent.server";
import { db } from "../platform/context.server";
import { open } from "../platform/sealed-fields.server";

export type QuoteAccess = { kind: "none" } | { kind: "reader"; viewer: Viewer; standing: Standing; status: ReportStatus };

export type QuoteTarget = { partnershipId: number; roundId: number; communityOrganisationIds: number[] };

type Candidate = { quote: Quote; openText: () => string | null; openAttribution: () => string | null };

function storyCandidates(target: QuoteTarget, viewer: Viewer, status: ReportStatus): Candidate[] {
  const rows = db()
    .select({
      id: stories.id,
      textEnc: stories.textEnc,
      signedNameEnc: stories.signedNameEnc,
      attribution: stories.attribution,
      organisationName: organisations.name,
      language: stories.language,
      dimensions: stories.dimensions,
      putForward: stories.putForward,
      createdAt: stories.createdAt,
    })
    .from(stories)
    .innerJoin(organisations, eq(organisations.id, stories.organisationId))
    .where(
      and(
        storiesVisibleTo(viewer, target.partnershipId, { kind: "report", status }),
        eq(stories.roundId, target.roundId),
        eq(stories.scope, "report"),
        isNotNull(stories.textEnc),
        inArray(stories.organisationId, target.communityOrganisationIds),
      ),
    )
    .all();
  return rows.map((row) => ({
    quote: {
      id: `story:${row.id}`,
      kind: "story",
      dimension: null,
      dimensions: row.dimensions,
      text: "",
      language: row.language,
      attribution: null,
      putForward: row.putForward,
      createdAt: row.createdAt,
    },
    openText: () => open({ table: "stories", column: "text" }, row.id, row.textEnc),
    // The teller's choice: anonymous names no one, not even the organisation.
    openAttribution: () =>
      row.attribution === "organisation"
        ? row.organisationName
        : row.attribution === "name"
          ? open({ table: "stories", column: "signed_name" }, row.id, row.signedNameEnc)
          : null,
  }));
}

/** Examples given with a rating: each read through mayRead with the reader's standing, worked out once. */
function exampleCandidates(target: QuoteTarget, viewer: Viewer, standing: Standing, status: ReportStatus): Candidate[] {
  const rows = db()
    .select({
      id: narratives.id,
      organisationId: narratives.organisationId,
      tellerPersonId: responses.personId,
      dimension: narratives.dimension,
      textEnc: narratives.textEnc,
      language: narratives.language,
      putForward: narratives.putForward,
      createdAt: narratives.createdAt,
    })
    .from(narratives)
    .innerJoin(responses, eq(responses.id, narratives.responseId))
    .where(
      and(
        eq(narratives.roundId, target.roundId),
        eq(narratives.scope, "report"),
        isNotNull(narratives.dimension),
        inArray(narratives.organisationId, target.communityOrganisationIds),
      ),
    )
    .all();
  const purpose = { kind: "report", status } as const;
  return rows
    .filter((row) =>
      mayRead(
        viewer,
        voiceFactsOfNarrative({
          organisationId: row.organisationId,
          partnershipId: target.partnershipId,
          personId: row.tellerPersonId,
          scope: "report",
        }),
        purpose,
        standing,
      ),
    )
    .map((row) => ({
      quote: {
        id: `example:${row.id}`,
        kind: "example",
        dimension: row.dimension,
        dimensions: [],
        text: "",
        language: row.language,
        attribution: null,
        putForward: row.putForward,
        createdAt: row.createdAt,
      },
      openText: () => open({ table: "narratives", column: "text" }, row.id, row.textEnc),
      openAttribution: () => null,
    }));
}

/**
 * The quotes this reader may see, narrowed to the ones the report will show: chooseQuotes depends on
 * everything but the text, so choosing first and opening afterwards gives the same report while opening a
 * handful of texts instead of every example of the round.
 */
export function loadReportQuotes(target: QuoteTarget, access: QuoteAccess): Quote[] {
  if (access.kind === "none" || target.communityOrganisationIds.length === 0) return [];
  const candidates = [
    ...storyCandidates(target, access.viewer, access.status),
    ...exampleCandidates(target, access.viewer, access.standing, access.status),
  ];
  const shown = new Set<string>();
  for (const chosen of chooseQuotes(candidates.map((c) => c.quote)).values())
    if (!chosen.none) for (const q of chosen.quotes) shown.add(q.id);
  return candidates.flatMap((candidate) => {
    if (!shown.has(candidate.quote.id)) return [];
    const text = candidate.openText();
    return text ? [{ ...candidate.quote, text, attribution: candidate.openAttribution() }] : [];
  });
}
