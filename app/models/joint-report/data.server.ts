// Loading a joint report: database rows in, JointReportInput out, for reports/ to build. A handful of
// aggregate-friendly queries per report (rounds, ratings, rates, network, actions, listening, texts,
// quotes); no query per row, and no text opened except the few quotes the report shows.
import { and, asc, eq, inArray, isNotNull, lte, or } from "drizzle-orm";
import { actions, networkTies, organisations, partnerships, reportReviews, reports, rounds } from "../../../db/schema";
import { buildJointReport, type JointReportInput } from "../../../reports/joint-report";
import type { JointReport } from "../../../reports/report-shape";
import type { ActionInfo, ResponseRateRow, RoundInfo } from "../../../reports/types";
import { db } from "../platform/context.server";
import { listPartnershipMembers } from "../people/partnerships.server";
import { listeningFactsFor } from "../listening/figures.server";
import { loadReportQuotes, type QuoteAccess } from "./quotes.server";
import { loadOrganisationViews, loadPooledViewCounts } from "./organisation-views.server";
import { loadThemeCounts } from "./themes.server";
import { responseRateRows } from "../rounds/rounds.server";
import { loadDecisionMap } from "../power/decision-map.server";
import { loadPowerFacts } from "../power/facts.server";
import { loadTieStories } from "./tie-stories.server";
import { loadPatternStories } from "./story-patterns.server";

/** Which report to load: the round, and the report's own texts when there is a report row. */
export type ReportTarget = { partnershipId: number; roundId: number; reportId: number | null; whatWeLearned: string | null };

function roundsUpTo(partnershipId: number, roundId: number): { round: RoundInfo; rounds: RoundInfo[] } | null {
  const round = db()
    .select({ id: rounds.id, label: rounds.label, opensAt: rounds.opensAt, closesAt: rounds.closesAt })
    .from(rounds)
    .where(and(eq(rounds.id, roundId), eq(rounds.partnershipId, partnershipId)))
    .get();
  if (!round) return null;
  const earlier = db()
    .select({ id: rounds.id, label: rounds.label, opensAt: rounds.opensAt, closesAt: rounds.closesAt })
    .from(rounds)
    .where(and(eq(rounds.partnershipId, partnershipId), lte(rounds.opensAt, round.opensAt)))
    .orderBy(asc(rounds.opensAt), asc(rounds.id))
    .all();
  return { round, rounds: earlier };
}

function loadResponseRates(roundId: number, names: Map<number, string>): ResponseRateRow[] {
  return responseRateRows(roundId).map((row) => ({
    roundId,
    organisationId: row.organisationId,
    organisationName: names.get(row.organisationId) ?? "",
    instrument: row.instrument,
    invited: Number(row.invited),
    started: Number(row.started),
    submitted: Number(row.submitted),
  }));
}

/** This round's actions, and earlier ones still proposed or under way: a promise stays in view until kept or dropped. */
function loadActions(partnershipId: number, roundId: number, roundIds: number[]): ActionInfo[] {
  return db()
    .select({
      id: actions.id,
      title: actions.title,
      ownerOrganisationName: organisations.name,
      status: actions.status,
      dueOn: actions.dueOn,
      communityConfirmation: actions.communityConfirmation,
      changedAfterVerdictAt: actions.changedAfterVerdictAt,
    })
    .from(actions)
    .innerJoin(organisations, eq(organisations.id, actions.ownerOrganisationId))
    .where(
      and(
        eq(actions.partnershipId, partnershipId),
        or(eq(actions.roundId, roundId), and(inArray(actions.roundId, roundIds), inArray(actions.status, ["proposed", "started"]))),
      ),
    )
    .all();
}

function loadOurReadings(reportId: number | null) {
  if (reportId === null) return [];
  return db()
    .select({ organisationName: organisations.name, text: reportReviews.ourReading })
    .from(reportReviews)
    .innerJoin(organisations, eq(organisations.id, reportReviews.organisationId))
    .where(and(eq(reportReviews.reportId, reportId), isNotNull(reportReviews.ourReading)))
    .orderBy(asc(organisations.name))
    .all()
    .flatMap((row) => (row.text && row.text.trim() !== "" ? [{ organisationName: row.organisationName, text: row.text }] : []));
}

/** Everything one report needs, with quotes narrowed to what `quotes` allows; null when the round is not the partnership's. */
export function loadJointReportInput(target: ReportTarget, quotes: QuoteAccess, now = new Date()): JointReportInput | null {
  const partnership = db()
    .select({ id: partnerships.id, name: partnerships.name, k: partnerships.k })
    .from(partnerships)
    .where(eq(partnerships.id, target.partnershipId))
    .get();
  const span = partnership ? roundsUpTo(target.partnershipId, target.roundId) : null;
  if (!partnership || !span) return null;
  const roundIds = span.rounds.map((round) => round.id);
  const members = listPartnershipMembers(target.partnershipId);
  const names = new Map(members.map((m) => [m.organisationId, m.name]));
  const communityOrganisationIds = members.filter((m) => m.role === "community_partner").map((m) => m.organisationId);
  const voiceTarget = { partnershipId: target.partnershipId, roundId: target.roundId, communityOrganisationIds };
  return {
    partnership,
    round: span.round,
    rounds: span.rounds,
    now: now.toISOString(),
    metrics: [],
    viewCounts: loadPooledViewCounts(roundIds),
    responseRates: loadResponseRates(target.roundId, names),
    listening: listeningFactsFor(target.partnershipId, roundIds),
    quotes: loadReportQuotes(voiceTarget, quotes),
    tieStories: loadTieStories(voiceTarget, quotes),
    storyPatterns: {
      organisations: members.filter((m) => m.role === "community_partner").map((m) => ({ id: m.organisationId, name: m.name })),
      stories: loadPatternStories(voiceTarget, quotes),
    },
    themes: loadThemeCounts(target.partnershipId, target.roundId, communityOrganisationIds),
    network: {
      organisations: members.map((m) => ({ id: m.organisationId, name: m.name, kind: m.kind, populations: m.populations })),
      ties: db()
        .select({
          roundId: networkTies.roundId,
          fromOrgId: networkTies.fromOrganisationId,
          toOrgId: networkTies.toOrganisationId,
          workedOn: networkTies.workedOn,
          howOften: networkTies.howOften,
        })
        .from(networkTies)
        .where(eq(networkTies.roundId, target.roundId))
        .all(),
    },
    byOrganisation: loadOrganisationViews(target.roundId, members),
    actions: loadActions(target.partnershipId, target.roundId, roundIds),
    decisions: loadDecisionMap(roundIds, members),
    powerFacts: loadPowerFacts(target.partnershipId, roundIds),
    texts: { ourReadings: loadOurReadings(target.reportId), whatWeLearned: target.whatWeLearned },
  };
}

/**
 * For the benchmark: the full report of one round with trends, as a facilitator would see it — every
 * figure, suppressed with the partnership's k, and no quotes (no reader, so no voice is opened).
 */
export function buildReportFor(partnershipId: number, roundId: number, now = new Date()): JointReport | null {
  const row = db().select({ id: reports.id, whatWeLearned: reports.whatWeLearned }).from(reports).where(eq(reports.roundId, roundId)).get();
  const target = { partnershipId, roundId, reportId: row?.id ?? null, whatWeLearned: row?.whatWeLearned ?? null };
  const input = loadJointReportInput(target, { kind: "none" }, now);
  return input ? buildJointReport(input) : null;
}
