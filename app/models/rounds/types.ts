// What the round pages show, as the models build it and the components draw it: one declaration each.
// Types only: components import this file with `import type`, never the models' runtime code.
import type { PageModel } from "../../../surveys/types";
import type { PartnerRole } from "../people/partnerships.server";
import type { MembershipRole } from "../people/people.server";

/** The "open a round" form's fields, as typed (and as sent back when refused). */
export type RoundFormValues = {
  label: string;
  opensOn: string;
  closesOn: string;
  schedule: string;
  instruments: string[];
  invite: string[];
};

/** Who a round may invite, and to what: one group per organisation of the partnership. */
export type InviteChoice = { instrument: string; key: string; ticked: boolean };
export type InvitePerson = { personId: number; name: string; role: MembershipRole; choices: InviteChoice[] };
export type InviteGroup = { organisationId: number; name: string; partnerRole: PartnerRole; people: InvitePerson[] };

/** The page of an instrument being answered. */
export type AnswerView = {
  mode: "answer";
  page: PageModel;
  position: { x: number; y: number };
  isFirst: boolean;
  isLast: boolean;
  clientId: string | null;
  draft: { key: string; stamp: string };
  action: string;
};

/** A closed (or not yet open) round: every visible page, read-only. */
export type FrozenView = {
  mode: "frozen";
  pages: PageModel[];
  status: "draft" | "submitted" | null;
  notYetOpen: boolean;
  draftPrefix: string;
};

/** A refused page: a message per question, and the answers it was sent with. */
export type Refusal = { errors: Record<string, string>; values: Record<string, unknown> };

/** One reason an uploaded instrument was refused, naming its question (or "(file)", "(name)", "(survey)"). */
export type InstrumentProblemView = { question: string; problem: string };
