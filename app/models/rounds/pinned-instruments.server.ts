// The instrument a person answers in a round: the pinned version, filled with the partnership's names.
import { expandNetworkInstrument } from "../../../surveys/network";
import type { Instrument } from "../../../surveys/types";
import { instrumentAt } from "./instruments.server";
import { listPartnershipMembers } from "../people/partnerships.server";
import { getRound, pinnedVersion } from "./rounds.server";

export type RoundInstrument = {
  instrument: Instrument;
  variables: Record<string, string>;
  round: NonNullable<ReturnType<typeof getRound>>;
};

export function roundInstrument(roundId: number, name: string, organisationId: number): RoundInstrument | null {
  const round = getRound(roundId);
  const version = round && pinnedVersion(roundId, name);
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
  const instrument =
    name === "collaboration-network"
      ? {
          ...pinned,
          json: expandNetworkInstrument(
            pinned.json,
            members.filter((m) => m.organisationId !== organisationId).map((m) => ({ id: m.organisationId, name: m.name })),
          ),
        }
      : pinned;
  return { instrument, variables, round };
}
