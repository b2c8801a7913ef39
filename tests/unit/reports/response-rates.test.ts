import { responseRates } from "../../../reports/response-rates";
import { suppressResponseRates } from "../../../reports/suppress-response-rates";
import type { ResponseRateRow } from "../../../reports/types";

const row = (
  organisationId: number,
  organisationName: string,
  instrument: string,
  invited: number,
  started: number,
  submitted: number,
  roundId = 1,
): ResponseRateRow => ({
  roundId,
  organisationId,
  organisationName,
  instrument,
  invited,
  started,
  submitted,
});

describe("response rates", () => {
  const rates = responseRates(
    [
      row(1, "Tulinde", "partnership_view", 12, 10, 9),
      row(2, "Sauti", "partnership_view", 8, 5, 4),
      row(2, "Sauti", "partnership_view", 2, 2, 1), // a second invitation batch: merged
      row(4, "Zero", "partnership_view", 0, 0, 0),
      row(3, "Aid International", "self_reflection", 4, 4, 3),
      row(1, "Tulinde", "partnership_view", 50, 50, 50, 2), // another round
    ],
    1,
  );

  it("lists each organisation and instrument with rate = submitted / invited", () => {
    expect(
      rates.rows.map((line) => [line.instrument, line.organisationName, line.invited, line.started, line.submitted, line.rate]),
    ).toEqual([
      ["partnership_view", "Sauti", 10, 7, 5, 0.5],
      ["partnership_view", "Tulinde", 12, 10, 9, 0.75],
      ["partnership_view", "Zero", 0, 0, 0, null], // nobody invited: no rate, not 0 %
      ["self_reflection", "Aid International", 4, 4, 3, 0.75],
    ]);
  });

  it("totals each instrument (22 invited, 14 submitted → 14 / 22)", () => {
    expect(rates.totals[0]).toMatchObject({ instrument: "partnership_view", invited: 22, started: 17, submitted: 14 });
    expect(rates.totals[0].rate).toBeCloseTo(14 / 22, 10);
    expect(rates.totals[1]).toMatchObject({
      instrument: "self_reflection",
      invited: 4,
      started: 4,
      submitted: 3,
      rate: 0.75,
    });
  });

  it("hides every rate of an instrument with fewer than k invited in all, but keeps how many were invited", () => {
    const shown = suppressResponseRates(rates, 5);
    const reflection = shown.rows.find((line) => line.instrument === "self_reflection")!;
    expect(reflection.invited).toBe(4);
    expect(reflection.rate).toEqual({ suppressed: true, k: 5 });
    expect(shown.totals[1].submitted).toMatchObject({ suppressed: true });
    // partnership_view: 10, 12 and 0 invited: nothing below k
    expect(shown.rows.filter((line) => line.instrument === "partnership_view").every((line) => typeof line.submitted === "number")).toBe(
      true,
    );
  });

  it("hides a second row beside a small one, so the total does not give it back", () => {
    const small = responseRates([row(1, "A", "story", 3, 3, 1), row(2, "B", "story", 20, 12, 10), row(3, "C", "story", 30, 25, 20)], 1);
    const shown = suppressResponseRates(small, 5);
    // A (3 invited) is below k; B (20) is the smallest other row and is hidden with it.
    // Shown: C's 20 of 30 and the total 31 of 53 → A + B = 11, which could be 1 + 10 or 3 + 8 …
    expect(shown.rows.map((line) => typeof line.submitted === "number")).toEqual([false, false, true]);
    // One marker for both: which row was the small one must not show (ADR 012).
    expect(shown.rows[0].submitted).toEqual({ suppressed: true, k: 5 });
    expect(shown.rows[1].submitted).toEqual({ suppressed: true, k: 5 });
    expect(shown.totals[0]).toMatchObject({ invited: 53, submitted: 31 });
  });
});
