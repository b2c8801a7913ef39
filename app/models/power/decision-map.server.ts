// Loading the decision map for a report: each organisation's answer per round. An organisation answers
// through its coordinators; when several did, the one sent last speaks for it (docs/decisions/022).
import { eq, inArray } from "drizzle-orm";
import { decisionAnswers, responses } from "../../../db/schema";
import type { DecisionMapInput, DecisionRow } from "../../../reports/decision-map";
import { isDecisionPosition, type DecisionPosition } from "../../../surveys/dimensions";
import { db } from "../platform/context.server";
import type { listPartnershipMembers } from "../people/partnerships.server";

type PartnershipMember = ReturnType<typeof listPartnershipMembers>[number];

const position = (value: string | null): DecisionPosition | null => (isDecisionPosition(value) ? value : null);

export function loadDecisionMap(roundIds: number[], members: PartnershipMember[]): DecisionMapInput {
  const organisations = members
    .filter((m) => m.role !== "funder")
    .map((m) => ({ id: m.organisationId, name: m.name, side: m.role === "ingo_partner" ? ("ingo" as const) : ("community" as const) }));
  if (roundIds.length === 0) return { organisations, rows: [] };
  const answers = db()
    .select({
      responseId: decisionAnswers.responseId,
      roundId: decisionAnswers.roundId,
      organisationId: decisionAnswers.organisationId,
      topic: decisionAnswers.topic,
      actual: decisionAnswers.actual,
      desired: decisionAnswers.desired,
      submittedAt: responses.submittedAt,
    })
    .from(decisionAnswers)
    .innerJoin(responses, eq(responses.id, decisionAnswers.responseId))
    .where(inArray(decisionAnswers.roundId, roundIds))
    .all();
  // The latest sent response per organisation and round; ties broken by the later response.
  const latest = new Map<string, { responseId: number; submittedAt: string }>();
  for (const a of answers) {
    const key = `${a.roundId}|${a.organisationId}`;
    const seen = latest.get(key);
    const at = a.submittedAt ?? "";
    if (!seen || at > seen.submittedAt || (at === seen.submittedAt && a.responseId > seen.responseId)) {
      latest.set(key, { responseId: a.responseId, submittedAt: at });
    }
  }
  const rows: DecisionRow[] = answers
    .filter((a) => latest.get(`${a.roundId}|${a.organisationId}`)?.responseId === a.responseId)
    .map((a) => ({
      roundId: a.roundId,
      organisationId: a.organisationId,
      topic: a.topic,
      actual: position(a.actual),
      desired: position(a.desired),
    }));
  return { organisations, rows };
}
