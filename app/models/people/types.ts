// What the people pages show, as the models build it and the components draw it: one declaration each.
// Types only: components import this file with `import type`, never the models' runtime code.
import type { HomeReport } from "../joint-report/types";
import type { ActionToConfirm, InboxCounts } from "../listening/types";
import type { StoryHome } from "../stories/types";

/** The organisation form's fields, as typed (and as sent back when refused). */
export type OrganisationFormValues = {
  name: string;
  kind: string;
  country: string;
  populations: string[];
  leadership: string;
  level: string;
};

/** The partnership form's fields: each organisation's role, keyed by its id ("" for not a member). */
export type PartnershipFormValues = { name: string; k: string; reminderDays: string; roles: Record<string, string> };

/** What the header shows a signed-in person: their name, organisations and partnerships; nothing more. */
export type Navigation = {
  name: string;
  isFacilitator: boolean;
  organisations: { id: number; name: string; role: string }[];
  partnerships: { id: number; name: string }[];
};

export type HomeRole = "facilitator" | "coordinator" | "member" | "ingo" | "funder";

/** What is waiting for a person, by role: the home page is built from this and nothing else. */
export type HomeView = {
  name: string;
  roles: HomeRole[];
  /** For a coordinator, `changesWaiting` counts the access changes waiting for their organisation's answer. */
  organisations: { id: number; name: string; role: string; kind: string; changesWaiting: number | null }[];
  partnerships: { id: number; name: string }[];
  surveys: { roundId: number; label: string; closesAt: string; instrument: string; status: string }[];
  stories: StoryHome;
  /** Null for anyone who is not INGO staff. */
  inbox: InboxCounts | null;
  /** Null for anyone who is not a community coordinator. */
  actionsToConfirm: ActionToConfirm[] | null;
  reports: HomeReport[];
};

/** One change that widens who reads a community organisation's voice, as its coordinators and facilitators see it. */
export type AccessChangeView = {
  id: number;
  kind: "partnership_role" | "organisation_member" | "translator";
  /** The member a translator change names. */
  subjectName: string | null;
  partnershipName: string | null;
  organisationName: string;
  role: string;
  previousRole: string | null;
  askedBy: string;
  askedAt: string;
  status: "pending" | "applied" | "refused" | "cancelled";
  exception: "first_coordinator" | null;
  decidedAt: string | null;
  answers: { organisationName: string; decision: "approved" | "refused" | null; decidedBy: string | null; decidedAt: string | null }[];
  /** True when the organisation whose page this is still has to answer. */
  waitsForUs: boolean;
};
