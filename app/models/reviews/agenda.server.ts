// The drafted agenda of a round's quarterly review: what Sikiliza holds that the partnership should talk
// about. Stories appear by their metadata only (organisation, dimensions, themes — never their words), and
// only those this reader may read: the consent module decides, story by story (docs/security.md 1.1).
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { actions, organisations, powerFacts, stories, storyThemes, themes } from "../../../db/schema";
import { SHARED_SCOPES, storiesVisibleTo } from "../consent.server";
import { db } from "../platform/context.server";
import type { Person } from "../people/people.server";
import { buildReportFor } from "../joint-report/data.server";
import type { AgendaDraft } from "./types";

const OPEN = ["proposed", "started"] as const;

function actionItems(partnershipId: number, today: string) {
  return db()
    .select({
      id: actions.id,
      title: actions.title,
      owner: organisations.name,
      status: actions.status,
      dueOn: actions.dueOn,
      confirmation: actions.communityConfirmation,
    })
    .from(actions)
    .innerJoin(organisations, eq(organisations.id, actions.ownerOrganisationId))
    .where(
      and(eq(actions.partnershipId, partnershipId), or(inArray(actions.status, [...OPEN]), eq(actions.communityConfirmation, "disputed"))),
    )
    .orderBy(asc(actions.dueOn), asc(actions.id))
    .all()
    .map((a) => ({ ...a, overdue: a.dueOn !== null && a.dueOn < today && (OPEN as readonly string[]).includes(a.status) }));
}

/** New stories of the round shared with the INGO, as far as this reader may read them: metadata only. */
function storyItems(reader: Person, partnershipId: number, roundId: number) {
  const rows = db()
    .select({ id: stories.id, organisation: organisations.name, dimensions: stories.dimensions, createdAt: stories.createdAt })
    .from(stories)
    .innerJoin(organisations, eq(organisations.id, stories.organisationId))
    .where(
      and(
        storiesVisibleTo({ kind: "person", person: reader }, partnershipId),
        eq(stories.roundId, roundId),
        inArray(stories.scope, [...SHARED_SCOPES]),
      ),
    )
    .orderBy(asc(stories.createdAt))
    .all();
  const ids = rows.map((r) => r.id);
  const named = ids.length
    ? db()
        .select({ storyId: storyThemes.storyId, name: themes.name })
        .from(storyThemes)
        .innerJoin(themes, eq(themes.id, storyThemes.themeId))
        .where(inArray(storyThemes.storyId, ids))
        .all()
    : [];
  return rows.map((r) => ({
    organisation: r.organisation,
    dimensions: r.dimensions,
    themes: named.filter((t) => t.storyId === r.id).map((t) => t.name),
    toldOn: r.createdAt.slice(0, 10),
  }));
}

function disputedFacts(partnershipId: number, roundId: number) {
  return db()
    .select({ fact: powerFacts.fact, organisation: organisations.name, value: powerFacts.value, communityValue: powerFacts.communityValue })
    .from(powerFacts)
    .innerJoin(organisations, eq(organisations.id, powerFacts.aboutOrganisationId))
    .where(and(eq(powerFacts.partnershipId, partnershipId), eq(powerFacts.roundId, roundId), eq(powerFacts.verdict, "disputed")))
    .orderBy(asc(organisations.name), asc(powerFacts.id))
    .all();
}

/** The widest gaps as the round's report shows them (suppressed under k), and those that widened most. */
function gapItems(partnershipId: number, roundId: number) {
  const report = buildReportFor(partnershipId, roundId);
  if (!report) return { widest: [], widened: [] };
  const shown = report.perDimension.flatMap((s) => (typeof s.gap.gap === "number" ? [{ dimension: s.dimension, gap: s.gap.gap }] : []));
  const widest = shown.sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap)).slice(0, 3);
  const widened = report.headline.flatMap((h) =>
    typeof h.widening === "number" && h.widening > 0 ? [{ dimension: h.dimension, gap: h.gap as number, widening: h.widening }] : [],
  );
  return { widest, widened: widened.sort((a, b) => b.widening - a.widening).slice(0, 3) };
}

export function draftAgenda(
  reader: Person,
  partnershipId: number,
  roundId: number,
  today = new Date().toISOString().slice(0, 10),
): AgendaDraft {
  const all = actionItems(partnershipId, today);
  return {
    openActions: all.filter((a) => (OPEN as readonly string[]).includes(a.status)),
    disputedActions: all.filter((a) => a.confirmation === "disputed"),
    stories: storyItems(reader, partnershipId, roundId),
    gaps: gapItems(partnershipId, roundId),
    disputedFacts: disputedFacts(partnershipId, roundId),
  };
}
