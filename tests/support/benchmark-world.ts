// Other partnerships for the benchmark tests: each a community organisation and an INGO, one closed round in
// which community members rate every dimension alike and five INGO staff rate themselves the same, so
// the gap is known exactly (each rating given by k or more, so nothing is hidden); its report released as it would be. Agreement goes through the model, per side.
import { metricValues, reports, responses } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { agreeToBenchmarks } from "../../app/models/joint-report/benchmark-consent.server";
import { currentVersion } from "../../app/models/rounds/instruments.server";
import { createRound } from "../../app/models/rounds/rounds.server";
import { DIMENSIONS } from "../../surveys/dimensions";
import { organisation, partnership, signedIn, type Member } from "./world";

let made = 0;

function rateAll(roundId: number, organisationId: number, people: Member[], perspective: "community" | "ingo_self", values: number[]) {
  people.forEach((who, i) => {
    const responseId = db()
      .insert(responses)
      .values({
        roundId,
        instrument: perspective === "community" ? "partnership-view" : "self-reflection",
        version: currentVersion(perspective === "community" ? "partnership-view" : "self-reflection"),
        organisationId,
        personId: who.id,
        answersEnc: "",
        status: "submitted",
        submittedAt: new Date().toISOString(),
        updatedAt: new Date().toISOString(),
      })
      .returning({ id: responses.id })
      .get().id;
    db()
      .insert(metricValues)
      .values(
        DIMENSIONS.map((dimension) => ({
          responseId,
          roundId,
          organisationId,
          personId: who.id,
          dimension,
          perspective,
          value: values[i],
        })),
      )
      .run();
  });
}

export type OtherPartnership = {
  partnershipId: number;
  name: string;
  coordinator: Member;
  ingo: Member;
  release: (community: number[], self: number) => void;
};

/**
 * `community`: one rating per community member (every dimension alike; each value given by k or more); `self`: the INGO's own rating. The gap is
 * self − mean(community). `release` adds a later round with new ratings and releases its report too.
 */
export function otherPartnership(community: number[], self: number): OtherPartnership {
  const n = ++made;
  const name = `Benchmark Partnership ${n}`;
  const clo = organisation({ name: `Benchmark Collective ${n}`, kind: "community_led" });
  const ingoOrg = organisation({ name: `Benchmark INGO ${n}`, kind: "ingo" });
  const partnershipId = partnership(name, [
    [clo, "community_partner"],
    [ingoOrg, "ingo_partner"],
  ]);
  const coordinator = signedIn({ of: clo, role: "coordinator" });
  const ingo = signedIn({ of: ingoOrg });
  // Grows to as many community members as a release has ratings.
  const members: Member[] = [];
  const staff = Array.from({ length: 5 }, () => signedIn({ of: ingoOrg }));
  let rounds = 0;
  const release = (ratings: number[], selfRating: number) => {
    const opens = (m: number) => new Date(Date.UTC(2024, m, 1)).toISOString();
    const roundId = createRound({
      partnershipId,
      opensAt: opens(rounds * 3),
      closesAt: opens(rounds * 3 + 3),
      schedule: "none",
      instruments: [],
      invitees: [],
    });
    rounds += 1;
    while (members.length < ratings.length) members.push(signedIn({ of: clo }));
    rateAll(roundId, clo, members.slice(0, ratings.length), "community", ratings);
    rateAll(
      roundId,
      ingoOrg,
      staff,
      "ingo_self",
      staff.map(() => selfRating),
    );
    db()
      .insert(reports)
      .values({ roundId, partnershipId, status: "released", releasedAt: opens(rounds * 3 + 1) })
      .run();
  };
  release(community, self);
  return { partnershipId, name, coordinator, ingo, release };
}

/** Both sides agree: the partnership counts from the next read on. */
export function optIn(other: OtherPartnership, sides: ("community" | "ingo")[] = ["community", "ingo"]) {
  const orgOf = (member: Member) => member.person().memberships[0].organisationId;
  for (const side of sides) {
    const who = side === "community" ? other.coordinator : other.ingo;
    if (agreeToBenchmarks(who.person(), other.partnershipId, orgOf(who)) !== "saved") throw new Error("agreement refused");
  }
}
