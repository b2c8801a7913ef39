// A small alliance for the round tests, made through the models: a community organisation, an INGO, a
// funder and one outsider organisation, each with people, and signed-in cookies without slow hashing.
import { createElement, type ComponentType } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import en from "../../app/i18n/catalogues/en.json";
import sw from "../../app/i18n/catalogues/sw.json";
import { I18nContext } from "../../app/i18n/context";
import { writeTransaction } from "../../db/client";
import { db } from "../../app/models/platform/context.server";
import { createOrganisation, type OrganisationInput } from "../../app/models/people/organisations.server";
import { createPartnership } from "../../app/models/people/partnerships.server";
import { insertPerson, type MembershipRole } from "../../app/models/people/people.server";
import { createSession } from "../../app/models/people/sessions.server";

export const BASE = "http://localhost";
export const DAY = 86_400_000;
export const context = { cspNonce: "", clientAddress: "127.0.0.1" };

const org = (name: string, kind: OrganisationInput["kind"]) =>
  createOrganisation({ name, kind, country: "Kenya", populations: ["sex_workers"], leadership: kind === "community_led" ? "community_led" : "provider_led", level: "local" });

// The password is never used here: sessions are made directly, so no Argon2 per person.
function person(name: string, membership?: { organisationId: number; role: MembershipRole }, isFacilitator = false) {
  const id = writeTransaction(db(), (tx) => insertPerson(tx, { name, email: `${name.toLowerCase()}@example.org`, language: "en", passwordHash: "unused", isFacilitator }, membership));
  return { id, cookie: `sikiliza_session=${createSession(id)}` };
}

export function makeAlliance() {
  const clo = org("Amani Collective", "community_led");
  const ingo = org("Global Aid", "ingo");
  const funder = org("Open Fund", "funder");
  const elsewhere = org("Far Away Network", "community_led");
  const partnershipId = createPartnership({
    name: "Coast Programme",
    k: 5,
    members: [
      { organisationId: clo, role: "community_partner" },
      { organisationId: ingo, role: "ingo_partner" },
      { organisationId: funder, role: "funder" },
    ],
  });
  return {
    clo,
    ingo,
    funder,
    partnershipId,
    facilitator: person("Facilitator", undefined, true),
    coordinator: person("Achieng", { organisationId: clo, role: "coordinator" }),
    member: person("Juma", { organisationId: clo, role: "member" }),
    staff: person("Sanne", { organisationId: ingo, role: "member" }),
    funderMember: person("Grace", { organisationId: funder, role: "member" }),
    outsider: person("Otto", { organisationId: elsewhere, role: "coordinator" }),
  };
}

export type Alliance = ReturnType<typeof makeAlliance>;

import { run, type Outcome } from "../support/route-outcome";

export { run, type Outcome };

export function getRequest(path: string, cookie: string) {
  return new Request(BASE + path, { headers: { Cookie: cookie } });
}

export function postRequest(path: string, cookie: string, fields: Record<string, string | string[]>) {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) body.append(k, one);
  return new Request(BASE + path, { method: "POST", headers: { Cookie: cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" }, body });
}

type RouteModule = { loader: unknown; action?: unknown; default: ComponentType };

/** A route's HTML as the server renders it (without the site's header), through its own loader and action. */
export async function renderRoute(route: RouteModule, pattern: string, path: string, cookie: string, form?: Record<string, string | string[]>, locale: "en" | "sw" = "en") {
  const handler = createStaticHandler([{ id: "page", path: pattern, loader: route.loader as never, action: route.action as never, Component: route.default }]);
  const context = await handler.query(form ? postRequest(path, cookie, form) : getRequest(path, cookie));
  if (context instanceof Response) return { status: context.status, html: "" };
  const router = createStaticRouter(handler.dataRoutes, context);
  const messages = locale === "sw" ? { ...en, ...sw } : en;
  const html = renderToString(createElement(I18nContext.Provider, { value: { locale, messages } }, createElement(StaticRouterProvider, { router, context, hydrate: false })));
  return { status: context.statusCode, html };
}
