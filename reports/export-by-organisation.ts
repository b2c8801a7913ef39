import { figureRow, smallerN, type FigureRow } from "./export-row";
import type { JointReport } from "./report-shape";

/**
 * The per-organisation gaps (gaps-by-organisation.ts) as CSV/JSON rows, section "by_organisation", the
 * organisation column naming the community organisation. Per organisation and dimension: each side's
 * mean and n, and the gap. Hidden rows carry the same marker as every hidden figure. Only means, never
 * distributions: an organisation's ratings are never broken down further than its mean.
 */
export function byOrganisationRows({ byOrganisation }: JointReport, round: string): FigureRow[] {
  return (byOrganisation?.perDimension ?? []).flatMap(({ dimension, organisations }) =>
    organisations.flatMap((entry) => {
      const context = { section: "by_organisation", round, dimension, organisation: entry.organisationName };
      return [
        figureRow(context, "community.mean", entry.community.mean, entry.community.n),
        figureRow(context, "community.n", entry.community.n, entry.community.n),
        figureRow(context, "ingo_self.mean", entry.ingoSelf.mean, entry.ingoSelf.n),
        figureRow(context, "ingo_self.n", entry.ingoSelf.n, entry.ingoSelf.n),
        figureRow(context, "gap", entry.gap, smallerN(entry.community.n, entry.ingoSelf.n)),
      ];
    }),
  );
}
