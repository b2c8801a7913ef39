// The writes of one answered instrument, on statements prepared once per database: a submission runs a
// dozen statements under the write lock, and drizzle would otherwise build and prepare each one anew.
// Encrypted columns keep the insert-then-seal pattern: the row id is part of the ciphertext's AAD.
import { and, eq, sql } from "drizzle-orm";
import {
  consentScopes,
  decisionAnswers,
  metricValues,
  narratives,
  networkTies,
  newPublicId,
  responses,
  rounds,
  submissionKeys,
  type ConsentScope,
} from "../../../db/schema";
import type { Db } from "../../../db/client";
import type { DecisionAnswer } from "../../../surveys/decision-map";
import type { DerivedRows } from "../../../surveys/derive-rows";
import type { NetworkTie } from "../../../surveys/network";
import { aboutOrganisationOf } from "../../../surveys/self-reflection-partners";
import { keyring } from "../platform/context.server";
import { encryptField } from "../platform/crypto.server";

const at = sql.placeholder;
// update().set() takes SQL, not a bare placeholder.
const setTo = (name: string) => sql`${sql.placeholder(name)}`;

function prepareAll(db: Db) {
  const progressColumns = { answersEnc: setTo("answersEnc"), pageIndex: setTo("pageIndex"), updatedAt: setTo("updatedAt") };
  return {
    submissionKey: db
      .select()
      .from(submissionKeys)
      .where(eq(submissionKeys.clientId, at("clientId")))
      .prepare(),
    round: db
      .select({ state: rounds.state, opensAt: rounds.opensAt, closesAt: rounds.closesAt })
      .from(rounds)
      .where(eq(rounds.id, at("roundId")))
      .prepare(),
    progress: db
      .select()
      .from(responses)
      .where(and(eq(responses.roundId, at("roundId")), eq(responses.instrument, at("instrument")), eq(responses.personId, at("personId"))))
      .prepare(),
    response: db
      .select({ id: responses.id, status: responses.status, pageIndex: responses.pageIndex })
      .from(responses)
      .where(and(eq(responses.roundId, at("roundId")), eq(responses.instrument, at("instrument")), eq(responses.personId, at("personId"))))
      .prepare(),
    saveProgress: db
      .update(responses)
      .set(progressColumns)
      .where(eq(responses.id, at("id")))
      .prepare(),
    saveSubmitted: db
      .update(responses)
      .set({ ...progressColumns, status: "submitted", submittedAt: setTo("updatedAt") })
      .where(eq(responses.id, at("id")))
      .prepare(),
    deleteMetrics: db
      .delete(metricValues)
      .where(eq(metricValues.responseId, at("responseId")))
      .prepare(),
    deleteNarratives: db
      .delete(narratives)
      .where(eq(narratives.responseId, at("responseId")))
      .prepare(),
    deleteTies: db
      .delete(networkTies)
      .where(eq(networkTies.responseId, at("responseId")))
      .prepare(),
    deleteDecisions: db
      .delete(decisionAnswers)
      .where(eq(decisionAnswers.responseId, at("responseId")))
      .prepare(),
    sealNarrative: db
      .update(narratives)
      .set({ textEnc: setTo("textEnc") })
      .where(eq(narratives.id, at("id")))
      .prepare(),
    // One row at a time on a prepared statement: building one multi-row insert in drizzle costs more than the rows.
    insertMetric: db
      .insert(metricValues)
      .values({
        responseId: at("responseId"),
        roundId: at("roundId"),
        organisationId: at("organisationId"),
        personId: at("personId"),
        dimension: at("dimension"),
        perspective: at("perspective"),
        value: at("value"),
        aboutOrganisationId: at("aboutOrganisationId"),
      })
      .prepare(),
    insertNarrative: db
      .insert(narratives)
      .values({
        responseId: at("responseId"),
        roundId: at("roundId"),
        organisationId: at("organisationId"),
        publicId: at("publicId"),
        question: at("question"),
        dimension: at("dimension"),
        language: at("language"),
        scope: at("scope"),
        textEnc: "",
      })
      .returning({ id: narratives.id })
      .prepare(),
    insertKey: db
      .insert(submissionKeys)
      .values({ clientId: at("clientId"), kind: "response", targetId: at("targetId"), contentHash: at("contentHash") })
      .prepare(),
  };
}

// Keyed by the database: tests and tools open several, and a statement belongs to its connection.
const prepared = new WeakMap<Db, ReturnType<typeof prepareAll>>();

export function statements(db: Db) {
  let found = prepared.get(db);
  if (!found) prepared.set(db, (found = prepareAll(db)));
  return found;
}

function scopeOf(answers: Record<string, unknown>): ConsentScope {
  return consentScopes.includes(answers.consent as ConsentScope) ? (answers.consent as ConsentScope) : "community";
}

export type Derived = {
  answers: Record<string, unknown>;
  ties: NetworkTie[] | null;
  rows: DerivedRows | null;
  /** The decision map's answers (surveys/decision-map.ts); absent for every other instrument. */
  decisions?: DecisionAnswer[];
};
export type Writer = { roundId: number; organisationId: number; personId: number };

/** Replaces the derived rows of a response: metric values, narratives (sealed), network ties and decision answers. */
export function writeDerivedRows(tx: Db, responseId: number, by: Writer, { answers, ties, rows: derived, decisions }: Derived) {
  const run = statements(tx);
  run.deleteMetrics.run({ responseId });
  run.deleteNarratives.run({ responseId });
  run.deleteTies.run({ responseId });
  run.deleteDecisions.run({ responseId });
  if (decisions?.length) {
    tx.insert(decisionAnswers)
      .values(decisions.map((d) => ({ responseId, roundId: by.roundId, organisationId: by.organisationId, ...d })))
      .run();
  }
  for (const tie of ties ?? []) {
    tx.insert(networkTies)
      .values({
        responseId,
        roundId: by.roundId,
        fromOrganisationId: by.organisationId,
        toOrganisationId: tie.otherOrgId,
        workedOn: tie.workedOn,
        howOften: tie.howOften,
      })
      .run();
  }
  if (!derived) return;
  const base = { responseId, roundId: by.roundId, organisationId: by.organisationId };
  for (const m of derived.metrics) {
    run.insertMetric.run({
      ...base,
      personId: by.personId,
      dimension: m.dimension,
      perspective: m.perspective,
      value: m.value,
      // The self-reflection asks each INGO rating per community partner (surveys/self-reflection-partners.ts).
      aboutOrganisationId: m.perspective === "community" ? null : aboutOrganisationOf(m.question),
    });
  }
  if (!derived.narratives.length) return;
  const scope = scopeOf(answers);
  for (const n of derived.narratives) {
    const row = run.insertNarrative.get({
      ...base,
      publicId: newPublicId(),
      question: n.question,
      dimension: n.dimension,
      language: n.language,
      scope,
    })!;
    run.sealNarrative.run({ id: row.id, textEnc: encryptField(keyring(), { table: "narratives", column: "text", rowId: row.id }, n.text) });
  }
}
