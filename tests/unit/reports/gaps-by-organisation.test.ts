import { gapsByOrganisation, type OrganisationCountRow, type OrganisationViewsInput } from "../../../reports/gaps-by-organisation";
import { perceptionGap } from "../../../reports/perception-gap";
import { summariseAnswers } from "../../../reports/rating-views";
import type { DimensionSection } from "../../../reports/report-shape";
import { suppressGap } from "../../../reports/suppress-rating-views";
import { isSuppressed } from "../../../reports/figure-value";

const K = 5;
const TUMAINI = 11;
const PAMOJA = 12;
const ORGANISATIONS = [
  { id: PAMOJA, name: "Pamoja" },
  { id: TUMAINI, name: "Tumaini" },
];

/** Count rows for one organisation on "decisions" from a list of ratings (null = don't know). */
function counts(organisationId: number | null, values: (number | null)[]): OrganisationCountRow[] {
  const byValue = new Map<number | null, number>();
  for (const value of values) byValue.set(value, (byValue.get(value) ?? 0) + 1);
  return [...byValue].map(([value, respondents]) => ({ organisationId, dimension: "decisions", value, respondents }));
}

/** The report's pooled section for "decisions", suppressed the way the report does it. */
function pooled(community: (number | null)[], ingo: (number | null)[]): DimensionSection[] {
  const gap = suppressGap(perceptionGap("decisions", summariseAnswers(community), summariseAnswers(ingo)), K);
  return [{ dimension: "decisions", gap } as DimensionSection];
}

// Tumaini: six 3s (mean 3); Pamoja: six 2s (mean 2): a pooled view with no hidden cell. The INGO rates both per partner.
const tumaini = [3, 3, 3, 3, 3, 3];
const pamoja = [2, 2, 2, 2, 2, 2];
const ingoAboutTumaini = [5, 5, 5, 5, 5, 4, 4, 4, 4, 4];
const ingoAboutPamoja = [4, 4, 4, 4, 4, 3, 3, 3, 3, 3];
// Each INGO person's pooled answer: the mean of their two ratings, rounded half up.
const ingoPooled = [5, 5, 5, 5, 5, 4, 4, 4, 4, 4];

function input(parts: Partial<Record<"tumaini" | "pamoja" | "aboutTumaini" | "aboutPamoja" | "pooledForm", (number | null)[]>>) {
  return {
    organisations: ORGANISATIONS,
    community: [...counts(TUMAINI, parts.tumaini ?? tumaini), ...counts(PAMOJA, parts.pamoja ?? pamoja)],
    ingoSelf: [
      ...counts(TUMAINI, parts.aboutTumaini ?? ingoAboutTumaini),
      ...counts(PAMOJA, parts.aboutPamoja ?? ingoAboutPamoja),
      ...counts(null, parts.pooledForm ?? []),
    ],
  } satisfies OrganisationViewsInput;
}

const row = (result: ReturnType<typeof gapsByOrganisation>, id: number) =>
  result.perDimension.find((d) => d.dimension === "decisions")!.organisations.find((o) => o.organisationId === id)!;

describe("the gap per community organisation", () => {
  it("shows each organisation's means and gap when both sides clear k for every organisation", () => {
    const result = gapsByOrganisation(input({}), pooled([...tumaini, ...pamoja], ingoPooled), K);
    expect(row(result, TUMAINI)).toMatchObject({
      organisationName: "Tumaini",
      community: { mean: 3, n: 6 },
      ingoSelf: { mean: 4.5, n: 10 },
      gap: 1.5,
      flagged: true,
    });
    expect(row(result, PAMOJA)).toMatchObject({ community: { mean: 2, n: 6 }, ingoSelf: { mean: 3.5, n: 10 }, gap: 1.5 });
    expect(result.organisations.map((o) => o.name)).toEqual(["Pamoja", "Tumaini"]);
  });

  it("hides an organisation whose INGO side is under k — and the other one too, or it would be the pooled one minus this", () => {
    const result = gapsByOrganisation(input({ aboutPamoja: [4, 4, 3, 4] }), pooled([...tumaini, ...pamoja], ingoPooled), K);
    for (const id of [PAMOJA, TUMAINI]) {
      const entry = row(result, id);
      for (const figure of [entry.community.mean, entry.community.n, entry.ingoSelf.mean, entry.ingoSelf.n, entry.gap]) {
        expect(isSuppressed(figure)).toBe(true);
      }
      expect(entry.flagged).toBe(false);
    }
  });

  it("hides the breakdown when one organisation's community side is under k while the pooled figure shows (subtraction)", () => {
    const fewPamoja = [1, 2, 2, 3];
    const sections = pooled([...tumaini, ...fewPamoja], ingoPooled);
    // The pooled community mean (10 people) shows, by the existing rules.
    expect(sections[0].gap.community.mean).toBeCloseTo(26 / 10, 10);
    const result = gapsByOrganisation(input({ pamoja: fewPamoja }), sections, K);
    // Tumaini clears k on both sides, yet showing it would give Pamoja's four away: pooled × 10 − Tumaini × 6.
    expect(isSuppressed(row(result, TUMAINI).community.mean)).toBe(true);
    expect(isSuppressed(row(result, PAMOJA).community.mean)).toBe(true);
  });

  it("hides the breakdown when the pooled mean itself is hidden", () => {
    const result = gapsByOrganisation(input({}), pooled([...tumaini, ...pamoja], [5, 4, 4, 5]), K);
    expect(isSuppressed(row(result, TUMAINI).gap)).toBe(true);
  });

  it("hides a mean that pins a small cell by itself (n = 5, mean 4.8: four 5s and one 4)", () => {
    const result = gapsByOrganisation(input({ aboutTumaini: [5, 5, 5, 5, 4] }), pooled([...tumaini, ...pamoja], ingoPooled), K);
    expect(isSuppressed(row(result, TUMAINI).ingoSelf.mean)).toBe(true);
    expect(isSuppressed(row(result, PAMOJA).ingoSelf.mean)).toBe(true);
  });

  it("hides the breakdown when a few answers to the pooled form sit in the pooled INGO mean only", () => {
    const result = gapsByOrganisation(input({ pooledForm: [5, 5] }), pooled([...tumaini, ...pamoja], [...ingoPooled, 5, 5]), K);
    expect(isSuppressed(row(result, TUMAINI).gap)).toBe(true);
  });

  it("leaves don't-know out of n and means, as the pooled view does", () => {
    const result = gapsByOrganisation(
      // Five "don't know": a count the pooled view shows, so the breakdown may stand beside it.
      input({ tumaini: [...tumaini, null, null, null, null, null] }),
      pooled([...tumaini, ...pamoja, null, null, null, null, null], ingoPooled),
      K,
    );
    expect(row(result, TUMAINI).community).toEqual({ mean: 3, n: 6 });
  });

  it("hides the breakdown beside a pooled view that hides any cell: the organisations' n and means could narrow it", () => {
    const spread = [1, 2, 3, 3, 3, 3];
    const result = gapsByOrganisation(input({ tumaini: spread }), pooled([...spread, ...pamoja], ingoPooled), K);
    for (const id of [PAMOJA, TUMAINI]) expect(isSuppressed(row(result, id).community.mean)).toBe(true);
  });

  it("has no breakdown with a single community organisation: its view is the pooled view", () => {
    const one = { ...input({}), organisations: [ORGANISATIONS[1]] };
    expect(gapsByOrganisation(one, pooled(tumaini, ingoAboutTumaini), K).perDimension).toEqual([]);
  });
});
