// The one way integration tests build the world they run in: organisations, a partnership between some of
// them, people with roles who are already signed in, and rounds, all made through the models. The named
// alliances the tests share are in alliances.ts and reporting-alliance.ts.
import { writeTransaction } from "../../db/client";
import { db } from "../../app/models/platform/context.server";
import { login } from "../../app/models/people/auth.server";
import { createOrganisation, type OrganisationInput } from "../../app/models/people/organisations.server";
import { createPartnership, type PartnerRole } from "../../app/models/people/partnerships.server";
import { createPerson, getPerson, insertPerson, type MembershipRole, type Person } from "../../app/models/people/people.server";
import { createSession } from "../../app/models/people/sessions.server";
import { createRound, type NewRound } from "../../app/models/rounds/rounds.server";

export const DAY = 86_400_000;
export const PASSWORD = "a-long-enough-secret";

export type OrganisationSpec = { name: string; kind: OrganisationInput["kind"]; populations?: OrganisationInput["populations"] };
/**
 * A person, a member (`role` defaults to member) of the organisation `of`: its key in an alliance spec, its id
 * otherwise; without `of` they belong to no organisation. A name no test reads may be left out.
 */
export type PersonSpec<Of = number> = {
  name?: string;
  of?: Of;
  role?: MembershipRole;
  facilitator?: boolean;
  language?: string;
  email?: string;
};
export type AllianceSpec<O extends string, M extends string> = {
  organisations: Record<O, OrganisationSpec>;
  partnership: { name: string; k?: number; members: Partial<Record<NoInfer<O>, PartnerRole>> };
  people: Record<M, PersonSpec<NoInfer<O>>>;
};

/** A signed-in person: the cookie their browser would send, and their Person as the models see it now. */
export type Member = { id: number; cookie: string; person: () => Person };
export type Alliance<O extends string, M extends string> = { orgs: Record<O, number>; partnershipId: number; people: Record<M, Member> };

/** An organisation in Kenya; community-led ones are led by their community, the others by providers. */
export function organisation({ name, kind, populations = ["sex_workers"] }: OrganisationSpec): number {
  return createOrganisation({
    name,
    kind,
    country: "Kenya",
    populations,
    leadership: kind === "community_led" ? "community_led" : "provider_led",
    level: "local",
  });
}

export const partnership = (name: string, members: [organisationId: number, role: PartnerRole][], k = 5) =>
  createPartnership({ name, k, members: members.map(([organisationId, role]) => ({ organisationId, role })) });

let unnamed = 0;
function details(spec: PersonSpec) {
  const name = spec.name ?? `Person ${++unnamed}`;
  return {
    name,
    email: spec.email ?? `${name.toLowerCase().replace(/\W+/g, ".")}@example.org`,
    language: spec.language ?? "en",
    isFacilitator: spec.facilitator ?? false,
    membership: spec.of === undefined ? undefined : { organisationId: spec.of, role: spec.role ?? "member" },
  };
}

const member = (id: number, sessionToken: string): Member => ({
  id,
  cookie: `sikiliza_session=${sessionToken}`,
  person: () => getPerson(id)!,
});

/** A person with a session made directly: no password, so no Argon2 hashing per person. */
export function signedIn(spec: PersonSpec): Member {
  const { membership, ...person } = details(spec);
  const id = writeTransaction(db(), (tx) => insertPerson(tx, { ...person, passwordHash: "unused" }, membership));
  return member(id, createSession(id));
}

/** A person with a real password who signs in through login(), as in the browser (slow: Argon2). */
export async function signedInWithPassword(spec: PersonSpec): Promise<Member> {
  const { membership, ...person } = details(spec);
  const id = await createPerson({ ...person, password: PASSWORD }, membership);
  const result = await login(person.email, PASSWORD, "127.0.0.1");
  if (!result.ok) throw new Error("login failed");
  return member(id, result.sessionToken);
}

/** A round of the partnership, open now unless told otherwise; no instruments or invitations by default. */
export function openRound(
  partnershipId: number,
  options: Partial<Omit<NewRound, "partnershipId" | "opensAt" | "closesAt">> & { opensDaysAgo?: number; closesInDays?: number } = {},
) {
  const { opensDaysAgo = 1, closesInDays = 30, ...round } = options;
  const now = Date.now();
  return createRound({
    schedule: "none",
    instruments: [],
    invitees: [],
    ...round,
    partnershipId,
    opensAt: new Date(now - opensDaysAgo * DAY).toISOString(),
    closesAt: new Date(now + closesInDays * DAY).toISOString(),
  });
}

function organisationsAndPartnership<O extends string, M extends string>(spec: AllianceSpec<O, M>) {
  const orgs = Object.fromEntries(
    Object.entries<OrganisationSpec>(spec.organisations).map(([key, org]) => [key, organisation(org)]),
  ) as Record<O, number>;
  const members = Object.entries(spec.partnership.members) as [O, PartnerRole][];
  const partnershipId = partnership(
    spec.partnership.name,
    members.map(([key, role]) => [orgs[key], role]),
    spec.partnership.k,
  );
  // Each person's organisation key becomes the organisation's id.
  const people = (Object.entries(spec.people) as [M, PersonSpec<O>][]).map(([key, p]): [M, PersonSpec] => [
    key,
    { ...p, of: p.of === undefined ? undefined : orgs[p.of] },
  ]);
  return { orgs, partnershipId, people };
}

/** Everything in the spec, made in the order written (ids follow it), everyone signed in with a direct session. */
export function buildAlliance<O extends string, M extends string>(spec: AllianceSpec<O, M>): Alliance<O, M> {
  const { orgs, partnershipId, people } = organisationsAndPartnership(spec);
  return { orgs, partnershipId, people: Object.fromEntries(people.map(([key, p]) => [key, signedIn(p)])) as Record<M, Member> };
}

/** The same, but everyone has a password and signs in through login(): for tests that sign in again themselves. */
export async function buildAllianceWithPasswords<O extends string, M extends string>(spec: AllianceSpec<O, M>): Promise<Alliance<O, M>> {
  const { orgs, partnershipId, people } = organisationsAndPartnership(spec);
  const signed = {} as Record<M, Member>;
  for (const [key, p] of people) signed[key] = await signedInWithPassword(p);
  return { orgs, partnershipId, people: signed };
}
