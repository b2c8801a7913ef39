// The alliance the joint-report tests read: two community organisations, an INGO and a funder in one
// partnership, two rounds in 2024 answered by everyone invited, a network tie and an action. Ratings are
// written straight into the tables a report reads, with values chosen so tests can work the means out.
import { actions, metricValues, networkTies, responses, roundInvitees } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { currentVersion } from "../../app/models/rounds/instruments.server";
import { createRound } from "../../app/models/rounds/rounds.server";
import { DIMENSIONS } from "../../surveys/dimensions";
import { buildAlliance, signedIn } from "./world";

type Respondent = { who: { id: number }; organisationId: number };

function respond(roundId: number, who: { id: number }, organisationId: number, instrument: string) {
  return db()
    .insert(responses)
    .values({
      roundId,
      instrument,
      version: currentVersion(instrument),
      organisationId,
      personId: who.id,
      answersEnc: "",
      status: "submitted",
      submittedAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
    })
    .returning({ id: responses.id })
    .get().id;
}

/** One rating per dimension on this response, in one perspective; `value` gets the dimension's index. */
function ratings(
  responseId: number,
  roundId: number,
  { who, organisationId }: Respondent,
  perspective: "community" | "ingo_self" | "ingo_prediction",
  value: (i: number) => number,
) {
  const rows = DIMENSIONS.map((dimension, i) => ({
    responseId,
    roundId,
    organisationId,
    personId: who.id,
    dimension,
    perspective,
    value: value(i),
  }));
  db().insert(metricValues).values(rows).run();
}

/** Each community respondent rates every dimension 1 to 3 (from their id); each INGO respondent rates itself 5 and predicts 4. */
function rate(roundId: number, community: Respondent[], ingo: Respondent[]) {
  const responseIds = new Map<number, number>();
  for (const respondent of community) {
    const responseId = respond(roundId, respondent.who, respondent.organisationId, "partnership-view");
    responseIds.set(respondent.who.id, responseId);
    ratings(responseId, roundId, respondent, "community", (i) => 1 + ((respondent.who.id + i) % 3));
  }
  for (const respondent of ingo) {
    const responseId = respond(roundId, respondent.who, respondent.organisationId, "self-reflection");
    ratings(responseId, roundId, respondent, "ingo_self", () => 5);
    ratings(responseId, roundId, respondent, "ingo_prediction", () => 4);
  }
  return responseIds;
}

/**
 * `communityRespondents` people of the two community organisations answer each round (6 by default,
 * above k = 5); five INGO staff answer the self-reflection.
 */
export function reportingAlliance(options: { communityRespondents?: number; k?: number } = {}) {
  const alliance = buildAlliance({
    organisations: {
      tumaini: { name: "Tumaini Collective", kind: "community_led", populations: ["sex_workers", "msm"] },
      pamoja: { name: "Pamoja Network", kind: "community_led", populations: ["people_who_use_drugs"] },
      ingoOrg: { name: "Global Partners", kind: "ingo", populations: ["sex_workers", "people_who_use_drugs"] },
      fundOrg: { name: "Open Fund", kind: "funder", populations: ["sex_workers"] },
      elsewhere: { name: "Elsewhere Collective", kind: "community_led", populations: ["lgbt"] },
    },
    partnership: {
      name: "Programme",
      k: options.k ?? 5,
      members: { tumaini: "community_partner", pamoja: "community_partner", ingoOrg: "ingo_partner", fundOrg: "funder" },
    },
    // No test reads these names: each gets a numbered one.
    people: {
      coordTumaini: { of: "tumaini", role: "coordinator" },
      coordPamoja: { of: "pamoja", role: "coordinator" },
      memberTumaini: { of: "tumaini" },
      ingo: { of: "ingoOrg" },
      funder: { of: "fundOrg" },
      facilitator: { facilitator: true },
      outsider: { of: "elsewhere", role: "coordinator" },
    },
  });
  const { orgs, people, partnershipId } = alliance;
  const community = Array.from({ length: options.communityRespondents ?? 6 }, (_, i) => {
    const organisationId = i % 2 === 0 ? orgs.tumaini : orgs.pamoja;
    return { who: i === 0 ? people.memberTumaini : signedIn({ of: organisationId }), organisationId };
  });
  const ingo = [people.ingo, ...Array.from({ length: 4 }, () => signedIn({ of: orgs.ingoOrg }))].map((who) => ({
    who,
    organisationId: orgs.ingoOrg,
  }));
  const opens = (months: number) => new Date(Date.UTC(2024, months, 1)).toISOString();
  const first = createRound({ partnershipId, opensAt: opens(0), closesAt: opens(3), schedule: "none", instruments: [], invitees: [] });
  const second = createRound({ partnershipId, opensAt: opens(3), closesAt: opens(6), schedule: "none", instruments: [], invitees: [] });
  for (const roundId of [first, second]) {
    db()
      .insert(roundInvitees)
      .values(
        [...community, ...ingo].map(({ who, organisationId }) => ({
          roundId,
          personId: who.id,
          organisationId,
          instrument: organisationId === orgs.ingoOrg ? "self-reflection" : "partnership-view",
        })),
      )
      .run();
  }
  rate(first, community, ingo);
  const responseIds = rate(second, community, ingo);
  db()
    .insert(networkTies)
    .values({
      responseId: responseIds.get(people.memberTumaini.id)!,
      roundId: second,
      fromOrganisationId: orgs.tumaini,
      toOrganisationId: orgs.pamoja,
      workedOn: ["referrals"],
      howOften: "monthly",
    })
    .run();
  db()
    .insert(actions)
    .values({
      partnershipId,
      roundId: second,
      title: "Share the budget with both collectives",
      ownerOrganisationId: orgs.ingoOrg,
      status: "started",
      createdBy: people.ingo.id,
    })
    .run();
  return { ...alliance, rounds: { first, second }, responseIds };
}

export type ReportingAlliance = ReturnType<typeof reportingAlliance>;
