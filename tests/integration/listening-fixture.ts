// Two partnerships for the listening-loop tests, made through the models, with stories planted straight
// into the stories table (sealed like real ones), and the routes driven with real Requests: loaders and
// actions called directly, pages rendered by a data router exactly as a browser would be sent them.
import { eq } from "drizzle-orm";
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import en from "../../app/i18n/catalogues/en.json";
import { I18nContext } from "../../app/i18n/context";
import { writeTransaction } from "../../db/client";
import { stories, storyThemes, themes, type ConsentScope } from "../../db/schema";
import { db } from "../../app/models/platform/context.server";
import { createOrganisation, type OrganisationInput } from "../../app/models/people/organisations.server";
import { createPartnership } from "../../app/models/people/partnerships.server";
import { getPerson, insertPerson, type MembershipRole, type Person } from "../../app/models/people/people.server";
import { createRound } from "../../app/models/rounds/rounds.server";
import { createSession } from "../../app/models/people/sessions.server";
import { seal } from "../../app/models/platform/sealed-fields.server";

export const BASE = "http://localhost";
export const DAY = 86_400_000;
const LOAD_CONTEXT = { cspNonce: "", clientAddress: "127.0.0.1" };

const org = (name: string, kind: OrganisationInput["kind"]) =>
  createOrganisation({ name, kind, country: "Kenya", populations: ["sex_workers"], leadership: kind === "community_led" ? "community_led" : "provider_led", level: "local" });

export type Who = { id: number; cookie: string; person: () => Person };

// Sessions are made directly: no Argon2 per person.
function person(name: string, membership?: { organisationId: number; role: MembershipRole }, isFacilitator = false): Who {
  const id = writeTransaction(db(), (tx) => insertPerson(tx, { name, email: `${name.toLowerCase().replace(/\W/g, "")}@example.org`, language: "en", passwordHash: "unused", isFacilitator }, membership));
  return { id, cookie: `sikiliza_session=${createSession(id)}`, person: () => getPerson(id)! };
}

function openRound(partnershipId: number, opensDaysAgo = 60) {
  const now = Date.now();
  return createRound({ partnershipId, opensAt: new Date(now - opensDaysAgo * DAY).toISOString(), closesAt: new Date(now + 30 * DAY).toISOString(), schedule: "none", instruments: [], invitees: [] });
}

export function makeLoop() {
  const tumaini = org("Tumaini Collective", "community_led");
  const pamoja = org("Pamoja Network", "community_led");
  const ghp = org("Global Health Partners", "ingo");
  const funder = org("Open Fund", "funder");
  const farClo = org("Far Away Collective", "community_led");
  const farIngo = org("Far Away Aid", "ingo");
  const partnershipId = createPartnership({
    name: "Nairobi Programme",
    k: 5,
    members: [
      { organisationId: tumaini, role: "community_partner" },
      { organisationId: pamoja, role: "community_partner" },
      { organisationId: ghp, role: "ingo_partner" },
      { organisationId: funder, role: "funder" },
    ],
  });
  const otherPartnershipId = createPartnership({ name: "Far Programme", k: 5, members: [{ organisationId: farClo, role: "community_partner" }, { organisationId: farIngo, role: "ingo_partner" }] });
  return {
    orgs: { tumaini, pamoja, ghp, funder, farClo, farIngo },
    partnershipId,
    otherPartnershipId,
    roundId: openRound(partnershipId),
    otherRoundId: openRound(otherPartnershipId),
    sanne: person("Sanne", { organisationId: ghp, role: "member" }),
    pieter: person("Pieter", { organisationId: ghp, role: "coordinator" }),
    otieno: person("Otieno", { organisationId: tumaini, role: "coordinator" }),
    juma: person("Juma", { organisationId: tumaini, role: "member" }),
    wanjiru: person("Wanjiru", { organisationId: pamoja, role: "coordinator" }),
    grace: person("Grace", { organisationId: funder, role: "member" }),
    farStaff: person("Farah", { organisationId: farIngo, role: "member" }),
    facilitator: person("Facilitator", undefined, true),
  };
}

export type Loop = ReturnType<typeof makeLoop>;

