import { describe, expect, it } from "vitest";
import { deriveDecisionAnswers } from "../../../surveys/decision-map";
import { loadInstruments } from "../../../surveys/load-instruments";
import { parsePageForm } from "../../../surveys/parse-form";
import { validateAnswers } from "../../../surveys/validate-answers";
import { DECISION_POSITIONS, DECISION_TOPICS } from "../../../surveys/dimensions";
import { instrument, instrumentDir, rawInstrument } from "./helpers";

describe("the decision-map instrument", () => {
  const map = instrument("decision-map");

  it("asks every decision topic on the six-point scale, once for the actual and once for the desired", () => {
    const json = rawInstrument("decision-map");
    const matrices = json.pages.flatMap(
      (page: { elements: { type: string; name: string; rows?: { value: string }[]; columns?: { value: string }[] }[] }) =>
        page.elements.filter((e) => e.type === "matrix"),
    );
    expect(matrices.map((m: { name: string }) => m.name)).toEqual(["actual", "desired"]);
    for (const matrix of matrices) {
      expect(matrix.rows.map((r: { value: string }) => r.value)).toEqual(DECISION_TOPICS.map((t) => t.topic));
      expect(matrix.columns.map((c: { value: string }) => c.value)).toEqual([...DECISION_POSITIONS]);
    }
  });

  it("refuses at load a map whose rows are not the topics the report reads", () => {
    const json = rawInstrument("decision-map");
    json.pages[1].elements[0].rows.pop();
    expect(() => loadInstruments(instrumentDir({ "decision-map.json": json }))).toThrow(/desired.*rows must be budget/);
  });

  it("reads the plain form's fields, one per topic, and judges them with survey-core", () => {
    const { answers, unknown } = parsePageForm(
      map,
      0,
      [
        ["actual.budget", "ingo_alone"],
        ["actual.hiring", "funder"],
      ],
      {},
    );
    expect(unknown).toEqual([]);
    expect(answers).toEqual({ actual: { budget: "ingo_alone", hiring: "funder" } });
    expect(validateAnswers(map, answers).ok).toBe(true);
    expect(validateAnswers(map, { actual: { budget: "the_boss" } }).errors).toEqual([
      expect.objectContaining({ question: "actual", code: "choice" }),
    ]);
  });

  it("derives one answer per topic answered on either side, and skips the topics left out", () => {
    expect(
      deriveDecisionAnswers({ actual: { budget: "ingo_alone", hiring: "funder" }, desired: { budget: "together", reporting: "together" } }),
    ).toEqual([
      { topic: "budget", actual: "ingo_alone", desired: "together" },
      { topic: "hiring", actual: "funder", desired: null },
      { topic: "reporting", actual: null, desired: "together" },
    ]);
    expect(deriveDecisionAnswers({})).toEqual([]);
  });
});
