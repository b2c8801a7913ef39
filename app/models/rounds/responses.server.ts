// Answering an instrument: progress saved per page, then one idempotent submission whose metrics and
// narratives are derived in the same transaction as the answers, so the two never drift apart.
import { and, eq } from "drizzle-orm";
import { responses } from "../../../db/schema";
import { writeTransaction, type Db } from "../../../db/client";
import { inSharedCommit } from "../../../db/shared-commit";
import { canonicalJson } from "../../../surveys/load-instruments";
import { DECISION_MAP, deriveDecisionAnswers } from "../../../surveys/decision-map";
import type { DerivedRows } from "../../../surveys/derive-rows";
import { instrumentMeta } from "../../../surveys/custom-properties";
import { deriveNetworkTies } from "../../../surveys/network";
import { preparePage, prepareSubmission, type PreparedSubmission } from "../../../surveys/prepare-submission";
import { pageCount } from "../../../surveys/survey-model";
import type { Instrument, ValidationError } from "../../../surveys/types";
import { prepareSubmissionOffThread } from "../../../surveys/validation-thread";
import { db, keyring } from "../platform/context.server";
import { decryptField, encryptField, sha256 } from "../platform/crypto.server";
import { statements, writeDerivedRows, type Derived } from "./answer-writes.server";

export type Respondent = { personId: number; organisationId: number; language: string };
export type Target = { roundId: number; instrumentName: string; instrument: Instrument; variables: Record<string, string> };

const sealAnswers = (id: number, answers: Record<string, unknown>) =>
  encryptField(keyring(), { table: "responses", column: "answers", rowId: id }, JSON.stringify(answers));

export function openAnswers(id: number, sealed: string): Record<string, unknown> {
  return sealed ? JSON.parse(decryptField(keyring(), { table: "responses", column: "answers", rowId: id }, sealed)) : {};
}

export function getProgress(roundId: number, instrument: string, personId: number) {
  const row = statements(db()).progress.get({ roundId, instrument, personId });
  if (!row) return null;
  // pageIndex is the furthest page reached, where answering continues; updatedAt tells a browser's draft from a newer save.
  return {
    id: row.id,
    answers: openAnswers(row.id, row.answersEnc),
    pageIndex: row.pageIndex,
    status: row.status,
    submittedAt: row.submittedAt,
    updatedAt: row.updatedAt,
  };
}

function getProgressStatus(target: Target, who: Respondent) {
  const where = and(
    eq(responses.roundId, target.roundId),
    eq(responses.instrument, target.instrumentName),
    eq(responses.personId, who.personId),
  );
  return db().select({ status: responses.status }).from(responses).where(where).get()?.status ?? null;
}

function upsertResponse(
  tx: Db,
  target: Target,
  who: Respondent,
  answers: Record<string, unknown>,
  pageIndex: number,
  status?: "submitted",
) {
  const now = new Date().toISOString();
  const run = statements(tx);
  let row = run.response.get({ roundId: target.roundId, instrument: target.instrumentName, personId: who.personId });
  if (!row) {
    const columns = { id: responses.id, status: responses.status, pageIndex: responses.pageIndex };
    row = tx
      .insert(responses)
      .values({
        roundId: target.roundId,
        instrument: target.instrumentName,
        version: target.instrument.version,
        organisationId: who.organisationId,
        personId: who.personId,
        answersEnc: "",
        pageIndex,
        updatedAt: now,
      })
      .returning(columns)
      .get();
  }
  const becomesSubmitted = status === "submitted" || row.status === "submitted";
  // Going back to an earlier page never forgets how far the person got: they continue from the furthest page.
  const values = { id: row.id, answersEnc: sealAnswers(row.id, answers), pageIndex: Math.max(row.pageIndex, pageIndex), updatedAt: now };
  (status ? run.saveSubmitted : run.saveProgress).run(values);
  return { id: row.id, submitted: becomesSubmitted };
}

/**
 * What a response adds to the derived tables, from its visible answers and the rows survey-core derived from
 * them (prepare-submission.ts). That is pure work with survey-core (milliseconds), so it runs before the write
 * lock is taken, never while holding it.
 */
const writer = (target: Target, who: Respondent) => ({
  roundId: target.roundId,
  organisationId: who.organisationId,
  personId: who.personId,
});

function derive(target: Target, visible: Record<string, unknown>, rows: DerivedRows): Derived {
  if (instrumentMeta(target.instrument.json).askedPer === "other_organisation")
    return { answers: visible, ties: deriveNetworkTies(visible), rows: null };
  // The decision map feeds the report's "who decides" section from its own rows (surveys/decision-map.ts).
  if (target.instrumentName === DECISION_MAP)
    return { answers: visible, ties: null, rows: null, decisions: deriveDecisionAnswers(visible) };
  return { answers: visible, ties: null, rows };
}

/** The derived rows of a response being saved while already submitted, from one survey-core model. */
function deriveSubmitted(target: Target, who: Respondent, pageIndex: number, merged: Record<string, unknown>) {
  const prepared = preparePage(target.instrument, merged, pageIndex, { variables: target.variables, language: who.language, derive: true });
  return prepared.submitted && derive(target, prepared.submitted.kept, prepared.submitted.derived);
}

/** The round is not open (not yet, closed by its dates, or closed early): answers are frozen, nothing was written. */
export type RoundClosed = { ok: false; closed: true };

