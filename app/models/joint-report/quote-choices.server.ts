// The quotes the community chooses for a round's joint report (docs/decisions/016). Only a coordinator of
// the teller's own organisation chooses, orders or takes back a voice of that organisation, with the
// teller's `report` consent and not withdrawn; the INGO, the facilitator and funders cannot (they may ask in
// a review comment). Choosing puts the voice forward; taking it back from its last section undoes that.
import { and, eq, gt, inArray, isNull, lt, max, sql } from "drizzle-orm";
import { narratives, quoteChoices, rounds, stories, storyThemes, themes } from "../../../db/schema";
import { writeTransaction } from "../../../db/client";
import { QUOTES_PER_DIMENSION } from "../../../reports/quotes";
import { isDimension } from "../../../surveys/dimensions";
import { standingIn, type ReportStatus } from "../consent.server";
import { db } from "../platform/context.server";
import type { Person } from "../people/people.server";
import { requireReport, type ReportRow } from "./access.server";
import { narrativeRowOf, storyRowOf } from "../stories/public-ids.server";

export type ChoiceResult =
  | { ok: true }
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "released" }
  | { ok: false; reason: "invalid"; errors: Record<string, string> };

/** The round choices are for, and the report's status: null while the round has no report yet (the demo seed). */
export type ChoiceRound = Pick<ReportRow, "roundId" | "partnershipId"> & { status: ReportStatus | null };
/** Who chooses: the community partner organisations this person coordinates in the round's partnership. */
export type Chooser<R extends ChoiceRound = ChoiceRound> = { report: R; organisationIds: number[] };

/** The report (404 for whoever may not see it) and the organisations this person chooses for; 403 for everyone else. */
export function chooserOf(person: Person, reportId: number): Chooser<ReportRow> | { refused: "forbidden" } {
  const { report, reader } = requireReport(person, reportId);
  const organisationIds = [...reader.standing.coordinatorOf];
  return organisationIds.length ? { report, organisationIds } : { refused: "forbidden" };
}

/** Choosing before the round's report exists (the demo seed): the same rules, from the person's standing. */
export function chooserForRound(person: Person, roundId: number): Chooser | null {
  const round = db().select({ partnershipId: rounds.partnershipId }).from(rounds).where(eq(rounds.id, roundId)).get();
  if (!round) return null;
  const organisationIds = [...standingIn(person, round.partnershipId).coordinatorOf];
  return organisationIds.length ? { report: { roundId, partnershipId: round.partnershipId, status: null }, organisationIds } : null;
}

type Section = { section: "dimension" | "theme"; key: string };
type Voice = { storyId: number | null; narrativeId: number | null; organisationId: number; scope: string; sections: Section[] };

const idOf = (text: string | undefined) => (text && /^[1-9][0-9]{0,14}$/.test(text) ? Number(text) : null);

export function parseSection(value: string): Section | null {
  const [section, key] = value.split(":");
  if (section === "dimension" && isDimension(key)) return { section, key };
  if (section === "theme" && idOf(key) !== null) return { section, key };
  return null;
}

/** A live voice of this round told in one of `organisationIds`, and the sections it may be quoted in; null otherwise. */
function voiceOf(ref: string, chooser: Chooser): Voice | null {
  // The form names a voice by its public id (docs/security.md 1.12): "story:<public id>" or "example:<public id>".
  const [kind, publicId] = ref.split(":");
  const id = kind === "story" ? storyRowOf(publicId) : kind === "example" ? narrativeRowOf(publicId) : null;
  if (id === null) return null;
  const mine = chooser.organisationIds;
  if (kind === "story") {
    const story = db()
      .select({ organisationId: stories.organisationId, scope: stories.scope, dimensions: stories.dimensions })
      .from(stories)
      .where(
        and(
          eq(stories.id, id),
          eq(stories.roundId, chooser.report.roundId),
          inArray(stories.organisationId, mine),
          isNull(stories.withdrawnAt),
        ),
      )
      .get();
    if (!story) return null;
    const tagged = db().select({ themeId: storyThemes.themeId }).from(storyThemes).where(eq(storyThemes.storyId, id)).all();
    const sections: Section[] = [
      ...story.dimensions.filter(isDimension).map((key) => ({ section: "dimension" as const, key })),
      ...tagged.map((row) => ({ section: "theme" as const, key: String(row.themeId) })),
    ];
    return { storyId: id, narrativeId: null, organisationId: story.organisationId, scope: story.scope, sections };
  }
  if (kind === "example") {
    const example = db()
      .select({ organisationId: narratives.organisationId, scope: narratives.scope, dimension: narratives.dimension })
      .from(narratives)
      .where(and(eq(narratives.id, id), eq(narratives.roundId, chooser.report.roundId), inArray(narratives.organisationId, mine)))
      .get();
    if (!example || !isDimension(example.dimension)) return null;
    return {
      storyId: null,
      narrativeId: id,
      organisationId: example.organisationId,
      scope: example.scope,
      sections: [{ section: "dimension", key: example.dimension }],
    };
  }
  return null;
}

const sameVoice = (voice: Pick<Voice, "storyId" | "narrativeId">) =>
  voice.storyId !== null
    ? eq(quoteChoices.storyId, voice.storyId)
    : and(isNull(quoteChoices.storyId), eq(quoteChoices.narrativeId, voice.narrativeId!));

function setPutForward(voice: Pick<Voice, "storyId" | "narrativeId">, on: boolean) {
  if (voice.storyId !== null) db().update(stories).set({ putForward: on }).where(eq(stories.id, voice.storyId)).run();
  else db().update(narratives).set({ putForward: on }).where(eq(narratives.id, voice.narrativeId!)).run();
}

