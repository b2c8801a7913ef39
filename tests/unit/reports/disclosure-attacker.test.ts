// The attacker test (docs/security.md 6.1, ADR 012): the solver of tests/support/disclosure-solver.ts
// rebuilds hidden cells from the old, leaky exports, and pins nothing in exports made by the current rule,
// read back from the CSV text, over random answers with k ∈ {3, 5, 10} and n from 1 to 40.
import fc from "fast-check";
import { toCsv } from "../../../reports/export-csv";
import { reportFigures } from "../../../reports/export-flatten";
import type { FigureRow } from "../../../reports/export-row";
import { buildJointReport } from "../../../reports/joint-report";
import { attack, rowsFromCsv, rowsFromJson } from "../../support/disclosure-solver";
import { toJson } from "../../../reports/export-json";
import { ratings } from "./fixtures";
import { sampleInput } from "./sample-input";

const context = { section: "per_dimension", dimension: "agenda", organisation: "", round: "2026 Q2" };
const row = (figure: string, value: number | "", n: number | "" = "", note = ""): FigureRow => ({
  ...context,
  figure,
  value,
  n,
  suppressed: value === "" && note !== "",
  note,
});
const SMALL = "fewer than 5 answers";
const SECONDARY = "hidden so that a small number cannot be worked out from the others";

describe("the disclosure solver", () => {
  it("rebuilds the finding's cells from the old export: one person rated 1, one rated 2, five rated 3", () => {
    // The released demo report before ADR 012: notes told primary (1..4) from secondary (0 or ≥ 5).
    const old = [
      row("community.rating_1", "", "", SMALL),
      row("community.rating_2", "", "", SMALL),
      row("community.rating_3", "", "", SECONDARY),
      row("community.rating_4", 0, 0),
      row("community.rating_5", 0, 0),
      row("community.mean", 18 / 7, 7),
      row("community.n", 7, 7),
    ];
    const { pinned } = attack(rowsFromCsv(toCsv(old)), 5);
    expect(pinned.map((p) => [p.figure, p.value])).toEqual([
      ["rating_1", 1],
      ["rating_2", 1],
      ["rating_3", 5],
    ]);
  });

  it("pins a small cell from n and a mean alone, and a hidden mean from the gap beside the other mean", () => {
    const rows = [
      // n = 6, mean 29/6: five 5s and one 4, though no cell is published.
      row("ingo_prediction.mean", 29 / 6, 6),
      // The community mean hidden, but the INGO's mean and the gap shown: 4.5 − 1.5 = 3.0 over n = 5.
      row("community.rating_1", 0, 0),
      row("community.rating_2", "", "", "hidden (small numbers, k = 5)"),
      row("community.rating_3", "", "", "hidden (small numbers, k = 5)"),
      row("community.rating_4", "", "", "hidden (small numbers, k = 5)"),
      row("community.rating_5", 0, 0),
      row("community.mean", "", "", "hidden (small numbers, k = 5)"),
      row("community.n", 5, 5),
      row("ingo_self.mean", 4.5, 6),
      row("gap", 1.5),
    ];
    const pinned = attack(rowsFromCsv(toCsv(rows)), 5).pinned.map((p) => `${p.distribution.split("|")[3]} ${p.figure}=${p.value}`);
    expect(pinned).toContain("ingo_prediction rating_4=1");
    // 2s, 3s and 4s of five people averaging exactly 3.0: (0,5,0) or (1,3,1) or (2,1,2): free, but the
    // solver used the gap (without it, the mean would be unknown and every split of 5 possible).
    expect(pinned.filter((p) => p.startsWith("community"))).toEqual([]);
  });

  it("reads the JSON export the same way as the CSV", () => {
    const report = buildJointReport(sampleInput());
    expect(attack(rowsFromJson(toJson(report)), report.k)).toEqual(attack(rowsFromCsv(toCsv(reportFigures(report))), report.k));
  });
});

const answers = (max: number) => fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 8 }), { minLength: 1, maxLength: max });

describe("the current rule against the solver", () => {
  it("property: no hidden figure of any distribution takes only one value, over two rounds with trends", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(3, 5, 10),
        fc.array(fc.tuple(answers(40), answers(40), answers(12)), { minLength: 2, maxLength: 2 }),
        (k, rounds) => {
          const input = sampleInput();
          input.partnership.k = k;
          input.rounds = input.rounds.filter((r) => r.id <= 2);
          input.metrics = rounds.flatMap(([community, self, prediction], index) => [
            ...ratings(index + 1, "agenda", "community", community),
            ...ratings(index + 1, "agenda", "ingo_self", self, 1001),
            ...ratings(index + 1, "agenda", "ingo_prediction", prediction, 2001),
          ]);
          const report = buildJointReport(input);
          // The reader holds round 1's own report too (its figures are frozen, ADR 007).
          const earlier = buildJointReport({ ...input, round: input.rounds.find((r) => r.id === 1)! });
          const rows = [...rowsFromCsv(toCsv(reportFigures(report))), ...rowsFromCsv(toCsv(reportFigures(earlier)))];
          expect(attack(rows, k).pinned).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("hides something in most small groups, so the property above is not vacuous", () => {
    const input = sampleInput();
    input.partnership.k = 5;
    input.metrics = ratings(2, "agenda", "community", [1, 2, 3, 3, 3, 3, 3]);
    const result = attack(rowsFromCsv(toCsv(reportFigures(buildJointReport(input)))), 5);
    expect(result.hiddenFigures).toBeGreaterThan(0);
    expect(result.pinned).toEqual([]);
  });
});
