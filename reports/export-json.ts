import { reportFigures } from "./export-flatten";
import type { JointReport } from "./report-shape";

/** Every figure of the report (reportFigures), for funders' systems, with what they describe. */
export function toJson(report: JointReport): string {
  const { partnership, round, k, generatedAt } = report;
  return JSON.stringify(
    { partnership, round: { id: round.id, label: round.label }, k, generatedAt, figures: reportFigures(report) },
    null,
    2,
  );
}
