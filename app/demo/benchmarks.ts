// Six more fictional partnerships on the same Sikiliza, each with one closed round answered and its report
// released, all agreeing to share their figures (docs/decisions/030); the demo partnership agrees too, so its
// released report shows where it stands among them. Answers go through submitResponse, the report through the
// review and release a person would use. Ratings only: these partnerships tell no stories.
import { eq, inArray } from "drizzle-orm";
import { outbox, rounds } from "../../db/schema";
import { writeTransaction } from "../../db/client";
import { DIMENSIONS } from "../../surveys/dimensions";
import { db } from "../models/platform/context.server";
import { createOrganisation } from "../models/people/organisations.server";
import { createPartnership } from "../models/people/partnerships.server";
import { getPerson, insertPerson, type Person } from "../models/people/people.server";
import { roundInstrument } from "../models/rounds/pinned-instruments.server";
import { createRound, periodLabel, stateAt, type Invitee } from "../models/rounds/rounds.server";
import { submitResponse, type Target } from "../models/rounds/responses.server";
import { requireReport } from "../models/joint-report/access.server";
import { createReport } from "../models/joint-report/reports.server";
import { saveOurReading, sendToReview } from "../models/joint-report/workflow.server";
import { releaseReport } from "../models/joint-report/release.server";
import { latestVersion } from "../models/joint-report/versions.server";
import { agreeToBenchmarks } from "../models/joint-report/benchmark-consent.server";
import type { DemoContext } from "./context";
import { communityAnswers, ingoAnswers, seededRandom, type Rng } from "./round-answers";

const DAY = 86_400_000;

// Fictional names; the offset moves the community's ratings so the partnerships' gaps spread out.
const OTHERS = [
  { community: "Kisumu Peer Voices", ingo: "Harbour Aid International", country: "Kenya", offset: 1 },
  { community: "Mombasa Sisters' Circle", ingo: "Northlight Health", country: "Kenya", offset: 0 },
  { community: "Kampala Rainbow Collective", ingo: "Bridges Worldwide", country: "Uganda", offset: -1 },
  { community: "Dar Drop-in Network", ingo: "Common Ground Relief", country: "Tanzania", offset: 0.5 },
  { community: "Arusha Harm Reduction Group", ingo: "Clearwater Partners", country: "Tanzania", offset: -0.5 },
  { community: "Gulu Young Voices", ingo: "Open Door Alliance", country: "Uganda", offset: 1.5 },
];
const COMMUNITY_MEMBERS = 5;
const INGO_STAFF = 5;

const clamp = (value: number) => Math.min(5, Math.max(1, Math.round(value)));

/** Ratings and consent only, the community's moved by `offset`: no texts, so no voice is made up for a report. */
function ratingsOnly(answers: Record<string, unknown>, offset = 0) {
  const kept: Record<string, unknown> = { consent: "community" };
  for (const [name, value] of Object.entries(answers)) {
    const dimension = name.split("_")[0];
    if (!(DIMENSIONS as readonly string[]).includes(dimension) || name.endsWith("_example")) continue;
    kept[name] = typeof value === "number" && name === dimension ? clamp(value + offset) : value;
  }
  return kept;
}

/** One target per instrument and organisation: the instrument is read once, not once per answer. */
function sender(roundId: number) {
  const targets = new Map<string, Target>();
  return (invitee: Invitee, answers: Record<string, unknown>) => {
    const key = `${invitee.instrument}:${invitee.organisationId}`;
    if (!targets.has(key)) {
      const found = roundInstrument(roundId, invitee.instrument, invitee.organisationId);
      if (!found) throw new Error(`demo benchmark round ${roundId} has no ${invitee.instrument}`);
      targets.set(key, { roundId, instrumentName: invitee.instrument, instrument: found.instrument, variables: found.variables });
    }
    const result = submitResponse(targets.get(key)!, { ...invitee, language: "en" }, `demo-bench-${roundId}-${invitee.personId}`, answers);
    if (!result.ok) throw new Error(`demo benchmark answers refused: ${JSON.stringify(result)}`);
  };
}

