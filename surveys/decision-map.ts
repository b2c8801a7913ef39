// The decision map (decision-map.json): two matrices over the same decision topics, `actual` (who decided
// this round) and `desired` (who should decide), answered once per organisation by its coordinator.
import { DECISION_POSITIONS, DECISION_TOPICS, isDecisionPosition, type DecisionPosition, type DecisionTopic } from "./dimensions";
import { InstrumentError } from "./instrument-error";
import { walkElements, type RawElement } from "./raw-elements";
import type { Instrument } from "./types";

export const DECISION_MAP = "decision-map";

export interface DecisionAnswer {
  topic: DecisionTopic;
  actual: DecisionPosition | null;
  desired: DecisionPosition | null;
}

const cell = (matrix: unknown, topic: string): DecisionPosition | null => {
  const value = typeof matrix === "object" && matrix !== null ? (matrix as Record<string, unknown>)[topic] : undefined;
  return isDecisionPosition(value) ? value : null;
};

/** One row per topic with at least one side answered; a skipped topic did not come up this round. */
export function deriveDecisionAnswers(answers: Record<string, unknown>): DecisionAnswer[] {
  return DECISION_TOPICS.map(({ topic }) => ({ topic, actual: cell(answers.actual, topic), desired: cell(answers.desired, topic) })).filter(
    (row) => row.actual !== null || row.desired !== null,
  );
}

const valuesOf = (items: unknown) => (Array.isArray(items) ? items.map((item) => String((item as { value?: unknown }).value)) : []);
const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/**
 * The report reads the map by topic and position: a matrix that asked about other topics, or offered other
 * positions, would be answered and then never shown. Checked when the instruments load.
 */
export function checkDecisionMap(instruments: Map<string, Instrument>): void {
  const map = instruments.get(DECISION_MAP);
  if (!map) return;
  const topics = DECISION_TOPICS.map((t) => t.topic);
  for (const name of ["actual", "desired"]) {
    let found: RawElement | null = null;
    walkElements(map.json, (element) => {
      if (element.name === name) found = element;
    });
    const matrix = found as RawElement | null;
    if (!matrix || matrix.type !== "matrix") throw new InstrumentError(map.file, name, "the decision map needs this matrix");
    if (!same(valuesOf(matrix.rows), topics)) throw new InstrumentError(map.file, name, `rows must be ${topics.join(", ")}`);
    if (!same(valuesOf(matrix.columns), DECISION_POSITIONS)) {
      throw new InstrumentError(map.file, name, `columns must be ${DECISION_POSITIONS.join(", ")}`);
    }
  }
}
