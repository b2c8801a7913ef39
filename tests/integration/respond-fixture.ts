// A partnership with an open round for the responding tests, made through the models, and the respond
// route driven with real Requests: loader and action called directly, the page rendered by a data router.
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router-dom/server";
import en from "../../app/i18n/catalogues/en.json";
import sw from "../../app/i18n/catalogues/sw.json";
import { I18nContext } from "../../app/i18n/context";
import { login } from "../../app/models/people/auth.server";
import { createOrganisation } from "../../app/models/people/organisations.server";
import { createPartnership } from "../../app/models/people/partnerships.server";
import { createPerson } from "../../app/models/people/people.server";
import { createRound } from "../../app/models/rounds/rounds.server";
import * as respond from "../../app/routes/rounds.$roundId.respond.$instrument";

export const BASE = "http://localhost";
const LOAD_CONTEXT = { cspNonce: "", clientAddress: "127.0.0.1" };
const PASSWORD = "a-long-enough-secret";
const DAY = 86_400_000;

async function person(name: string, email: string, language: string, organisationId: number) {
  const id = await createPerson({ name, email, password: PASSWORD, language }, { organisationId, role: "member" });
  const result = await login(email, PASSWORD, "127.0.0.1");
  if (!result.ok) throw new Error("login failed");
  return { id, cookie: `sikiliza_session=${result.sessionToken}` };
}

export async function makeWorld() {
  const base = { country: "Kenya", populations: ["sex_workers" as const], level: "local" as const };
  const clo = createOrganisation({ ...base, name: "Amani Collective", kind: "community_led", leadership: "community_led" });
  const ingo = createOrganisation({ ...base, name: "Global Aid", kind: "ingo", leadership: "provider_led" });
  const partnershipId = createPartnership({ name: "Coast Programme", k: 5, members: [{ organisationId: clo, role: "community_partner" }, { organisationId: ingo, role: "ingo_partner" }] });
  const member = await person("Juma", "juma@amani.example", "sw", clo);
  const staff = await person("Sanne", "sanne@aid.example", "en", ingo);
  const outsider = await person("Otto", "otto@amani.example", "en", clo);
  const now = Date.now();
  const roundId = createRound({
    partnershipId,
    opensAt: new Date(now - DAY).toISOString(),
    closesAt: new Date(now + 30 * DAY).toISOString(),
    schedule: "none",
    instruments: ["partnership-view", "self-reflection", "collaboration-network"],
    invitees: [
      { personId: member.id, organisationId: clo, instrument: "partnership-view" },
      { personId: staff.id, organisationId: ingo, instrument: "self-reflection" },
      { personId: staff.id, organisationId: ingo, instrument: "collaboration-network" },
    ],
  });
  return { clo, ingo, partnershipId, roundId, member, staff, outsider };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

export const respondPath = (roundId: number, instrument: string) => `/rounds/${roundId}/respond/${instrument}`;

import { run, type Outcome } from "../support/route-outcome";

export { run, type Outcome };

const paramsOf = (path: string) => {
  const [, roundId, instrument] = /^\/rounds\/([^/]+)\/respond\/([^/?]+)/.exec(path) ?? [];
  return { roundId, instrument };
};

export function get(path: string, cookie: string) {
  const request = new Request(BASE + path, { headers: { Cookie: cookie } });
  return run(() => respond.loader({ request, params: paramsOf(path), context: LOAD_CONTEXT }));
}

export function post(path: string, cookie: string, fields: [string, string][] | Record<string, string>) {
  const body = new URLSearchParams(Array.isArray(fields) ? fields : Object.entries(fields));
  const request = new Request(BASE + path, { method: "POST", headers: { Cookie: cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" }, body });
  return run(() => respond.action({ request, params: paramsOf(path), context: LOAD_CONTEXT }));
}

/**
 * The page's HTML as the server renders it (without the site's header): the route's own loader, action
 * and component in a data router, so what a test reads is exactly what a browser would be sent.
 */
export async function renderPage(path: string, cookie: string, form?: [string, string][], locale: "en" | "sw" = "en") {
  const handler = createStaticHandler([{ id: "respond", path: "/rounds/:roundId/respond/:instrument", loader: respond.loader as never, action: respond.action as never, Component: respond.default }]);
  const init: RequestInit = form
    ? { method: "POST", headers: { Cookie: cookie, Origin: BASE, "Content-Type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(form) }
    : { headers: { Cookie: cookie } };
  const context = await handler.query(new Request(BASE + path, init));
  if (context instanceof Response) return { status: context.status, html: "" };
  const router = createStaticRouter(handler.dataRoutes, context);
  const messages = locale === "sw" ? { ...en, ...sw } : en;
  const html = renderToString(createElement(I18nContext.Provider, { value: { locale, messages } }, createElement(StaticRouterProvider, { router, context, hydrate: false })));
  return { status: context.statusCode, html };
}
