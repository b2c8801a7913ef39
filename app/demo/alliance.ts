// Organisations, the partnership and the people of the demo alliance. All names are fictional.
import { writeTransaction } from "../../db/client";
import { db } from "../models/platform/context.server";
import { createOrganisation } from "../models/people/organisations.server";
import { createPartnership } from "../models/people/partnerships.server";
import { hashPassword } from "../models/people/passwords.server";
import { insertPerson, type MembershipRole } from "../models/people/people.server";
import { seedDemoRounds } from "./rounds";
import { seedDemoStories } from "./stories";
import { seedDemoListening } from "./listening";
import { seedDemoQuoteChoices } from "./quote-choices";
import { seedDemoReports } from "./reports";
import { seedDemoPowerFacts } from "./power-facts";
import { seedDemoBenchmarks } from "./benchmarks";
import { seedDemoPlans } from "./plans";
import type { DemoContext } from "./context";

const PASSWORD = "listen-first-demo";

type DemoPerson = { name: string; email: string; language: string; org?: keyof Orgs; role?: MembershipRole; facilitator?: boolean };
type Orgs = { tumaini: number; pamoja: number; ghp: number; openHorizons: number };

// The six accounts the README lists, then the colleagues who make the figures reach k = 5.
const PEOPLE: DemoPerson[] = [
  { name: "Juma Mwangi", email: "juma@tumaini.example", language: "sw", org: "tumaini", role: "member" },
  { name: "Otieno Ochieng", email: "otieno@tumaini.example", language: "en", org: "tumaini", role: "coordinator" },
  { name: "Wanjiru Kamau", email: "wanjiru@pamoja.example", language: "sw", org: "pamoja", role: "coordinator" },
  { name: "Sanne de Vries", email: "sanne@ghp.example", language: "en", org: "ghp", role: "member" },
  { name: "Grace Akinyi", email: "grace@openhorizons.example", language: "en", org: "openHorizons", role: "member" },
  { name: "Facilitator", email: "facilitator@sikiliza.example", language: "en", facilitator: true },
  ...["Baraka", "Kevin", "Brian", "Dennis", "Collins", "Samuel"].map((n, i) => ({
    name: `${n} T.`,
    email: `member${i + 1}@tumaini.example`,
    language: i % 2 ? "en" : "sw",
    org: "tumaini" as const,
    role: "member" as const,
  })),
  ...["Amina", "Halima", "Rashid", "Zawadi", "Omari"].map((n, i) => ({
    name: `${n} P.`,
    email: `member${i + 1}@pamoja.example`,
    language: "sw",
    org: "pamoja" as const,
    role: "member" as const,
  })),
  ...["Pieter", "Aisha", "Lucas", "Mercy", "Tom"].map((n, i) => ({
    name: `${n} G.`,
    email: `staff${i + 1}@ghp.example`,
    language: "en",
    org: "ghp" as const,
    role: i === 0 ? ("coordinator" as const) : ("member" as const),
  })),
];

export async function seedDemoAlliance(now: Date) {
  const orgs: Orgs = {
    tumaini: createOrganisation({
      name: "Tumaini Men's Collective",
      kind: "community_led",
      country: "Kenya",
      populations: ["sex_workers", "msm"],
      leadership: "community_led",
      level: "local",
    }),
    pamoja: createOrganisation({
      name: "Pamoja Harm Reduction Network",
      kind: "community_led",
      country: "Kenya",
      populations: ["people_who_use_drugs", "people_living_with_hiv"],
      leadership: "community_led",
      level: "local",
    }),
    ghp: createOrganisation({
      name: "Global Health Partners",
      kind: "ingo",
      country: "Netherlands",
      populations: ["sex_workers", "msm", "people_who_use_drugs", "people_living_with_hiv"],
      leadership: "provider_led",
      level: "global",
    }),
    openHorizons: createOrganisation({
      name: "Open Horizons Fund",
      kind: "funder",
      country: "Netherlands",
      populations: ["lgbt", "sex_workers", "people_who_use_drugs"],
      leadership: "provider_led",
      level: "global",
    }),
  };
  const partnershipId = createPartnership({
    name: "Nairobi Key Populations Programme",
    k: 5,
    members: [
      { organisationId: orgs.tumaini, role: "community_partner" },
      { organisationId: orgs.pamoja, role: "community_partner" },
      { organisationId: orgs.ghp, role: "ingo_partner" },
      { organisationId: orgs.openHorizons, role: "funder" },
    ],
  });
  // One hash for all demo accounts: they share the published password, and Argon2id is slow on purpose.
  const passwordHash = await hashPassword(PASSWORD);
  const people = writeTransaction(db(), (tx) =>
    Object.fromEntries(
      PEOPLE.map((p) => [
        p.email,
        insertPerson(
          tx,
          { name: p.name, email: p.email, language: p.language, passwordHash, isFacilitator: p.facilitator ?? false },
          p.org ? { organisationId: orgs[p.org], role: p.role! } : undefined,
        ),
      ]),
    ),
  );
  const demo: DemoContext = { orgs, partnershipId, people };
  // Each part builds on the ones before: rounds and answers, stories, the listening loop, facts of power, the
  // partnership's goal tree and road, reports.
  seedDemoRounds(demo, now);
  seedDemoStories(demo, now);
  seedDemoListening(demo, now);
  seedDemoPowerFacts(demo);
  seedDemoPlans(demo);
  // The coordinators choose their quotes before the reports are made (and frozen): the reports come last.
  seedDemoQuoteChoices(demo);
  seedDemoReports(demo, now);
  // Other partnerships that share their figures, so the released report shows its benchmark.
  seedDemoBenchmarks(demo, passwordHash, now);
  return demo;
}
