// A small partnership with everything a joint report reads: two community organisations, an INGO, a
// funder, two rounds of ratings, network ties, an action, and stories and examples in every consent
// scope, each carrying a marker string a test can look for in pages and exports.
import { eq } from "drizzle-orm";
import { actions, metricValues, narratives, networkTies, responses, roundInvitees, stories } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { currentVersion } from "../../app/models/rounds/instruments.server";
import { createOrganisation, type OrganisationInput } from "../../app/models/people/organisations.server";
import { createPartnership } from "../../app/models/people/partnerships.server";
import { getPerson, insertPerson, type MembershipRole, type Person } from "../../app/models/people/people.server";
import { createRound } from "../../app/models/rounds/rounds.server";
import { createSession } from "../../app/models/people/sessions.server";
import { seal } from "../../app/models/platform/sealed-fields.server";
import { DIMENSIONS } from "../../reports/dimensions";

export const BASE = "http://localhost";
const SCOPES = ["community", "partners", "report"] as const;
type Scope = (typeof SCOPES)[number];

const org = (name: string, kind: OrganisationInput["kind"], populations: OrganisationInput["populations"]): OrganisationInput => ({
  name,
  kind,
  country: "Kenya",
  populations,
  leadership: kind === "community_led" ? "community_led" : "provider_led",
  level: "local",
});

let personCount = 0;
function person(organisationId: number | null, role: MembershipRole = "member", isFacilitator = false): Person {
  personCount += 1;
  const id = insertPerson(
    db(),
    { name: `Person ${personCount}`, email: `person${personCount}-${Date.now()}@example.org`, language: "en", passwordHash: "not-a-real-hash", isFacilitator },
    organisationId === null ? undefined : { organisationId, role },
  );
  return getPerson(id)!;
}

export const cookieOf = (p: Person) => `sikiliza_session=${createSession(p.id)}`;

export function get(path: string, cookie: string) {
  return new Request(BASE + path, { headers: { Cookie: cookie } });
}

