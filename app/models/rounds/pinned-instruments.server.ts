// The instrument a person answers in a round: the pinned version, filled with the partnership's names.
import { instrumentMeta } from "../../../surveys/custom-properties";
import { expandNetworkInstrument } from "../../../surveys/network";
import { expandSelfReflection, type CommunityPartner } from "../../../surveys/self-reflection-partners";
import type { Instrument } from "../../../surveys/types";
import { instrumentAt } from "./instruments.server";
import { listPartnershipMembers } from "../people/partnerships.server";
import { getRound } from "./rounds.server";

// One object per version and set of partners: survey-core models are pooled per instrument JSON
// (surveys/survey-model.ts), so a model built for one request serves the next instead of being built anew.
const selfReflections = new Map<string, object>();
const MAX_EXPANSIONS = 500;

function selfReflectionFor(pinned: Instrument, partners: CommunityPartner[]): object {
  const key = `${pinned.version}|${JSON.stringify(partners)}`;
  let json = selfReflections.get(key);
  if (!json) {
    if (selfReflections.size >= MAX_EXPANSIONS) selfReflections.clear();
    selfReflections.set(key, (json = expandSelfReflection(pinned.json, partners)));
  }
  return json;
}

export type RoundInstrument = {
  instrument: Instrument;
  variables: Record<string, string>;
  round: NonNullable<ReturnType<typeof getRound>>;
};

/**
 * `pooled`: the self-reflection as the file words it, one rating for all community partners together; only
 * for a response already begun on that form (answer-page.server.ts). Otherwise it asks about each partner.
 */
export function roundInstrument(
  roundId: number,
  name: string,
  organisationId: number,
  options: { pooled?: boolean | (() => boolean) } = {},
): RoundInstrument | null {
  const round = getRound(roundId);
  // The round already carries its pinned versions: no second query for the one asked for.
  const version = round?.instruments.find((pinned) => pinned.instrument === name)?.version;
  const pinned = version ? instrumentAt(version) : null;
  if (!round || !pinned) return null;
  const members = listPartnershipMembers(round.partnershipId);
  const own = members.find((m) => m.organisationId === organisationId);
  const ingo = members.filter((m) => m.role === "ingo_partner").map((m) => m.name);
  const communities = members.filter((m) => m.role === "community_partner").map((m) => m.name);
  const variables = {
    INGO: ingo.join(" & "),
    // A community member speaks for their own organisation; INGO staff reflect on all community partners.
    CLO: own?.role === "community_partner" ? own.name : communities.join(" & "),
  };
  const partners = members.filter((m) => m.role === "community_partner").map((m) => ({ id: m.organisationId, name: m.name }));
  const others = members.filter((m) => m.organisationId !== organisationId).map((m) => ({ id: m.organisationId, name: m.name }));
  // The version stays the pinned one: the expansion is the same instrument asked about named organisations.
  // What the instrument declares (askedPer) decides the expansion, not its name.
  const askedPer = instrumentMeta(pinned.json).askedPer;
  const instrument =
    askedPer === "other_organisation"
      ? { ...pinned, json: expandNetworkInstrument(pinned.json, others) }
      : askedPer === "community_partner" && !(typeof options.pooled === "function" ? options.pooled() : options.pooled)
        ? { ...pinned, json: selfReflectionFor(pinned, partners) }
        : pinned;
  return { instrument, variables, round };
}