/** Adds a voice at the end of its organisation's choices for one section; choosing it again changes nothing. */
export function chooseQuote(person: Person, chooser: Chooser, fields: { voice: string; section: string }): ChoiceResult {
  if (chooser.report.status === "released") return { ok: false, reason: "released" };
  const voice = voiceOf(fields.voice, chooser);
  if (!voice) return { ok: false, reason: "not_found" };
  if (voice.scope !== "report") return { ok: false, reason: "invalid", errors: { voice: "quotes.error.not_report" } };
  const section = parseSection(fields.section);
  if (!section || !voice.sections.some((s) => s.section === section.section && s.key === section.key))
    return { ok: false, reason: "invalid", errors: { section: "quotes.error.section" } };
  if (section.section === "theme") {
    const theme = db()
      .select({ id: themes.id })
      .from(themes)
      .where(and(eq(themes.id, Number(section.key)), eq(themes.partnershipId, chooser.report.partnershipId)))
      .get();
    if (!theme) return { ok: false, reason: "invalid", errors: { section: "quotes.error.section" } };
  }
  const inSection = and(
    eq(quoteChoices.roundId, chooser.report.roundId),
    eq(quoteChoices.organisationId, voice.organisationId),
    eq(quoteChoices.section, section.section),
    eq(quoteChoices.sectionKey, section.key),
  );
  return writeTransaction(db(), (): ChoiceResult => {
    if (
      db()
        .select({ id: quoteChoices.id })
        .from(quoteChoices)
        .where(and(inSection, sameVoice(voice)))
        .get()
    )
      return { ok: true };
    const taken = db()
      .select({ n: sql<number>`count(*)`, last: max(quoteChoices.position) })
      .from(quoteChoices)
      .where(inSection)
      .get();
    if (Number(taken?.n ?? 0) >= QUOTES_PER_DIMENSION) return { ok: false, reason: "invalid", errors: { section: "quotes.error.full" } };
    db()
      .insert(quoteChoices)
      .values({
        roundId: chooser.report.roundId,
        organisationId: voice.organisationId,
        ...section,
        sectionKey: section.key,
        storyId: voice.storyId,
        narrativeId: voice.narrativeId,
        position: (taken?.last ?? 0) + 1,
        chosenBy: person.id,
      })
      .run();
    setPutForward(voice, true);
    return { ok: true };
  });
}

/** One of this chooser's choices for the report's round, or null: another organisation's is the same as none. */
function choiceOf(chooser: Chooser, choiceId: string) {
  const id = idOf(choiceId);
  if (id === null) return null;
  return (
    db()
      .select()
      .from(quoteChoices)
      .where(
        and(
          eq(quoteChoices.id, id),
          eq(quoteChoices.roundId, chooser.report.roundId),
          inArray(quoteChoices.organisationId, chooser.organisationIds),
        ),
      )
      .get() ?? null
  );
}

const sectionOf = (choice: typeof quoteChoices.$inferSelect) =>
  and(
    eq(quoteChoices.roundId, choice.roundId),
    eq(quoteChoices.organisationId, choice.organisationId),
    eq(quoteChoices.section, choice.section),
    eq(quoteChoices.sectionKey, choice.sectionKey),
  );

/** Takes a quote back from one section (allowed even after release: the frozen version decides what stays). */
export function takeBackQuote(chooser: Chooser, choiceId: string): ChoiceResult {
  const choice = choiceOf(chooser, choiceId);
  if (!choice) return { ok: false, reason: "not_found" };
  return writeTransaction(db(), (): ChoiceResult => {
    db().delete(quoteChoices).where(eq(quoteChoices.id, choice.id)).run();
    db()
      .update(quoteChoices)
      .set({ position: sql`${quoteChoices.position} - 1` })
      .where(and(sectionOf(choice), gt(quoteChoices.position, choice.position)))
      .run();
    const voice = { storyId: choice.storyId, narrativeId: choice.narrativeId };
    const stillChosen = db()
      .select({ id: quoteChoices.id })
      .from(quoteChoices)
      .where(and(eq(quoteChoices.roundId, choice.roundId), sameVoice(voice)))
      .get();
    if (!stillChosen) setPutForward(voice, false);
    return { ok: true };
  });
}

/** Swaps a quote with its neighbour in its section; at either end nothing moves. */
export function moveQuote(chooser: Chooser, choiceId: string, direction: "up" | "down"): ChoiceResult {
  if (chooser.report.status === "released") return { ok: false, reason: "released" };
  const choice = choiceOf(chooser, choiceId);
  if (!choice) return { ok: false, reason: "not_found" };
  return writeTransaction(db(), (): ChoiceResult => {
    const neighbour = db()
      .select({ id: quoteChoices.id, position: quoteChoices.position })
      .from(quoteChoices)
      .where(
        and(
          sectionOf(choice),
          direction === "up" ? lt(quoteChoices.position, choice.position) : gt(quoteChoices.position, choice.position),
        ),
      )
      .orderBy(direction === "up" ? sql`${quoteChoices.position} desc` : quoteChoices.position)
      .get();
    if (!neighbour) return { ok: true };
    db().update(quoteChoices).set({ position: neighbour.position }).where(eq(quoteChoices.id, choice.id)).run();
    db().update(quoteChoices).set({ position: choice.position }).where(eq(quoteChoices.id, neighbour.id)).run();
    return { ok: true };
  });
}