export function post(path: string, cookie: string, fields: Record<string, string>) {
  return new Request(BASE + path, {
    method: "POST",
    headers: { Cookie: cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
}

function respond(roundId: number, who: Person, organisationId: number, instrument: string) {
  return db()
    .insert(responses)
    .values({ roundId, instrument, version: currentVersion(instrument), organisationId, personId: who.id, answersEnc: "", status: "submitted", submittedAt: new Date().toISOString(), updatedAt: new Date().toISOString() })
    .returning({ id: responses.id })
    .get().id;
}

/** Each respondent rates every dimension: community `communityValue`, INGO self `selfValue`, prediction `predictionValue`. */
function rate(roundId: number, community: { who: Person; organisationId: number }[], ingo: { who: Person; organisationId: number }[]) {
  const responseIds = new Map<number, number>();
  for (const { who, organisationId } of community) {
    const responseId = respond(roundId, who, organisationId, "partnership-view");
    responseIds.set(who.id, responseId);
    db().insert(metricValues).values(DIMENSIONS.map((dimension, i) => ({ responseId, roundId, organisationId, personId: who.id, dimension, perspective: "community" as const, value: 1 + ((who.id + i) % 3) }))).run();
  }
  for (const { who, organisationId } of ingo) {
    const responseId = respond(roundId, who, organisationId, "self-reflection");
    db().insert(metricValues).values(DIMENSIONS.map((dimension) => ({ responseId, roundId, organisationId, personId: who.id, dimension, perspective: "ingo_self" as const, value: 5 }))).run();
    db().insert(metricValues).values(DIMENSIONS.map((dimension) => ({ responseId, roundId, organisationId, personId: who.id, dimension, perspective: "ingo_prediction" as const, value: 4 }))).run();
  }
  return responseIds;
}

export type World = Awaited<ReturnType<typeof reportWorld>>;

/**
 * `communityRespondents` people of the two community organisations answer each round (6 by default,
 * above k = 5); five INGO staff answer the self-reflection.
 */
export function reportWorld(options: { communityRespondents?: number; k?: number } = {}) {
  const tumaini = createOrganisation(org("Tumaini Collective", "community_led", ["sex_workers", "msm"]));
  const pamoja = createOrganisation(org("Pamoja Network", "community_led", ["people_who_use_drugs"]));
  const ingoOrg = createOrganisation(org("Global Partners", "ingo", ["sex_workers", "people_who_use_drugs"]));
  const fundOrg = createOrganisation(org("Open Fund", "funder", ["sex_workers"]));
  const elsewhere = createOrganisation(org("Elsewhere Collective", "community_led", ["lgbt"]));
  const partnershipId = createPartnership({
    name: "Programme",
    k: options.k ?? 5,
    members: [
      { organisationId: tumaini, role: "community_partner" },
      { organisationId: pamoja, role: "community_partner" },
      { organisationId: ingoOrg, role: "ingo_partner" },
      { organisationId: fundOrg, role: "funder" },
    ],
  });
  const people = {
    coordTumaini: person(tumaini, "coordinator"),
    coordPamoja: person(pamoja, "coordinator"),
    memberTumaini: person(tumaini),
    ingo: person(ingoOrg),
    funder: person(fundOrg),
    facilitator: person(null, "member", true),
    outsider: person(elsewhere, "coordinator"),
  };
  const n = options.communityRespondents ?? 6;
  const community = Array.from({ length: n }, (_, i) => {
    const organisationId = i % 2 === 0 ? tumaini : pamoja;
    return { who: i === 0 ? people.memberTumaini : person(organisationId), organisationId };
  });
  const ingo = [people.ingo, ...Array.from({ length: 4 }, () => person(ingoOrg))].map((who) => ({ who, organisationId: ingoOrg }));
  const opens = (months: number) => new Date(Date.UTC(2024, months, 1)).toISOString();
  const firstRound = createRound({ partnershipId, opensAt: opens(0), closesAt: opens(3), schedule: "none", instruments: [], invitees: [] });
  const secondRound = createRound({ partnershipId, opensAt: opens(3), closesAt: opens(6), schedule: "none", instruments: [], invitees: [] });
  for (const roundId of [firstRound, secondRound]) {
    db().insert(roundInvitees).values([...community, ...ingo].map(({ who, organisationId }) => ({ roundId, personId: who.id, organisationId, instrument: organisationId === ingoOrg ? "self-reflection" : "partnership-view" }))).run();
  }
  rate(firstRound, community, ingo);
  const responseIds = rate(secondRound, community, ingo);
  db().insert(networkTies).values({ responseId: responseIds.get(people.memberTumaini.id)!, roundId: secondRound, fromOrganisationId: tumaini, toOrganisationId: pamoja, workedOn: ["referrals"], howOften: "monthly" }).run();
  db().insert(actions).values({ partnershipId, roundId: secondRound, title: "Share the budget with both collectives", ownerOrganisationId: ingoOrg, status: "started", createdBy: people.ingo.id }).run();
  const world = { orgs: { tumaini, pamoja, ingoOrg, fundOrg, elsewhere }, partnershipId, rounds: { first: firstRound, second: secondRound }, people, responseIds };
  return world;
}

/** A story of the Tumaini member in the second round, sealed as the app seals it. */
export function tellStory(world: World, text: string, scope: Scope, extra: { dimensions?: string[]; putForward?: boolean; organisationId?: number } = {}) {
  const id = db()
    .insert(stories)
    .values({
      roundId: world.rounds.second,
      partnershipId: world.partnershipId,
      organisationId: extra.organisationId ?? world.orgs.tumaini,
      personId: world.people.memberTumaini.id,
      version: currentVersion("story"),
      textEnc: "",
      language: "sw",
      dimensions: extra.dimensions ?? ["decisions"],
      scope,
      putForward: extra.putForward ?? false,
    })
    .returning({ id: stories.id })
    .get().id;
  db().update(stories).set({ textEnc: seal({ table: "stories", column: "text" }, id, text) }).where(eq(stories.id, id)).run();
  return id;
}

/** An example given with the Tumaini member's rating of `dimension` in the second round. */
export function giveExample(world: World, text: string, scope: Scope, dimension = "decisions") {
  const id = db()
    .insert(narratives)
    .values({ responseId: world.responseIds.get(world.people.memberTumaini.id)!, roundId: world.rounds.second, organisationId: world.orgs.tumaini, question: `${dimension}_example`, dimension, textEnc: "", language: "en", scope })
    .returning({ id: narratives.id })
    .get().id;
  db().update(narratives).set({ textEnc: seal({ table: "narratives", column: "text" }, id, text) }).where(eq(narratives.id, id)).run();
  return id;
}

/** One story and one example in each scope, each with its own marker. */
export function plantMarkers(world: World) {
  for (const scope of SCOPES) {
    tellStory(world, `MARKER-STORY-${scope.toUpperCase()} 🙏🏾 tulisikilizwa`, scope);
    giveExample(world, `MARKER-EXAMPLE-${scope.toUpperCase()}`, scope);
  }
}

export type Outcome = { status: number; body: string; data: unknown };

/** Runs a loader or action and reports what the browser would get: a thrown Response counts like a returned one. */
export async function run(fn: () => unknown): Promise<Outcome> {
  try {
    const result = await fn();
    if (result instanceof Response) return { status: result.status, body: await result.text(), data: null };
    if (result && typeof result === "object" && "init" in result && "data" in result) {
      const wrapped = result as { data: unknown; init: { status?: number } | null };
      return { status: wrapped.init?.status ?? 200, body: JSON.stringify(wrapped.data), data: wrapped.data };
    }
    return { status: 200, body: JSON.stringify(result), data: result };
  } catch (thrown) {
    if (thrown instanceof Response) return { status: thrown.status, body: await thrown.text(), data: null };
    throw thrown;
  }
}
