// The voices a joint report quotes to one reader: only stories and rating examples a coordinator of the
// teller's own organisation chose for this round (table quote_choices), still with the teller's `report`
// consent and not withdrawn, and only those the consent module lets this reader read for this report's
// status (docs/security.md 1.1, 6.3; docs/decisions/016). Texts are opened only for the chosen quotes.
import { and, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { narratives, organisations, quoteChoices, responses, stories, storyThemes } from "../../../db/schema";
import type { Quote, QuotePlacement, QuoteTranslation } from "../../../reports/types";
import { mayRead, storiesVisibleTo, voiceFactsOfNarrative, type ReportStatus, type Standing, type Viewer } from "../consent.server";
import { db } from "../platform/context.server";
import { open } from "../platform/sealed-fields.server";
import { quotedTranslationsOf } from "../stories/translations.server";
import { openStoryQuote } from "./story-quote.server";

export type QuoteAccess = { kind: "none" } | { kind: "reader"; viewer: Viewer; standing: Standing; status: ReportStatus };

export type QuoteTarget = { partnershipId: number; roundId: number; communityOrganisationIds: number[] };

const placementColumns = {
  section: quoteChoices.section,
  key: quoteChoices.sectionKey,
  position: quoteChoices.position,
  organisationName: organisations.name,
};

// A choice stands only for a voice of the organisation that chose it, in this round; a theme choice only
// while the story still carries that theme.
const stillTagged = or(
  eq(quoteChoices.section, "dimension"),
  sql`exists (select 1 from ${storyThemes} where ${storyThemes.storyId} = ${stories.id}
    and ${storyThemes.themeId} = cast(${quoteChoices.sectionKey} as integer))`,
);

function chosenStories(target: QuoteTarget, viewer: Viewer, status: ReportStatus) {
  return db()
    .select({
      ...placementColumns,
      id: stories.id,
      textEnc: stories.textEnc,
      signedNameEnc: stories.signedNameEnc,
      attribution: stories.attribution,
      language: stories.language,
    })
    .from(quoteChoices)
    .innerJoin(stories, and(eq(stories.id, quoteChoices.storyId), eq(stories.organisationId, quoteChoices.organisationId)))
    .innerJoin(organisations, eq(organisations.id, stories.organisationId))
    .where(
      and(
        eq(quoteChoices.roundId, target.roundId),
        storiesVisibleTo(viewer, target.partnershipId, { kind: "report", status }),
        eq(stories.roundId, target.roundId),
        eq(stories.scope, "report"),
        // Choosing puts a voice forward; undoing "put forward" anywhere takes it out of every section.
        eq(stories.putForward, true),
        isNotNull(stories.textEnc),
        inArray(stories.organisationId, target.communityOrganisationIds),
        stillTagged,
      ),
    )
    .all();
}

function chosenExamples(target: QuoteTarget, viewer: Viewer, standing: Standing, status: ReportStatus) {
  const rows = db()
    .select({
      ...placementColumns,
      id: narratives.id,
      organisationId: narratives.organisationId,
      tellerPersonId: responses.personId,
      textEnc: narratives.textEnc,
      language: narratives.language,
      createdAt: narratives.createdAt,
    })
    .from(quoteChoices)
    .innerJoin(narratives, and(eq(narratives.id, quoteChoices.narrativeId), eq(narratives.organisationId, quoteChoices.organisationId)))
    .innerJoin(responses, eq(responses.id, narratives.responseId))
    .innerJoin(organisations, eq(organisations.id, narratives.organisationId))
    .where(
      and(
        eq(quoteChoices.roundId, target.roundId),
        isNull(quoteChoices.storyId),
        eq(narratives.roundId, target.roundId),
        eq(narratives.scope, "report"),
        eq(narratives.putForward, true),
        // An example speaks to its own rating's dimension only.
        eq(quoteChoices.section, "dimension"),
        eq(quoteChoices.sectionKey, narratives.dimension),
        inArray(narratives.organisationId, target.communityOrganisationIds),
      ),
    )
    .all();
  const purpose = { kind: "report", status } as const;
  return rows.filter((row) =>
    mayRead(
      viewer,
      voiceFactsOfNarrative({
        organisationId: row.organisationId,
        partnershipId: target.partnershipId,
        personId: row.tellerPersonId,
        scope: "report",
        createdAt: row.createdAt,
      }),
      purpose,
      standing,
    ),
  );
}

type Chosen = {
  id: string;
  kind: Quote["kind"];
  language: string;
  placement: QuotePlacement;
  open: () => { text: string | null; attribution: string | null; translations?: QuoteTranslation[] };
};

/** One Quote per voice, with every place it was chosen for; a text that cannot be opened is no quote. */
function gather(chosen: Chosen[]): Quote[] {
  const byVoice = new Map<string, { first: Chosen; placements: QuotePlacement[] }>();
  for (const choice of chosen) {
    const entry = byVoice.get(choice.id);
    if (entry) entry.placements.push(choice.placement);
    else byVoice.set(choice.id, { first: choice, placements: [choice.placement] });
  }
  return [...byVoice.values()].flatMap(({ first, placements }) => {
    const { text, attribution, translations } = first.open();
    return text ? [{ id: first.id, kind: first.kind, text, language: first.language, attribution, translations, placements }] : [];
  });
}

const placementOf = (row: { section: "dimension" | "theme"; key: string; position: number; organisationName: string }): QuotePlacement => ({
  section: row.section,
  key: row.key,
  position: row.position,
  organisationName: row.organisationName,
});

/** The chosen quotes this reader may see, each opened once however many sections it was chosen for. */
export function loadReportQuotes(target: QuoteTarget, access: QuoteAccess): Quote[] {
  if (access.kind === "none" || target.communityOrganisationIds.length === 0) return [];
  const storyRows = chosenStories(target, access.viewer, access.status);
  const translations = quotedTranslationsOf(storyRows.map((row) => row.id));
  const storyChoices: Chosen[] = storyRows.map((row) => ({
    id: `story:${row.id}`,
    kind: "story",
    language: row.language,
    placement: placementOf(row),
    open: () => openStoryQuote(row, translations),
  }));
  const exampleChoices: Chosen[] = chosenExamples(target, access.viewer, access.standing, access.status).map((row) => ({
    id: `example:${row.id}`,
    kind: "example",
    language: row.language,
    placement: placementOf(row),
    open: () => ({ text: open({ table: "narratives", column: "text" }, row.id, row.textEnc), attribution: null }),
  }));
  return gather([...storyChoices, ...exampleChoices]);
}
