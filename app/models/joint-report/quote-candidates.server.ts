// What the coordinator's quote page shows: for each organisation this person coordinates in the report's
// partnership, its voices of the round with the teller's `report` consent (the only ones that may be
// chosen), and what is chosen per dimension and theme, in order. Texts are read as coordinator of the
// teller's own organisation (purpose page), the same as on the coordinator's story pages.
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import { narratives, organisations, quoteChoices, stories, storyThemes, themes } from "../../../db/schema";
import { DIMENSIONS, isDimension } from "../../../surveys/dimensions";
import { storiesVisibleTo } from "../consent.server";
import { db } from "../platform/context.server";
import { open } from "../platform/sealed-fields.server";
import type { Person } from "../people/people.server";
import type { ReportRow } from "./access.server";
import type { Chooser } from "./quote-choices.server";
import type { QuoteChoicePage, QuoteSectionRef, QuoteVoice } from "./types";

// A voice with the row it stands for ("story:12"), kept on the server: the page names it by its public id.
type RowVoice = { row: string; voice: QuoteVoice };

function storyVoices(person: Person, chooser: Chooser, organisationId: number): RowVoice[] {
  const rows = db()
    .select({
      id: stories.id,
      publicId: stories.publicId,
      textEnc: stories.textEnc,
      language: stories.language,
      dimensions: stories.dimensions,
      putForward: stories.putForward,
    })
    .from(stories)
    .where(
      and(
        storiesVisibleTo({ kind: "person", person }, chooser.report.partnershipId),
        eq(stories.organisationId, organisationId),
        eq(stories.roundId, chooser.report.roundId),
        eq(stories.scope, "report"),
        isNotNull(stories.textEnc),
      ),
    )
    .orderBy(asc(stories.createdAt), asc(stories.id))
    .all();
  const tags = rows.length
    ? db()
        .select({ storyId: storyThemes.storyId, themeId: storyThemes.themeId })
        .from(storyThemes)
        .where(
          inArray(
            storyThemes.storyId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  return rows.map((row) => ({
    row: `story:${row.id}`,
    voice: {
      ref: `story:${row.publicId}`,
      kind: "story" as const,
      text: open({ table: "stories", column: "text" }, row.id, row.textEnc) ?? "",
      language: row.language,
      putForward: row.putForward,
      sections: [
        ...row.dimensions.filter(isDimension).map((key): QuoteSectionRef => ({ section: "dimension", key })),
        ...tags.filter((tag) => tag.storyId === row.id).map((tag): QuoteSectionRef => ({ section: "theme", key: String(tag.themeId) })),
      ],
    },
  }));
}

// The coordinator reads every example of their own organisation (docs/security.md 1.1); only `report` ones are offered.
function exampleVoices(chooser: Chooser, organisationId: number): RowVoice[] {
  return db()
    .select({
      id: narratives.id,
      publicId: narratives.publicId,
      textEnc: narratives.textEnc,
      language: narratives.language,
      dimension: narratives.dimension,
      putForward: narratives.putForward,
    })
    .from(narratives)
    .where(
      and(eq(narratives.organisationId, organisationId), eq(narratives.roundId, chooser.report.roundId), eq(narratives.scope, "report")),
    )
    .orderBy(asc(narratives.dimension), asc(narratives.id))
    .all()
    .flatMap((row) =>
      isDimension(row.dimension)
        ? [
            {
              row: `example:${row.id}`,
              voice: {
                ref: `example:${row.publicId}`,
                kind: "example" as const,
                text: open({ table: "narratives", column: "text" }, row.id, row.textEnc) ?? "",
                language: row.language,
                putForward: row.putForward,
                sections: [{ section: "dimension" as const, key: row.dimension }],
              },
            },
          ]
        : [],
    );
}

function choicesOf(chooser: Chooser, organisationId: number) {
  return db()
    .select({
      id: quoteChoices.id,
      section: quoteChoices.section,
      key: quoteChoices.sectionKey,
      position: quoteChoices.position,
      storyId: quoteChoices.storyId,
      narrativeId: quoteChoices.narrativeId,
    })
    .from(quoteChoices)
    .where(and(eq(quoteChoices.roundId, chooser.report.roundId), eq(quoteChoices.organisationId, organisationId)))
    .orderBy(asc(quoteChoices.position), asc(quoteChoices.id))
    .all();
}

export function quoteChoicePage(person: Person, chooser: Chooser<ReportRow>): QuoteChoicePage {
  const themeList = db()
    .select({ id: themes.id, name: themes.name })
    .from(themes)
    .where(eq(themes.partnershipId, chooser.report.partnershipId))
    .orderBy(asc(themes.name), asc(themes.id))
    .all();
  const names = db()
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(inArray(organisations.id, chooser.organisationIds))
    .orderBy(asc(organisations.name))
    .all();
  const sections: QuoteSectionRef[] = [
    ...DIMENSIONS.map((key): QuoteSectionRef => ({ section: "dimension", key })),
    ...themeList.map((theme): QuoteSectionRef => ({ section: "theme", key: String(theme.id) })),
  ];
  return {
    report: {
      id: chooser.report.id,
      status: chooser.report.status,
      roundLabel: chooser.report.roundLabel,
      partnershipName: chooser.report.partnershipName,
    },
    mayChange: chooser.report.status !== "released",
    themes: themeList.map((theme) => ({ key: String(theme.id), name: theme.name })),
    organisations: names.map(({ id, name }) => {
      const rowVoices = [...storyVoices(person, chooser, id), ...exampleVoices(chooser, id)];
      const voices = rowVoices.map((v) => v.voice);
      const byRef = new Map(rowVoices.map((v) => [v.row, v.voice]));
      const choices = choicesOf(chooser, id).flatMap((choice) => {
        const voice = byRef.get(choice.storyId !== null ? `story:${choice.storyId}` : `example:${choice.narrativeId}`);
        // A choice whose voice is withdrawn or narrowed below `report` is quoted nowhere and not shown.
        return voice ? [{ ...choice, voice }] : [];
      });
      return {
        id,
        name,
        sections: sections.map((ref) => ({
          ...ref,
          chosen: choices
            .filter((choice) => choice.section === ref.section && choice.key === ref.key)
            .map((choice) => ({
              choiceId: choice.id,
              ref: choice.voice.ref,
              kind: choice.voice.kind,
              text: choice.voice.text,
              language: choice.voice.language,
            })),
        })),
        voices,
      };
    }),
  };
}
