// Every route of the app, with the concrete URLs the access matrix opens for it. A route missing here fails
// the matrix: deciding how a new page is reached (and by whom) is part of adding it.
export type Fixture = {
  organisations: string[];
  partnership: string;
  rounds: string[];
  stories: string[];
  reports: string[];
  actions: string[];
  storyLink: string;
  instruments: string[];
};

type Policy = (f: Fixture) => string[];

const perOrganisation =
  (suffix: string): Policy =>
  (f) =>
    f.organisations.map((o) => `/organisations/${o}${suffix}`);
const perStory =
  (prefix: string): Policy =>
  (f) =>
    f.stories.map((s) => `${prefix}/${s}`);

export const ROUTE_POLICIES: Record<string, Policy> = {
  "/": () => ["/"],
  "/login": () => ["/login"],
  "/account": () => ["/account"],
  "/account/reach": () => ["/account/reach"],
  "/logout": () => ["/logout"],
  "/language": () => ["/language"],
  "/healthz": () => ["/healthz"],
  "/invite/:token": () => ["/invite/not-a-real-invitation-token-000000"],
  "/admin": () => ["/admin"],
  "/admin/invitations": () => ["/admin/invitations"],
  "/admin/outbox": () => ["/admin/outbox"],
  "/admin/organisations/new": () => ["/admin/organisations/new"],
  "/admin/organisations/:organisationId": (f) => f.organisations.map((o) => `/admin/organisations/${o}`),
  "/admin/partnerships/new": () => ["/admin/partnerships/new"],
  "/admin/partnerships/:partnershipId": (f) => [`/admin/partnerships/${f.partnership}`],
  "/organisations/:organisationId": perOrganisation(""),
  "/organisations/:organisationId/invite": perOrganisation("/invite"),
  "/organisations/:organisationId/responders": perOrganisation("/responders"),
  "/organisations/:organisationId/stories": (f) => [
    ...perOrganisation("/stories")(f),
    ...f.organisations.map((o) => `/organisations/${o}/stories?scope=report`),
  ],
  "/organisations/:organisationId/stories/:storyId": (f) =>
    f.organisations.flatMap((o) => f.stories.map((s) => `/organisations/${o}/stories/${s}`)),
  "/organisations/:organisationId/story-links": perOrganisation("/story-links"),
  "/organisations/:organisationId/themes": perOrganisation("/themes"),
  "/organisations/:organisationId/changes": perOrganisation("/changes"),
  // Naming translators: the organisation's coordinators only; the desk: its named translator only (ADR 032).
  "/organisations/:organisationId/translators": perOrganisation("/translators"),
  "/organisations/:organisationId/translate": perOrganisation("/translate"),
  "/organisations/:organisationId/translate/:storyId": (f) =>
    f.organisations.flatMap((o) => f.stories.map((s) => `/organisations/${o}/translate/${s}`)),
  // An organisation's own answers: its coordinators only, through consent and the small-number rule.
  "/organisations/:organisationId/answers/:roundId/:instrument.csv": (f) =>
    f.organisations.flatMap((o) => f.rounds.flatMap((r) => f.instruments.map((i) => `/organisations/${o}/answers/${r}/${i}.csv`))),
  "/organisations/:organisationId/answers/:roundId/:instrument.xlsx": (f) =>
    f.organisations.flatMap((o) => f.rounds.flatMap((r) => f.instruments.map((i) => `/organisations/${o}/answers/${r}/${i}.xlsx`))),
  "/partnerships/:partnershipId": (f) => [`/partnerships/${f.partnership}`],
  "/partnerships/:partnershipId/rounds": (f) => [`/partnerships/${f.partnership}/rounds`],
  "/partnerships/:partnershipId/instruments": (f) => [`/partnerships/${f.partnership}/instruments`],
  "/partnerships/:partnershipId/instruments/:name": (f) => [`/partnerships/${f.partnership}/instruments/not-uploaded`],
  "/partnerships/:partnershipId/rounds/new": (f) => [`/partnerships/${f.partnership}/rounds/new`],
  "/partnerships/:partnershipId/actions": (f) => [`/partnerships/${f.partnership}/actions`],
  "/partnerships/:partnershipId/actions/new": (f) => [`/partnerships/${f.partnership}/actions/new`],
  "/partnerships/:partnershipId/listening": (f) => [`/partnerships/${f.partnership}/listening`],
  // Facts of power name one organisation: the partnership and the facilitator only (ADR 023).
  "/partnerships/:partnershipId/power-facts": (f) => [
    `/partnerships/${f.partnership}/power-facts`,
    `/partnerships/${f.partnership}/power-facts?round=${f.rounds[0]}`,
  ],
  // The quarterly review: the partnership's own meeting, never a funder's page.
  "/partnerships/:partnershipId/reviews": (f) => [`/partnerships/${f.partnership}/reviews`],
  "/partnerships/:partnershipId/reviews/:roundId": (f) => [
    ...f.rounds.map((r) => `/partnerships/${f.partnership}/reviews/${r}`),
    `/partnerships/${f.partnership}/reviews/999999`,
  ],
  // Goal trees and the Road to Progress: the partnership's partners and the facilitator, never a funder (ADR 028).
  "/partnerships/:partnershipId/goals": (f) => [`/partnerships/${f.partnership}/goals`],
  "/partnerships/:partnershipId/goals/:themeId": (f) => [
    `/partnerships/${f.partnership}/goals/1`,
    `/partnerships/${f.partnership}/goals/999999`,
  ],
  "/partnerships/:partnershipId/road": (f) => [`/partnerships/${f.partnership}/road`],
  "/partnerships/:partnershipId/reports": (f) => [`/partnerships/${f.partnership}/reports`],
  // Whether the partnership shares its figures, and who agreed: inside the partnership and the facilitator (ADR 030).
  "/partnerships/:partnershipId/benchmarks": (f) => [`/partnerships/${f.partnership}/benchmarks`],
  "/rounds/:roundId": (f) => f.rounds.map((r) => `/rounds/${r}`),
  "/rounds/:roundId/respond/:instrument": (f) => f.rounds.flatMap((r) => f.instruments.map((i) => `/rounds/${r}/respond/${i}`)),
  "/actions/:actionId": (f) => [...f.actions.map((a) => `/actions/${a}`), "/actions/999999"],
  "/inbox": (f) => ["/inbox", "/inbox?dimension=money", `/inbox?dimension=listening&round=${f.rounds[0]}`],
  "/inbox/:storyId": perStory("/inbox"),
  "/felt-heard/:storyId": perStory("/felt-heard"),
  "/stories/new": () => ["/stories/new"],
  "/stories/mine": () => ["/stories/mine"],
  "/stories/:storyId": perStory("/stories"),
  "/s/:token": (f) => [`/s/${f.storyLink}`, "/s/not-a-real-story-link-token-0000"],
  "/receipt": () => ["/receipt"],
  "/reports/:reportId": (f) => f.reports.map((r) => `/reports/${r}`),
  "/reports/:reportId.csv": (f) => f.reports.map((r) => `/reports/${r}.csv`),
  "/reports/:reportId.json": (f) => f.reports.map((r) => `/reports/${r}.json`),
  "/reports/:reportId/quotes": (f) => f.reports.map((r) => `/reports/${r}/quotes`),
};
