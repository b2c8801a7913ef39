import type { Figure } from "./figure-value";
import { shareOf } from "./stats";
import type { ResponseRateRow } from "./types";

/** Who answered, per organisation and instrument. `invited` describes the organisation and stays shown. */
export interface ResponseRateLine {
  organisationId: number;
  organisationName: string;
  instrument: string;
  invited: number;
  started: Figure;
  submitted: Figure;
  /** submitted / invited; null when nobody was invited. */
  rate: Figure;
}

/**
 * One total per instrument. There is no grand total across instruments: one person is invited to
 * several, so adding them up would count people twice.
 */
export interface InstrumentTotal {
  instrument: string;
  invited: number;
  started: Figure;
  submitted: Figure;
  rate: Figure;
}

export interface ResponseRates {
  rows: ResponseRateLine[];
  totals: InstrumentTotal[];
}

const compareText = (a: string, b: string) => a.localeCompare(b);

export function responseRates(rows: readonly ResponseRateRow[], roundId: number): ResponseRates {
  // The loader may send one organisation's instrument in several rows (e.g. per invitation batch).
  const lines = new Map<string, ResponseRateLine & { started: number; submitted: number }>();
  for (const row of rows) {
    if (row.roundId !== roundId) continue;
    const key = `${row.organisationId}|${row.instrument}`;
    const line = lines.get(key) ?? {
      organisationId: row.organisationId,
      organisationName: row.organisationName,
      instrument: row.instrument,
      invited: 0,
      started: 0,
      submitted: 0,
      rate: null,
    };
    line.invited += row.invited;
    line.started += row.started;
    line.submitted += row.submitted;
    lines.set(key, line);
  }
  const totals = new Map<string, { invited: number; started: number; submitted: number }>();
  for (const line of lines.values()) {
    line.rate = shareOf(line.submitted, line.invited);
    const total = totals.get(line.instrument) ?? { invited: 0, started: 0, submitted: 0 };
    total.invited += line.invited;
    total.started += line.started;
    total.submitted += line.submitted;
    totals.set(line.instrument, total);
  }
  return {
    rows: [...lines.values()].sort(
      (a, b) => compareText(a.instrument, b.instrument) || compareText(a.organisationName, b.organisationName),
    ),
    totals: [...totals.entries()]
      .sort(([a], [b]) => compareText(a, b))
      .map(([instrument, total]) => ({ instrument, ...total, rate: shareOf(total.submitted, total.invited) })),
  };
}
