// A story as its teller sees it — by account or by receipt code: the text, who may read it, whether it was
// read (never by whom), the INGO's answers, the actions it led to and the teller's own rating.
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { actions, actionStories, feltHeard, organisations, rounds, stories, storyReads, type ConsentScope } from "../../../db/schema";
import { db } from "../platform/context.server";
import { attributionOf, excerptOf } from "../listening/inbox.server";
import type { Person } from "../people/people.server";
import { feltHeardFor } from "../listening/felt-heard.server";
import { answeredColumn, answersTo } from "../listening/answers.server";
import { tellerMayChange } from "./teller-rights.server";
import { translationsFor } from "./translations.server";
import type { Viewer } from "../consent.server";
import { open } from "../platform/sealed-fields.server";
import { storyCardColumns } from "./columns.server";
import type { TellerStory } from "./types";

// The teller side's one door for the routes and the other models.
export { storiesForHome, tellingPlacesFor } from "./home.server";
export { tellerMayChange } from "./teller-rights.server";
export { storyFacts } from "../consent.server";

const SCOPES: ConsentScope[] = ["community", "partners", "report"];

/** The teller's view; the caller has checked tellerMayChange. */
function tellerView(viewer: Viewer, storyId: number): TellerStory | null {
  const row = db()
    .select({
      ...storyCardColumns,
      readAt: storyReads.readAt,
    })
    .from(stories)
    .innerJoin(organisations, eq(organisations.id, stories.organisationId))
    .innerJoin(rounds, eq(rounds.id, stories.roundId))
    .leftJoin(storyReads, eq(storyReads.storyId, stories.id))
    .where(eq(stories.id, storyId))
    .get();
  if (!row) return null;
  const linked = db()
    .select({ title: actions.title, status: actions.status })
    .from(actionStories)
    .innerJoin(actions, eq(actions.id, actionStories.actionId))
    .where(eq(actionStories.storyId, storyId))
    .orderBy(asc(actions.id))
    .all();
  const rated = feltHeardFor(storyId);
  const answers = answersTo(storyId).map((a) => ({
    id: a.id,
    heard: a.heard,
    willDo: a.willDo,
    createdAt: a.createdAt,
    organisationName: a.organisationName,
  }));
  return {
    id: row.publicId,
    text: open({ table: "stories", column: "text" }, row.id, row.textEnc) ?? "",
    language: row.language,
    attribution: attributionOf(row),
    organisationName: row.organisationName,
    roundLabel: row.roundLabel,
    toldAt: row.createdAt,
    dimensions: row.dimensions,
    felt: row.felt,
    power: row.power,
    scope: row.scope,
    tieOrganisationName: row.tieOrganisationName,
    narrowerScopes: SCOPES.slice(0, SCOPES.indexOf(row.scope)),
    // Whether it was read, and when; who read it is for the teller's organisation's coordinators.
    readAt: row.readAt,
    answers,
    actions: linked,
    rating: rated ? { rating: rated.rating, comment: rated.comment ?? "", ratedBy: rated.ratedBy } : null,
    // Translated by the organisation, not by a named person: a receipt code holder learns no coordinator's name (1.5).
    translations: translationsFor(viewer, storyId).map((tr) => ({ ...tr, translatorName: row.organisationName })),
  };
}

/** The story for its signed-in teller, or null — the same 404 for someone else's story and for no story. */
export function storyForTeller(person: Person, storyId: number): TellerStory | null {
  const viewer: Viewer = { kind: "person", person };
  return tellerMayChange(viewer, storyId) ? tellerView(viewer, storyId) : null;
}

/** The story for the holder of its receipt code (resolved by storyIdForReceipt). */
export function storyForReceipt(storyId: number): TellerStory | null {
  const viewer: Viewer = { kind: "receipt", storyId };
  return tellerMayChange(viewer, storyId) ? tellerView(viewer, storyId) : null;
}

/** The signed-in person's own stories, newest first, with where each stands in the listening loop. */
export function myStories(person: Person) {
  const rows = db()
    .select({
      id: stories.id,
      publicId: stories.publicId,
      textEnc: stories.textEnc,
      organisationName: organisations.name,
      roundLabel: rounds.label,
      scope: stories.scope,
      createdAt: stories.createdAt,
      readAt: storyReads.readAt,
      rated: feltHeard.storyId,
      answered: answeredColumn,
    })
    .from(stories)
    .innerJoin(organisations, eq(organisations.id, stories.organisationId))
    .innerJoin(rounds, eq(rounds.id, stories.roundId))
    .leftJoin(storyReads, eq(storyReads.storyId, stories.id))
    .leftJoin(feltHeard, eq(feltHeard.storyId, stories.id))
    .where(and(eq(stories.personId, person.id), isNull(stories.withdrawnAt)))
    .orderBy(desc(stories.createdAt), desc(stories.id))
    .all();
  return rows.map((r) => {
    const answered = Boolean(r.answered);
    return {
      id: r.publicId,
      excerpt: excerptOf(open({ table: "stories", column: "text" }, r.id, r.textEnc), 160),
      organisationName: r.organisationName,
      roundLabel: r.roundLabel,
      scope: r.scope,
      toldAt: r.createdAt,
      read: r.readAt !== null,
      answered,
      toRate: answered && r.rated === null,
    };
  });
}
