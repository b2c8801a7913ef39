// An organisation's own answers to one instrument of one round, as a table its coordinators download (CSV, XLSX), docs/security.md 1.13:
// one row per submitted response, one column per question, the instrument version. docs/security.md 1.1: free
// texts pass the consent module per response; 4.6: every cell formula-safe; the partnership's small-number rule:
// fewer than k responses are not exported at all, since a handful of rows tells a coordinator who wrote which.
import { and, asc, eq } from "drizzle-orm";
import { responses, consentScopes, type ConsentScope } from "../../../db/schema";
import { answerColumns, type Cell } from "../../../surveys/answer-columns";
import { idParam } from "../access.server";
import { mayRead } from "../consent.server";
import { requirePerson } from "../people/auth.server";
import { getPartnership } from "../people/partnerships.server";
import { isCoordinatorOf, type Person } from "../people/people.server";
import { db } from "../platform/context.server";
import { notFound } from "../platform/http.server";
import { openAnswers } from "./responses.server";
import { roundInstrument } from "./pinned-instruments.server";

export type AnswersTable = { filename: string; header: string[]; rows: Cell[][] };
export type AnswersExport = { ok: true; table: AnswersTable } | { ok: false; tooFew: { n: number; k: number } };

/** Shown in a free-text cell the reader's consent does not cover. */
export const WITHHELD = "(not shared)";

const scopeOf = (answers: Record<string, unknown>): ConsentScope =>
  consentScopes.includes(answers.consent as ConsentScope) ? (answers.consent as ConsentScope) : "community";

function exporter(request: Request, params: { organisationId?: string; roundId?: string; instrument?: string }) {
  const person = requirePerson(request);
  const organisationId = idParam(params.organisationId);
  const roundId = idParam(params.roundId);
  // Only the organisation's own coordinators: a facilitator reads no one's answers by role (docs/security.md 1.1).
  if (!isCoordinatorOf(person, organisationId)) throw notFound();
  const pinned = roundInstrument(roundId, params.instrument ?? "", organisationId);
  const partnership = pinned && getPartnership(pinned.round.partnershipId);
  if (!pinned || !partnership || !partnership.members.some((m) => m.organisationId === organisationId)) throw notFound();
  return { person, organisationId, roundId, name: params.instrument ?? "", pinned, partnership };
}

function submittedRows(roundId: number, instrument: string, organisationId: number) {
  return db()
    .select({
      id: responses.id,
      personId: responses.personId,
      version: responses.version,
      answersEnc: responses.answersEnc,
      submittedAt: responses.submittedAt,
    })
    .from(responses)
    .where(
      and(
        eq(responses.roundId, roundId),
        eq(responses.instrument, instrument),
        eq(responses.organisationId, organisationId),
        eq(responses.status, "submitted"),
      ),
    )
    .orderBy(asc(responses.id))
    .all();
}

/** The table, or the small-number refusal; a 404 for anyone but the organisation's coordinators. */
export function exportAnswers(request: Request, params: Record<string, string | undefined>, locale: string): AnswersExport {
  const { person, organisationId, roundId, name, pinned, partnership } = exporter(request, params);
  const rows = submittedRows(roundId, name, organisationId);
  if (rows.length < partnership.k) return { ok: false, tooFew: { n: rows.length, k: partnership.k } };
  const columns = answerColumns(pinned.instrument, locale);
  const viewer = { kind: "person" as const, person: person as Person };
  const table = rows.map((row, index) => {
    const answers = openAnswers(row.id, row.answersEnc);
    const voice = {
      organisationId,
      partnershipId: partnership.id,
      tellerPersonId: row.personId,
      scope: scopeOf(answers),
      withdrawn: false,
      toldAt: row.submittedAt ?? "",
    };
    const mayReadText = mayRead(viewer, voice, { kind: "page" });
    // No person's id or name: a response is its position in this table.
    return [
      index + 1,
      row.version,
      (row.submittedAt ?? "").slice(0, 10),
      ...columns.map((column) => (column.isText && !mayReadText ? WITHHELD : column.read(answers))),
    ];
  });
  return {
    ok: true,
    table: {
      filename: `sikiliza-${name}-round-${roundId}-organisation-${organisationId}`,
      header: ["response", "version", "submitted_on", ...columns.map((c) => c.header)],
      rows: table,
    },
  };
}
