// The response rates a round page shows: invited, started, submitted and rate per organisation and instrument.
import { responseRates, type ResponseRates } from "../../../reports/response-rates";
import { suppressResponseRates } from "../../../reports/suppress-response-rates";
import { listPartnershipMembers } from "../people/partnerships.server";
import { responseRateRows } from "./rounds.server";

/**
 * The facilitator chases answers and sees every count. A coordinator also sees the other organisations'
 * rows, so they get the report's small-number rule: a rate over fewer than k invited says who answered.
 */
export function roundResponseRates(round: { id: number; partnershipId: number }, options: { k: number | null }): ResponseRates {
  const names = new Map(listPartnershipMembers(round.partnershipId).map((m) => [m.organisationId, m.name]));
  const rows = responseRateRows(round.id).map((r) => ({
    roundId: round.id,
    organisationId: r.organisationId,
    organisationName: names.get(r.organisationId) ?? "",
    instrument: r.instrument,
    invited: Number(r.invited),
    started: Number(r.started),
    submitted: Number(r.submitted),
  }));
  const rates = responseRates(rows, round.id);
  return options.k === null ? rates : suppressResponseRates(rates, options.k);
}
