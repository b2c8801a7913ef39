import { listeningAccuracy } from "../../../reports/listening-accuracy";
import { suppressAccuracy } from "../../../reports/suppress-listening";
import { indexViews } from "../../../reports/rating-views";
import { ratings } from "./fixtures";

describe("listening accuracy", () => {
  const views = indexViews([
    // decisions: community 1, 2, 2, 4, 5 → 2.8; prediction 4, 4, 3 → 11/3 ≈ 3.667; error 0.8667
    ...ratings(1, "decisions", "community", [1, 2, 2, 4, 5]),
    ...ratings(1, "decisions", "ingo_prediction", [4, 4, 3], 101),
    // agenda: community 3, 3 → 3; prediction 3, 4 → 3.5; error 0.5
    ...ratings(1, "agenda", "community", [3, 3]),
    ...ratings(1, "agenda", "ingo_prediction", [3, 4], 101),
    // money: no prediction → no error
    ...ratings(1, "money", "community", [5, 5, 5]),
    // the self-view plays no part in accuracy
    ...ratings(1, "decisions", "ingo_self", [1, 1, 1], 201),
  ]);
  const accuracy = listeningAccuracy(views, 1);
  const entry = (dimension: string) => accuracy.perDimension.find((item) => item.dimension === dimension)!;

  it("measures |mean prediction − mean community view| per dimension, with both n", () => {
    expect(entry("decisions")).toMatchObject({ communityMean: 2.8, nCommunity: 5, nPrediction: 3 });
    expect(entry("decisions").predictionMean).toBeCloseTo(11 / 3, 10);
    expect(entry("decisions").error).toBeCloseTo(11 / 3 - 2.8, 10);
    expect(entry("agenda").error).toBeCloseTo(0.5, 10);
    expect(entry("money").error).toBeNull();
  });

  it("averages the errors into one round figure and rescales it to a percentage", () => {
    // MAE = (0.8667 + 0.5) / 2 = 0.6833; accuracy = 100 × (1 − 0.6833 / 4) = 82.92
    expect(accuracy.round.dimensionsCompared).toBe(2);
    expect(accuracy.round.meanAbsoluteError).toBeCloseTo((11 / 3 - 2.8 + 0.5) / 2, 10);
    expect(accuracy.round.accuracyPercent).toBeCloseTo(82.9167, 3);
  });

  it("after suppression, hides an error resting on a hidden mean and leaves it out of the round figure", () => {
    // k = 3: agenda has only 2 community answers and 2 predictions → hidden; decisions stays.
    const shown = suppressAccuracy(accuracy, 3);
    expect(shown.perDimension.find((item) => item.dimension === "agenda")!.error).toMatchObject({ suppressed: true });
    // MAE over decisions alone = 0.8667; accuracy = 100 × (1 − 0.8667 / 4) = 78.33
    expect(shown.round.dimensionsCompared).toBe(1);
    expect(shown.round.meanAbsoluteError).toBeCloseTo(11 / 3 - 2.8, 10);
    expect(shown.round.accuracyPercent).toBeCloseTo(78.333, 3);
  });

  it("has no round figure when no dimension has both sides", () => {
    const none = listeningAccuracy(indexViews([]), 1).round;
    expect(none).toEqual({ meanAbsoluteError: null, accuracyPercent: null, dimensionsCompared: 0 });
  });
});