/**
 * Answers may change only while the round is open. The stored state can lag behind the dates until
 * refreshRounds() runs, so the dates decide too; a round closed early (state "closed") stays closed.
 */
export function acceptsAnswers(tx: Db, roundId: number, now = new Date()): boolean {
  const round = statements(tx).round.get({ roundId });
  if (!round || round.state === "closed") return false;
  return Date.parse(round.opensAt) <= now.getTime() && now.getTime() < Date.parse(round.closesAt);
}

export type SaveResult = { ok: true; responseId: number } | { ok: false; errors: ValidationError[] } | RoundClosed;

/**
 * Saves one page. Once a response was submitted, a page edit re-derives its rows at once: "the answers as
 * submitted" and the figures built from them must always agree. `resumeAt` is the page the person moves on
 * to (after "next"), so a new device continues there; by default the saved page itself.
 */
export function savePage(
  target: Target,
  who: Respondent,
  pageIndex: number,
  merged: Record<string, unknown>,
  options: { resumeAt?: number } = {},
): SaveResult {
  // Derived outside the lock when the response is already submitted; a submission that lands in between is
  // caught inside (rare), where deriving then costs lock time but stays correct.
  const wasSubmitted = getProgressStatus(target, who) === "submitted";
  const prepared = preparePage(target.instrument, merged, pageIndex, {
    variables: target.variables,
    language: who.language,
    derive: wasSubmitted,
  });
  const check = prepared.validation;
  if (!check.ok) return acceptsAnswers(db(), target.roundId) ? { ok: false, errors: check.errors } : { ok: false, closed: true };
  const early = prepared.submitted && derive(target, prepared.submitted.kept, prepared.submitted.derived);
  return writeTransaction(db(), (tx): SaveResult => {
    if (!acceptsAnswers(tx, target.roundId)) return { ok: false, closed: true };
    const saved = upsertResponse(tx, target, who, merged, options.resumeAt ?? pageIndex);
    const rows = saved.submitted ? (early ?? deriveSubmitted(target, who, pageIndex, merged)) : null;
    if (rows) writeDerivedRows(tx, saved.id, writer(target, who), rows);
    return { ok: true as const, responseId: saved.id };
  });
}

export type SubmitResult =
  | { ok: true; responseId: number; duplicate: boolean }
  | { ok: false; errors: ValidationError[] }
  | { ok: false; conflict: true }
  | RoundClosed;

export function submissionHash(target: Target, who: Respondent, answers: Record<string, unknown>) {
  return sha256(canonicalJson({ round: target.roundId, instrument: target.instrumentName, person: who.personId, answers }));
}

/**
 * docs/security.md 7.3: the client makes the id. The same id and content returns the first result; the same id with
 * other content is a conflict; parallel copies serialise on the IMMEDIATE lock and find the first one's key.
 */
export function submitResponse(target: Target, who: Respondent, clientId: string, answers: Record<string, unknown>): SubmitResult {
  return writeTransaction(db(), prepareResponse(target, who, clientId, answers));
}

/**
 * The same, for a request: survey-core's work runs on the validation thread (surveys/validation-thread.ts, ADR 034)
 * while the event loop serves others, and the writes share one durable commit with the other submissions of the
 * same turn of the event loop (db/shared-commit.ts, ADR 033); the answer comes once that commit is on disk.
 */
export async function submitResponseShared(
  target: Target,
  who: Respondent,
  clientId: string,
  answers: Record<string, unknown>,
): Promise<SubmitResult> {
  const prepared = await prepareSubmissionOffThread(target.instrument, answers, {
    variables: target.variables,
    language: who.language,
  });
  return inSharedCommit(db(), responseWrites(target, who, clientId, prepared));
}

/**
 * Everything survey-core does, on one model, before any lock is taken; what is left is the writes, run inside
 * the IMMEDIATE transaction they are given.
 */
function prepareResponse(target: Target, who: Respondent, clientId: string, answers: Record<string, unknown>) {
  const prepared = prepareSubmission(target.instrument, answers, { variables: target.variables, language: who.language });
  return responseWrites(target, who, clientId, prepared);
}

/** The writes of a submission survey-core has worked out: its hash and derived rows first, outside any lock. */
function responseWrites(target: Target, who: Respondent, clientId: string, prepared: PreparedSubmission) {
  const { kept, validation: check, derived: rows } = prepared;
  const hash = submissionHash(target, who, kept);
  const derived = check.ok ? derive(target, kept, rows) : null;
  const lastPage = pageCount(target.instrument) - 1;
  return (tx: Db): SubmitResult => {
    const seen = statements(tx).submissionKey.get({ clientId });
    if (seen)
      return seen.contentHash === hash && seen.kind === "response"
        ? { ok: true, responseId: seen.targetId, duplicate: true }
        : { ok: false, conflict: true };
    // A copy of a submission accepted before the close still gets its first answer (above); nothing new after.
    if (!acceptsAnswers(tx, target.roundId)) return { ok: false, closed: true };
    if (!check.ok || !derived) return { ok: false, errors: check.errors };
    const saved = upsertResponse(tx, target, who, kept, lastPage, "submitted");
    writeDerivedRows(tx, saved.id, writer(target, who), derived);
    statements(tx).insertKey.run({ clientId, targetId: saved.id, contentHash: hash });
    return { ok: true, responseId: saved.id, duplicate: false };
  };
}