function seedOne(rng: Rng, spec: (typeof OTHERS)[number], index: number, passwordHash: string, facilitator: Person, now: Date) {
  const org = (name: string, kind: "community_led" | "ingo") =>
    createOrganisation({
      name,
      kind,
      country: spec.country,
      populations: ["sex_workers"],
      leadership: kind === "community_led" ? "community_led" : "provider_led",
      level: kind === "community_led" ? "local" : "global",
    });
  const community = org(spec.community, "community_led");
  const ingo = org(spec.ingo, "ingo");
  const partnershipId = createPartnership({
    name: `${spec.community} and ${spec.ingo}`,
    k: 5,
    members: [
      { organisationId: community, role: "community_partner" },
      { organisationId: ingo, role: "ingo_partner" },
    ],
  });
  const people = writeTransaction(db(), (tx) => {
    const person = (n: number, organisationId: number, domain: string, coordinator: boolean) =>
      insertPerson(
        tx,
        { name: `${domain} ${n}`, email: `${domain}${n}@bench${index + 1}.example`, language: "en", passwordHash, isFacilitator: false },
        { organisationId, role: coordinator ? "coordinator" : "member" },
      );
    return {
      community: Array.from({ length: COMMUNITY_MEMBERS }, (_, n) => person(n + 1, community, "member", n === 0)),
      ingo: Array.from({ length: INGO_STAFF }, (_, n) => person(n + 1, ingo, "staff", n === 0)),
    };
  });
  const invitees: Invitee[] = [
    ...people.community.map((personId) => ({ personId, organisationId: community, instrument: "partnership-view" })),
    ...people.ingo.map((personId) => ({ personId, organisationId: ingo, instrument: "self-reflection" })),
  ];
  // Open for all time while answers go in through the real door; then set to the quarter that closed a month ago.
  const roundId = createRound({
    partnershipId,
    opensAt: "2000-01-01T00:00:00.000Z",
    closesAt: "9999-12-31T00:00:00.000Z",
    schedule: "none",
    instruments: ["partnership-view", "self-reflection"],
    invitees,
  });
  // Each side answers as one: one set of ratings per side, so no cell is small and every gap shows at k = 5.
  const used = new Set<string>();
  const communityRatings = ratingsOnly(communityAnswers(rng, "en", 1, used, index), spec.offset);
  const ingoRatings = ratingsOnly(ingoAnswers(rng, 1, used, [community]));
  const send = sender(roundId);
  invitees.forEach((invitee) => send(invitee, invitee.organisationId === community ? communityRatings : ingoRatings));
  const closesAt = new Date(now.getTime() - 30 * DAY).toISOString();
  const opensAt = new Date(now.getTime() - 120 * DAY).toISOString();
  writeTransaction(db(), (tx) => {
    tx.update(rounds)
      .set({ label: periodLabel(opensAt), opensAt, closesAt, state: stateAt(opensAt, closesAt, now) })
      .where(eq(rounds.id, roundId))
      .run();
    tx.delete(outbox)
      .where(inArray(outbox.roundId, [roundId]))
      .run();
  });
  const coordinator = getPerson(people.community[0])!;
  const staff = getPerson(people.ingo[0])!;
  const made = createReport(facilitator, roundId);
  if (!made.ok) throw new Error(`demo benchmark report refused (${made.reason})`);
  const reportId = made.reportId;
  const step = (result: { ok: boolean }, what: string) => {
    if (!result.ok) throw new Error(`demo benchmark report: ${what} refused`);
  };
  const at = (days: number) => new Date(Date.parse(closesAt) + days * DAY);
  step(sendToReview(requireReport(facilitator, reportId).reader, reportId, at(5)), "review");
  const versionId = latestVersion(reportId, db())!.id;
  step(saveOurReading(requireReport(coordinator, reportId).reader, reportId, community, "", { versionId }, at(10)), "approval");
  const release = { versionId, confirmSuppressed: true };
  step(releaseReport(requireReport(facilitator, reportId).reader, reportId, release, at(14)), "release");
  agreeToBenchmarks(coordinator, partnershipId, community, at(15));
  agreeToBenchmarks(staff, partnershipId, ingo, at(15));
}

export function seedDemoBenchmarks(demo: DemoContext, passwordHash: string, now: Date) {
  const rng = seededRandom(20261130);
  const facilitator = getPerson(demo.people["facilitator@sikiliza.example"])!;
  OTHERS.forEach((spec, index) => seedOne(rng, spec, index, passwordHash, facilitator, now));
  // The demo partnership agrees through each of its sides, as its people would on the benchmarks page.
  const agree = (email: string, organisationId: number) =>
    agreeToBenchmarks(getPerson(demo.people[email])!, demo.partnershipId, organisationId, now);
  agree("sanne@ghp.example", demo.orgs.ghp);
  agree("otieno@tumaini.example", demo.orgs.tumaini);
  agree("wanjiru@pamoja.example", demo.orgs.pamoja);
}
