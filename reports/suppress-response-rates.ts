import { isSuppressed, type Suppressed } from "./figure-value";
import type { InstrumentTotal, ResponseRateLine, ResponseRates } from "./response-rates";
import { suppressTable } from "./suppress-table";

/**
 * A rate over one or two invited people says whether they answered. Per instrument, the rows are the
 * cells of one table and invited counts are what k is about: an organisation with fewer than k invited
 * has its started, submitted and rate hidden, and so does at least one more row, so the instrument
 * total minus the shown rows does not give the hidden one back. How many were invited describes the
 * organisation, not anyone's answer, and stays shown.
 */
export function suppressResponseRates(rates: ResponseRates, k: number): ResponseRates {
  const rowsByInstrument = new Map<string, ResponseRateLine[]>();
  for (const row of rates.rows) {
    const rows = rowsByInstrument.get(row.instrument);
    if (rows) rows.push(row);
    else rowsByInstrument.set(row.instrument, [row]);
  }
  const hiddenRows = new Map<ResponseRateLine, Suppressed>();
  const totals = rates.totals.map((total): InstrumentTotal => {
    const rows = rowsByInstrument.get(total.instrument) ?? [];
    const table = suppressTable(
      rows.map((row) => ({ key: row, count: row.invited, value: row })),
      total.invited,
      k,
    );
    for (const cell of table.cells) if (isSuppressed(cell.count)) hiddenRows.set(cell.key, cell.count);
    return isSuppressed(table.total) ? { ...total, ...hiddenAnswers(table.total) } : total;
  });
  return {
    rows: rates.rows.map((row) => {
      const hidden = hiddenRows.get(row);
      return hidden ? { ...row, ...hiddenAnswers(hidden) } : row;
    }),
    totals,
  };
}

function hiddenAnswers(hidden: Suppressed) {
  return { started: hidden, submitted: hidden, rate: hidden };
}
