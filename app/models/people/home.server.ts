// What is waiting for a person, by role: the home page is built from this and nothing else.
import type { Person } from "./people.server";
import { partnershipsOfOrganisations } from "./partnerships.server";
import { waitingFor } from "../rounds/rounds.server";
import { inboxForHome } from "../listening/inbox.server";
import { actionsForHome } from "../listening/actions.server";
import { storiesForHome } from "../stories/home.server";
import { reportsForHome } from "../joint-report/home.server";
import { waitingForOrganisations } from "./access-changes.server";
import type { HomeRole, HomeView } from "./types";

export function homeRoles(person: Person): HomeRole[] {
  const roles = new Set<HomeRole>();
  if (person.isFacilitator) roles.add("facilitator");
  for (const m of person.memberships) {
    if (m.kind === "funder") roles.add("funder");
    else if (m.kind === "ingo") roles.add("ingo");
    else roles.add(m.role === "coordinator" ? "coordinator" : "member");
  }
  return [...roles];
}

export function homeFor(person: Person): HomeView {
  const partnerships = partnershipsOfOrganisations(person.memberships.map((m) => m.organisationId));
  const surveys = waitingFor(person.id).filter((w) => w.instrument !== "story");
  return {
    name: person.name,
    roles: homeRoles(person),
    organisations: person.memberships.map((m) => ({
      id: m.organisationId,
      name: m.organisationName,
      role: m.role,
      kind: m.kind,
      changesWaiting: m.role === "coordinator" ? waitingForOrganisations([m.organisationId]) : null,
    })),
    partnerships: [...new Map(partnerships.map((p) => [p.partnershipId, { id: p.partnershipId, name: p.name }])).values()],
    surveys: surveys.map((s) => ({
      roundId: s.roundId,
      label: s.label,
      closesAt: s.closesAt,
      instrument: s.instrument,
      status: s.status ?? "not_started",
    })),
    stories: storiesForHome(person),
    inbox: inboxForHome(person),
    actionsToConfirm: actionsForHome(person),
    reports: reportsForHome(person),
  };
}