export type PlantedStory = {
  partnershipId: number;
  roundId: number;
  organisationId: number;
  text: string;
  scope: ConsentScope;
  personId?: number | null;
  attribution?: "anonymous" | "name" | "organisation";
  signedName?: string;
  dimensions?: string[];
  felt?: number | null;
  power?: "us" | "them" | "shared" | null;
  createdAt?: string;
  withdrawn?: boolean;
  /** A withdrawn story whose text was (wrongly) left behind: proves the filter, not the erasure, hides it. */
  keepTextWhenWithdrawn?: boolean;
  themeNames?: string[];
};

/** A story row sealed exactly as telling one seals it; a withdrawn one keeps no text, as withdrawal leaves it. */
export function plantStory(s: PlantedStory): number {
  return writeTransaction(db(), (tx) => {
    const { id } = tx
      .insert(stories)
      .values({
        roundId: s.roundId,
        partnershipId: s.partnershipId,
        organisationId: s.organisationId,
        personId: s.personId ?? null,
        version: "test",
        textEnc: "",
        language: "en",
        dimensions: s.dimensions ?? [],
        felt: s.felt ?? null,
        power: s.power ?? null,
        scope: s.scope,
        attribution: s.attribution ?? "anonymous",
        ...(s.createdAt ? { createdAt: s.createdAt } : {}),
      })
      .returning({ id: stories.id })
      .get();
    tx.update(stories)
      .set({
        textEnc: s.withdrawn && !s.keepTextWhenWithdrawn ? null : seal({ table: "stories", column: "text" }, id, s.text),
        signedNameEnc: s.signedName ? seal({ table: "stories", column: "signed_name" }, id, s.signedName) : null,
        withdrawnAt: s.withdrawn ? new Date().toISOString() : null,
      })
      .where(eq(stories.id, id))
      .run();
    for (const name of s.themeNames ?? []) {
      const theme = tx.select({ id: themes.id }).from(themes).where(eq(themes.name, name)).get() ?? tx.insert(themes).values({ partnershipId: s.partnershipId, name }).returning({ id: themes.id }).get();
      tx.insert(storyThemes).values({ storyId: id, themeId: theme.id }).run();
    }
    return id;
  });
}

import { run, type Outcome } from "../support/route-outcome";

export { run, type Outcome };

type RouteModule = { loader: (args: never) => unknown; action?: (args: never) => unknown; default: () => unknown };
export type Route = { module: RouteModule; pattern: string };

function request(path: string, cookie: string, form?: [string, string][]) {
  return form
    ? new Request(BASE + path, { method: "POST", headers: { Cookie: cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form) })
    : new Request(BASE + path, { headers: { Cookie: cookie } });
}

function paramsOf(pattern: string, path: string): Record<string, string> {
  const names = [...pattern.matchAll(/:(\w+)/g)].map((m) => m[1]);
  const re = new RegExp(`^${pattern.replace(/:\w+/g, "([^/?]+)")}(?:\\?.*)?$`);
  const values = re.exec(path)?.slice(1) ?? [];
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(values[i] ?? "")]));
}

export const get = (route: Route, path: string, cookie: string) =>
  run(() => (route.module.loader as (a: unknown) => unknown)({ request: request(path, cookie), params: paramsOf(route.pattern, path), context: LOAD_CONTEXT }));

export const post = (route: Route, path: string, cookie: string, form: [string, string][]) =>
  run(() => (route.module.action as (a: unknown) => unknown)({ request: request(path, cookie, form), params: paramsOf(route.pattern, path), context: LOAD_CONTEXT }));

/** The page's HTML as the server renders it (without the site header), or the status of a refusal. */
export async function renderPage(route: Route, path: string, cookie: string, form?: [string, string][]) {
  const handler = createStaticHandler([{ id: "page", path: route.pattern, loader: route.module.loader as never, action: route.module.action as never, Component: route.module.default as never }]);
  const context = await handler.query(request(path, cookie, form));
  if (context instanceof Response) return { status: context.status, html: "" };
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(createElement(I18nContext.Provider, { value: { locale: "en", messages: en } }, createElement(StaticRouterProvider, { router, context, hydrate: false })));
  return { status: context.statusCode, html };
}
